import { loadConfig } from '../../server/config.ts';
import { migrate } from '../../server/db/migrate.ts';
import { openDatabase } from '../../server/db/open-database.ts';
import type { Command } from '../io.ts';
import { options } from '../operator.ts';
import { join } from 'node:path';

/** `peerkeep migrate`: brings the database schema up to date (serve does this too on start). */
export const migrateCommand: Command = async (args, io) => {
  options(args, {});
  const config = loadConfig();
  const database = await openDatabase(config.databaseUrl ? { url: config.databaseUrl } : { pgliteDir: join(config.dataDir, 'db') });
  try {
    const r = await migrate(database.pool);
    io.out(`${JSON.stringify({ database: database.backend, applied: r.applied, alreadyApplied: r.alreadyApplied })}\n`);
    return 0;
  } finally {
    await database.close();
  }
};
