import { assessTarget, type TargetAssessment } from '../../core/context/assess-target.ts';
import { engineCommand, requireString } from '../engine-command.ts';
import type { Command } from '../io.ts';

/**
 * `peerkeep context --jsonl`: the assertion engine on its own. In `{"id","sentence","target"}`,
 * out `{"id","negated","possible","temporality","experiencer"}` (CONTRACTS.md). Batch only.
 */
export const contextCommand: Command = engineCommand<{ sentence: string; target: string }, TargetAssessment>({
  parseBatchLine: (line) => ({ sentence: requireString(line, 'sentence'), target: requireString(line, 'target') }),
  evaluate: ({ sentence, target }) => assessTarget(sentence, target),
  spreadBatch: true,
});
