import { deidentify } from '../../core/deid/index.ts';
import type { DeidContext, DeidResult } from '../../core/deid/index.ts';
import { engineCommand, requireString } from '../engine-command.ts';
import { UsageError } from '../io.ts';

interface DeidInput {
  readonly text: string;
  readonly context?: DeidContext;
}

const CONTEXT_FIELDS = ['names', 'dates', 'ids', 'addresses'] as const;

/** Checks a batch line's `context`, naming the first bad field. */
function parseContext(raw: unknown): DeidContext | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== 'object' || Array.isArray(raw)) throw new UsageError('field "context" must be an object');
  const obj = raw as Record<string, unknown>;
  const context: Record<string, readonly string[]> = {};
  for (const key of Object.keys(obj)) {
    if (!(CONTEXT_FIELDS as readonly string[]).includes(key)) {
      throw new UsageError(`field "context.${key}" is not known; use names, dates, ids or addresses`);
    }
  }
  for (const field of CONTEXT_FIELDS) {
    const v = obj[field];
    if (v === undefined) continue;
    if (!Array.isArray(v) || !v.every((x) => typeof x === 'string')) {
      throw new UsageError(`field "context.${field}" must be an array of strings`);
    }
    if (field === 'dates') {
      const bad = v.findIndex((d: string) => !isIsoDate(d));
      if (bad >= 0) throw new UsageError(`field "context.dates[${bad}]" must be a date written YYYY-MM-DD`);
    }
    context[field] = v as string[];
  }
  return context;
}

function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/**
 * `peerkeep deid`: the note on stdin → `{"text", "spans"}` with every Safe Harbor identifier
 * replaced by a placeholder. `--jsonl`: `{"id", "text", "context"}` lines → `{"id", "result"}`.
 */
export const deidCommand = engineCommand<DeidInput, DeidResult>({
  parseSingle: (raw) => ({ text: raw }),
  parseBatchLine: (line) => {
    const context = parseContext(line['context']);
    return context ? { text: requireString(line, 'text'), context } : { text: requireString(line, 'text') };
  },
  evaluate: (input) => deidentify(input.text, input.context),
});
