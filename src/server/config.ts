import { join, resolve } from 'node:path';

/** Everything PeerKeep reads from its environment, in one place. Secrets never have defaults. */
export interface Config {
  readonly port: number;
  readonly host: string;
  /** PostgreSQL server; when absent, PGlite in `dataDir/db`. */
  readonly databaseUrl: string | null;
  readonly dataDir: string;
  /** `PEERKEEP_MASTER_KEY` (id:base64 pairs) — takes precedence over the key file. */
  readonly masterKeyEnv: string | null;
  readonly keyFile: string;
  /** Mark cookies Secure (set behind HTTPS). */
  readonly secureCookies: boolean;
  readonly trustProxy: boolean;
  readonly logLevel: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const dataDir = resolve(env['PEERKEEP_DATA_DIR'] ?? './data');
  const port = Number(env['PORT'] ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error('PORT must be a whole number from 0 to 65535');
  return {
    port,
    host: env['HOST'] ?? '127.0.0.1',
    databaseUrl: env['DATABASE_URL'] || null,
    dataDir,
    masterKeyEnv: env['PEERKEEP_MASTER_KEY'] || null,
    keyFile: resolve(env['PEERKEEP_KEY_FILE'] ?? join(dataDir, 'master-keys.json')),
    secureCookies: env['PEERKEEP_SECURE_COOKIES'] === 'true',
    trustProxy: env['PEERKEEP_TRUST_PROXY'] === 'true',
    logLevel: env['LOG_LEVEL'] ?? 'info',
  };
}
