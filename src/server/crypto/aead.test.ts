import assert from 'node:assert/strict';
import { test } from 'node:test';
import { newKey, open, SealedValueError, seal } from './aead.ts';

test('a sealed value opens with the same key and place', () => {
  const key = newKey();
  const sealed = seal(key, Buffer.from('session note'), 'notes:body:1:v1');
  assert.equal(open(key, sealed, 'notes:body:1:v1').toString(), 'session note');
  assert.equal(sealed.includes(Buffer.from('session note')), false);
});

test('the same plaintext seals differently each time (fresh nonce)', () => {
  const key = newKey();
  assert.notDeepEqual(seal(key, Buffer.from('x'), 'a'), seal(key, Buffer.from('x'), 'a'));
});

test('a value moved to another row, a wrong key, or a flipped bit fails to open', () => {
  const key = newKey();
  const sealed = seal(key, Buffer.from('secret'), 'participants:profile:A');
  assert.throws(() => open(key, sealed, 'participants:profile:B'), SealedValueError);
  assert.throws(() => open(newKey(), sealed, 'participants:profile:A'), SealedValueError);
  const flipped = Buffer.from(sealed);
  flipped[flipped.length - 1] = (flipped[flipped.length - 1] ?? 0) ^ 1;
  assert.throws(() => open(key, flipped, 'participants:profile:A'), SealedValueError);
});
