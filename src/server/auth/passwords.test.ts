import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hashPassword, passwordProblem, verifyPassword } from './passwords.ts';

test('passwords are hashed with argon2id and verify only with the right password', async () => {
  const h = await hashPassword('a long enough passphrase');
  assert.match(h, /^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  assert.equal(await verifyPassword(h, 'a long enough passphrase'), true);
  assert.equal(await verifyPassword(h, 'a long enough passphrasE'), false);
  assert.equal(await verifyPassword(null, 'anything'), false);
});

test('short or one-character passwords are refused with advice', () => {
  assert.match(passwordProblem('short') ?? '', /12 characters/);
  assert.ok(passwordProblem('aaaaaaaaaaaaaaaa'));
  assert.equal(passwordProblem('correct horse battery'), null);
});
