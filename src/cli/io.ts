/**
 * The three streams a command talks through. Commands take this instead of `process` so tests
 * can run them in-process and read exactly what a user would see.
 */
export interface CommandIo {
  /** Reads all of standard input as UTF-8. */
  readonly readInput: () => Promise<string>;
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

export type Command = (args: readonly string[], io: CommandIo) => Promise<number>;

/** The real process streams. */
export const processIo: CommandIo = {
  readInput: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
  out: (text) => {
    process.stdout.write(text);
  },
  err: (text) => {
    process.stderr.write(text);
  },
};

/** A usage or input problem: the command prints the message on one line and exits 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Streams backed by strings, for tests. */
export function memoryIo(input = ''): CommandIo & { stdout: () => string; stderr: () => string } {
  let out = '';
  let err = '';
  return {
    readInput: async () => input,
    out: (t) => {
      out += t;
    },
    err: (t) => {
      err += t;
    },
    stdout: () => out,
    stderr: () => err,
  };
}
