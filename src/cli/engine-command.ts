import { type Command, type CommandIo, UsageError } from './io.ts';

/**
 * The shape shared by the analysis commands (`decide`, `risk`, `deid`, `context`), per
 * ../shared/spec/CONTRACTS.md: one input on stdin → one JSON object on stdout; `--jsonl` reads one
 * JSON object per line and writes one line per input line carrying the input's `id`. A bad single
 * input exits 2 with one line on stderr; a bad batch line becomes `{"id", "error"}` and the batch
 * goes on. Nothing but JSON is ever written to stdout.
 */
export interface EngineCommandSpec<In, Out> {
  /** Turns the whole of stdin (single mode) into the engine's input, or throws UsageError. */
  readonly parseSingle?: (raw: string) => In;
  /** Turns one parsed batch line into the engine's input, or throws UsageError naming the field. */
  readonly parseBatchLine: (line: Record<string, unknown>) => In;
  /** The pure engine call. */
  readonly evaluate: (input: In) => Out;
  /** The key the result goes under in a batch line (`decision` for decide, `result` otherwise). */
  readonly batchKey?: string;
  /** When set, batch output lines are spread (`{id, ...out}`) instead of nested under batchKey. */
  readonly spreadBatch?: boolean;
}

export function engineCommand<In, Out>(spec: EngineCommandSpec<In, Out>): Command {
  return async (args, io) => {
    const batch = args.includes('--jsonl');
    const unknown = args.filter((a) => a !== '--jsonl');
    if (unknown.length > 0) {
      io.err(`unknown option ${unknown[0]}; the only option is --jsonl\n`);
      return 2;
    }
    const raw = await io.readInput();
    if (batch) {
      runBatch(raw, spec, io);
      return 0;
    }
    if (!spec.parseSingle) {
      io.err('this command reads JSON lines only: run it with --jsonl\n');
      return 2;
    }
    try {
      const input = spec.parseSingle(raw);
      io.out(`${JSON.stringify(spec.evaluate(input))}\n`);
      return 0;
    } catch (e) {
      io.err(`${describeError(e)}\n`);
      return 2;
    }
  };
}

function runBatch<In, Out>(raw: string, spec: EngineCommandSpec<In, Out>, io: CommandIo): void {
  const lines = raw.split('\n');
  let lineNo = 0;
  for (const line of lines) {
    lineNo++;
    if (!line.trim()) continue;
    let id: unknown = null;
    try {
      let obj: unknown;
      try {
        obj = JSON.parse(line);
      } catch {
        throw new UsageError(`line ${lineNo} is not valid JSON`);
      }
      if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) {
        throw new UsageError(`line ${lineNo} must be a JSON object`);
      }
      const record = obj as Record<string, unknown>;
      id = record['id'] ?? null;
      const out = spec.evaluate(spec.parseBatchLine(record));
      const payload = spec.spreadBatch ? { id, ...(out as object) } : { id, [spec.batchKey ?? 'result']: out };
      io.out(`${JSON.stringify(payload)}\n`);
    } catch (e) {
      io.out(`${JSON.stringify({ id, error: describeError(e) })}\n`);
    }
  }
}

/** One line, no stack, no input text: the message of a UsageError, or a generic phrase. */
function describeError(e: unknown): string {
  if (e instanceof UsageError) return e.message.split('\n')[0] ?? 'invalid input';
  return 'internal error while evaluating this input';
}

/** Reads a required string field from a batch line. */
export function requireString(obj: Record<string, unknown>, field: string): string {
  const v = obj[field];
  if (typeof v !== 'string') throw new UsageError(`field "${field}" must be a string`);
  return v;
}
