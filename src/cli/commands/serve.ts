import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { writeCheckpoints } from '../../server/audit/verify-audit.ts';
import { loadConfig } from '../../server/config.ts';
import { initKeyFile } from '../../server/crypto/master-keys.ts';
import { seedDemo } from '../../server/demo/seed-demo.ts';
import { buildApp } from '../../server/http/app.ts';
import { createLogger } from '../../server/log.ts';
import { deliverPendingEmails } from '../../server/notifications/deliver-emails.ts';
import { smtpMailer } from '../../server/notifications/mailer.ts';
import { escalateOverdueEvents } from '../../server/use-cases/safety-escalation.ts';
import { openRuntime } from '../../server/runtime.ts';
import type { Command } from '../io.ts';
import { options } from '../operator.ts';

const CHECKPOINT_EVERY_MS = 60 * 60 * 1000;
/** How often unacknowledged imminent safety events are checked and queued e-mails sent. */
const SAFETY_SWEEP_EVERY_MS = 30 * 1000;

/**
 * `peerkeep serve [--demo] [--port N]`: migrates, then serves the API. With `--demo` on a fresh
 * data directory it also creates the master key file and a demo organization, and prints the demo
 * accounts once (to the terminal, never to the log).
 */
export const serveCommand: Command = async (args, io) => {
  const o = options(args, { demo: { type: 'boolean' }, port: { type: 'string' } });
  const config = { ...loadConfig(), ...(o.port ? { port: Number(o.port) } : {}) };
  const log = createLogger(config.logLevel);
  if (o.demo && !config.masterKeyEnv && !existsSync(config.keyFile)) {
    mkdirSync(dirname(config.keyFile), { recursive: true });
    initKeyFile(config.keyFile);
    io.err(`Created the master key file ${config.keyFile}. Back it up: without it the data cannot be read.\n`);
  }
  const rt = await openRuntime(config, log);
  const ports = { db: rt.database.db, keys: rt.keys };
  if (o.demo) {
    const accounts = await seedDemo(ports);
    if (accounts) {
      const rows = accounts.map((a) => `  ${a.role.padEnd(16)} ${a.email.padEnd(32)} ${a.password}`).join('\n');
      io.err(`\nDemo organization created. These passwords are shown only this once:\n${rows}\nEach account sets up its authenticator app (TOTP) at first sign-in.\n\n`);
    }
  }
  const mailer = config.smtp ? smtpMailer(config.smtp) : null;
  const { app } = await buildApp({ ports, logger: log, backend: rt.database.backend, secureCookies: config.secureCookies, trustProxy: config.trustProxy, mailer });
  const timer = setInterval(() => {
    writeCheckpoints(rt.database.db, rt.ring).catch((e: unknown) => log.error({ err: e }, 'audit checkpoint failed'));
  }, CHECKPOINT_EVERY_MS);
  timer.unref();
  // Escalation must not wait for a request: an imminent event left unacknowledged moves on by itself.
  const safetyTimer = setInterval(() => {
    escalateOverdueEvents({ ...ports, mailer })
      .then(() => deliverPendingEmails(rt.database.db, mailer))
      .catch((e: unknown) => log.error({ err: e }, 'safety escalation sweep failed'));
  }, SAFETY_SWEEP_EVERY_MS);
  safetyTimer.unref();
  const address = await app.listen({ port: config.port, host: config.host });
  io.err(`PeerKeep is running at ${address.replace('127.0.0.1', 'localhost')} (database: ${rt.database.backend}). API guide: ${address}/api/docs\n`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  clearInterval(timer);
  clearInterval(safetyTimer);
  mailer?.close();
  await app.close();
  await rt.close();
  return 0;
};
