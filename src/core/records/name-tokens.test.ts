import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nameTokens } from './name-tokens.ts';

test('case, accents, apostrophes and punctuation fold away', () => {
  assert.deepEqual(nameTokens("José O'Neil-Smith"), ['jose', 'oneil', 'smith']);
  assert.deepEqual(nameTokens('ZOË'), ['zoe']);
});

test('tokens from several name fields are merged without repeats, empty fields ignored', () => {
  assert.deepEqual(nameTokens('Ann Lee', undefined, 'ann', null, ''), ['ann', 'lee']);
});
