import type { Logger } from 'pino';
import type { Config } from './config.ts';
import { KeyService } from './crypto/key-service.ts';
import { type MasterKeyRing, parseMasterKeyEnv, readKeyFile } from './crypto/master-keys.ts';
import { migrate } from './db/migrate.ts';
import { type OpenDatabase, openDatabase } from './db/open-database.ts';
import { join } from 'node:path';

export interface Runtime {
  readonly database: OpenDatabase;
  readonly ring: MasterKeyRing;
  readonly keys: KeyService;
  readonly close: () => Promise<void>;
}

/** The master key ring from configuration: the environment first, then the key file. */
export function loadMasterKeys(config: Config): MasterKeyRing {
  return config.masterKeyEnv ? parseMasterKeyEnv(config.masterKeyEnv) : readKeyFile(config.keyFile);
}

/** Opens the configured database, brings its schema up to date, and loads the keys. */
export async function openRuntime(config: Config, log?: Logger): Promise<Runtime> {
  const ring = loadMasterKeys(config);
  const database = await openDatabase(config.databaseUrl ? { url: config.databaseUrl } : { pgliteDir: join(config.dataDir, 'db') });
  const result = await migrate(database.pool);
  if (result.applied.length > 0) log?.info({ applied: result.applied }, 'database migrated');
  return { database, ring, keys: new KeyService(ring), close: database.close };
}
