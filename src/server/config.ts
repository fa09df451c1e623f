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
  /** Outgoing mail for supervisor notices; null when not configured (in-app notices only). */
  readonly smtp: SmtpConfig | null;
}

/**
 * The organization's mail server: `PEERKEEP_SMTP_URL` (smtp:// or smtps://, credentials in the
 * URL, from the environment only), or `PEERKEEP_SMTP_HOST` with optional `PEERKEEP_SMTP_PORT`.
 * `PEERKEEP_SMTP_FROM` is the sender address; `PEERKEEP_PUBLIC_URL` the link put in notices.
 */
export interface SmtpConfig {
  readonly url: string | null;
  readonly host: string | null;
  readonly port: number;
  readonly from: string;
  readonly publicUrl: string | null;
}

function loadSmtp(env: NodeJS.ProcessEnv): SmtpConfig | null {
  const url = env['PEERKEEP_SMTP_URL'] || null;
  const host = env['PEERKEEP_SMTP_HOST'] || null;
  if (!url && !host) return null;
  const port = Number(env['PEERKEEP_SMTP_PORT'] ?? 587);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error('PEERKEEP_SMTP_PORT must be a whole number from 1 to 65535');
  return { url, host, port, from: env['PEERKEEP_SMTP_FROM'] || 'PeerKeep <peerkeep@localhost>', publicUrl: env['PEERKEEP_PUBLIC_URL'] || null };
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
    smtp: loadSmtp(env),
  };
}
