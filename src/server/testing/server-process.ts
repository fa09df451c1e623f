import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

/** Real `peerkeep serve` processes for tests that need them (several servers, crashes). */
const REPO = fileURLToPath(new URL('../../../', import.meta.url));

export interface Answer {
  readonly status: number;
  readonly json: Record<string, unknown>;
  readonly headers: Headers;
}

/** A free TCP port on the loopback interface (the server is given it right after). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

/** One `peerkeep serve` process; its output is kept to explain a failed start. */
export class ServerProcess {
  output = '';
  exited = false;
  readonly child: ChildProcess;

  constructor(
    readonly port: number,
    env: NodeJS.ProcessEnv,
  ) {
    this.child = spawn(process.execPath, ['bin/peerkeep.mjs', 'serve'], { cwd: REPO, env: { ...env, PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child.stdout?.on('data', (d: Buffer) => {
      this.output += d.toString();
    });
    this.child.stderr?.on('data', (d: Buffer) => {
      this.output += d.toString();
    });
    this.child.once('exit', () => {
      this.exited = true;
    });
  }

  get base(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async waitUntilHealthy(timeoutMs = 60_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      if (this.exited) throw new Error(`server on port ${this.port} exited before answering:\n${this.output}`);
      try {
        const r = await fetch(`${this.base}/api/health`);
        if (r.ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`server on port ${this.port} did not answer /api/health within ${timeoutMs} ms:\n${this.output}`);
  }

  /** SIGKILL: the process dies at once, as in a crash or a power cut of the process. */
  async kill(): Promise<void> {
    if (this.exited) return;
    const gone = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.kill('SIGKILL');
    await gone;
  }

  /** SIGTERM (the server closes cleanly), then SIGKILL if it has not gone in 10 s. */
  async stop(): Promise<void> {
    if (this.exited) return;
    const gone = new Promise<void>((resolve) => this.child.once('exit', () => resolve()));
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
    await gone;
    clearTimeout(timer);
  }

  /** Sends a request as a browser would: the session cookie, and the CSRF token on writes. */
  async send(method: string, path: string, opts: { cookie?: string; csrf?: string; body?: unknown } = {}): Promise<Answer> {
    const headers: Record<string, string> = {};
    if (opts.cookie) headers['cookie'] = opts.cookie;
    if (opts.csrf && method !== 'GET') headers['x-csrf-token'] = opts.csrf;
    if (opts.body !== undefined) headers['content-type'] = 'application/json';
    const r = await fetch(`${this.base}${path}`, { method, headers, ...(opts.body === undefined ? {} : { body: JSON.stringify(opts.body) }) });
    const text = await r.text();
    let json: Record<string, unknown> = {};
    try {
      json = JSON.parse(text) as Record<string, unknown>;
    } catch {
      json = { text };
    }
    return { status: r.status, json, headers: r.headers };
  }
}

/** The `pk_session=...` pair from a response's Set-Cookie, or '' when none was set. */
export function sessionCookie(headers: Headers): string {
  const set = headers.getSetCookie().find((c) => c.startsWith('pk_session='));
  return set ? set.slice(0, set.indexOf(';')) : '';
}

