import { detectRisk } from '../../core/risk/detect-risk.ts';
import type { RiskResult } from '../../core/risk/types.ts';
import { engineCommand, requireString } from '../engine-command.ts';
import type { Command } from '../io.ts';

/**
 * `peerkeep risk`: scans the text on stdin for risky disclosures and prints the RiskResult
 * (CONTRACTS.md). `--jsonl` reads `{"id","text"}` lines and writes `{"id","result"}` lines.
 */
export const riskCommand: Command = engineCommand<string, RiskResult>({
  parseSingle: (raw) => raw,
  parseBatchLine: (line) => requireString(line, 'text'),
  evaluate: detectRisk,
  batchKey: 'result',
});
