import assert from 'node:assert/strict';
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { addKeyToFile, initKeyFile, MasterKeyError, parseMasterKeyEnv, pruneKeyFile, readKeyFile } from './master-keys.ts';

const b64 = (n: number) => Buffer.alloc(32, n).toString('base64');

test('PEERKEEP_MASTER_KEY takes id:key pairs and the last one is active', () => {
  const ring = parseMasterKeyEnv(`old:${b64(1)}, new:${b64(2)}`);
  assert.equal(ring.activeId, 'new');
  assert.deepEqual([...ring.keys.keys()], ['old', 'new']);
});

test('a key of the wrong length is refused with a message that says how to make one', () => {
  assert.throws(() => parseMasterKeyEnv(`k:${Buffer.alloc(16).toString('base64')}`), (e: unknown) => e instanceof MasterKeyError && /openssl rand -base64 32/.test(e.message));
});

test('keys init makes an owner-only file; rotate adds an active key; prune drops unused ones', () => {
  const path = join(mkdtempSync(join(tmpdir(), 'pk-keys-')), 'keys.json');
  const first = initKeyFile(path);
  assert.equal(statSync(path).mode & 0o777, 0o600);
  assert.throws(() => initKeyFile(path), MasterKeyError);
  const second = addKeyToFile(path);
  assert.equal(readKeyFile(path).activeId, second);
  assert.deepEqual(pruneKeyFile(path, new Set([second])), [first]);
  assert.deepEqual([...readKeyFile(path).keys.keys()], [second]);
});

test('a missing key file tells the operator what to run', () => {
  assert.throws(() => readKeyFile('/nonexistent/keys.json'), (e: unknown) => e instanceof MasterKeyError && /peerkeep keys init/.test(e.message));
});
