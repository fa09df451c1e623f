import { decideDisclosure } from '../../core/decide/decide-disclosure.ts';
import type { DisclosureDecision } from '../../core/decide/decision.ts';
import type { DisclosureFacts } from '../../core/decide/facts.ts';
import { FactsValidationError, parseDisclosureFacts } from '../../core/decide/validate-facts.ts';
import { engineCommand } from '../engine-command.ts';
import { type Command, UsageError } from '../io.ts';

/** Turns a facts problem into the CLI's usage error, keeping the message that names the field. */
function parseFacts(value: unknown): DisclosureFacts {
  try {
    return parseDisclosureFacts(value);
  } catch (e) {
    if (e instanceof FactsValidationError) throw new UsageError(e.message);
    throw e;
  }
}

/**
 * `peerkeep decide`: one DisclosureFacts object on stdin → one DisclosureDecision on stdout.
 * `--jsonl`: `{"id", "facts"}` per line → `{"id", "decision"}` (or `{"id", "error"}`) per line.
 */
export const decideCommand: Command = engineCommand<DisclosureFacts, DisclosureDecision>({
  parseSingle: (raw) => {
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      throw new UsageError('standard input is not valid JSON: expected one DisclosureFacts object');
    }
    return parseFacts(value);
  },
  parseBatchLine: (line) => {
    if (line['facts'] === undefined) throw new UsageError('facts is required');
    return parseFacts(line['facts']);
  },
  evaluate: decideDisclosure,
  batchKey: 'decision',
});
