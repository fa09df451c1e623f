import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';

/**
 * The master keys wrap organization keys. They come from configuration, never from the database:
 * `PEERKEEP_MASTER_KEY` (one or more `id:base64` pairs, comma separated, the last one active) or a
 * key file made by `peerkeep keys init`. A KMS would plug in here: anything that can produce this
 * ring (or wrap and unwrap with it) can replace the file.
 */
export interface MasterKeyRing {
  readonly activeId: string;
  readonly keys: ReadonlyMap<string, Buffer>;
}

/** Configuration is missing or malformed; the message says how to fix it. */
export class MasterKeyError extends Error {
  override readonly name = 'MasterKeyError';
}

interface KeyFile {
  readonly format: 'peerkeep-master-keys-v1';
  readonly active: string;
  readonly keys: readonly { id: string; key: string; createdAt: string }[];
}

export function parseMasterKeyEnv(value: string): MasterKeyRing {
  const keys = new Map<string, Buffer>();
  let activeId = '';
  for (const part of value.split(',').map((p) => p.trim()).filter(Boolean)) {
    const colon = part.indexOf(':');
    const [id, b64] = colon > 0 ? [part.slice(0, colon), part.slice(colon + 1)] : ['env', part];
    const key = Buffer.from(b64, 'base64');
    if (key.length !== 32) {
      throw new MasterKeyError(`PEERKEEP_MASTER_KEY: key "${id}" must be 32 bytes in base64 (openssl rand -base64 32)`);
    }
    keys.set(id, key);
    activeId = id;
  }
  if (!activeId) throw new MasterKeyError('PEERKEEP_MASTER_KEY is empty');
  return { activeId, keys };
}

export function readKeyFile(path: string): MasterKeyRing {
  if (!existsSync(path)) {
    throw new MasterKeyError(`no master key: set PEERKEEP_MASTER_KEY or run "peerkeep keys init" to create ${path}`);
  }
  let parsed: KeyFile;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8')) as KeyFile;
  } catch {
    throw new MasterKeyError(`the key file ${path} is not valid JSON`);
  }
  if (parsed.format !== 'peerkeep-master-keys-v1' || !Array.isArray(parsed.keys)) {
    throw new MasterKeyError(`the key file ${path} is not a PeerKeep master key file`);
  }
  const keys = new Map(parsed.keys.map((k) => [k.id, Buffer.from(k.key, 'base64')] as const));
  if (!keys.has(parsed.active)) throw new MasterKeyError(`the key file ${path} names an active key it does not hold`);
  return { activeId: parsed.active, keys };
}

/** Creates a key file with one fresh key, readable by its owner only. Refuses to overwrite. */
export function initKeyFile(path: string): string {
  if (existsSync(path)) throw new MasterKeyError(`${path} already exists; use "peerkeep keys rotate --master" to add a key`);
  const id = newMasterKeyId();
  writeKeyFile(path, { format: 'peerkeep-master-keys-v1', active: id, keys: [entry(id)] });
  return id;
}

/** Adds a fresh key to the file and makes it active; older keys stay until nothing uses them. */
export function addKeyToFile(path: string): string {
  readKeyFile(path); // validates before we write
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as KeyFile;
  const id = newMasterKeyId();
  writeKeyFile(path, { ...parsed, active: id, keys: [...parsed.keys, entry(id)] });
  return id;
}

/** Drops keys no longer used by any wrapped key. */
export function pruneKeyFile(path: string, keep: ReadonlySet<string>): string[] {
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as KeyFile;
  const removed = parsed.keys.filter((k) => !keep.has(k.id) && k.id !== parsed.active).map((k) => k.id);
  writeKeyFile(path, { ...parsed, keys: parsed.keys.filter((k) => !removed.includes(k.id)) });
  return removed;
}

function entry(id: string) {
  return { id, key: randomBytes(32).toString('base64'), createdAt: new Date().toISOString() };
}

function newMasterKeyId(): string {
  return `mk-${new Date().toISOString().slice(0, 10)}-${randomBytes(3).toString('hex')}`;
}

function writeKeyFile(path: string, file: KeyFile): void {
  writeFileSync(path, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600 });
  chmodSync(path, 0o600);
}
