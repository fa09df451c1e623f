import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CONSENT_CATEGORIES } from '../consent/categories.ts';
import { PURPOSES, RECIPIENTS } from './facts.ts';
import { CATEGORY_WORDS, categoriesWords, categoryWords, dateWords, isoDayWords, PURPOSE_FOR_PARTICIPANT, PURPOSE_WORDS, purposeWords, RECIPIENT_WORDS, recipientWords } from './words.ts';

const CODE = /\b[a-z]+_[a-z_]+\b/;

describe('the engine codes in plain words', () => {
  const maps = { CATEGORY_WORDS, PURPOSE_WORDS, PURPOSE_FOR_PARTICIPANT, RECIPIENT_WORDS };
  const lists = { CATEGORY_WORDS: CONSENT_CATEGORIES, PURPOSE_WORDS: PURPOSES, PURPOSE_FOR_PARTICIPANT: PURPOSES, RECIPIENT_WORDS: RECIPIENTS } as const;

  for (const [name, map] of Object.entries(maps)) {
    it(`${name} has words for exactly the codes of its list, and none of them is a code`, () => {
      assert.deepEqual(Object.keys(map).sort(), [...lists[name as keyof typeof lists]].sort());
      for (const [code, words] of Object.entries(map)) {
        assert.ok(words.trim().length > 0, code);
        assert.doesNotMatch(words, CODE, `${code} → ${words}`);
      }
    });
  }

  it('looks up codes, the same codes with spaces (as older rows have them), and leaves other words alone', () => {
    assert.equal(categoryWords('session_content'), 'what was said in sessions');
    assert.equal(categoryWords('session content'), 'what was said in sessions');
    assert.equal(purposeWords('protect_participant'), 'Protecting the participant’s safety');
    assert.equal(recipientWords('treating_provider'), 'a treating provider');
    assert.equal(categoryWords('Dr. Kestrel’s notes'), 'Dr. Kestrel’s notes');
    assert.equal(categoriesWords(['identity', 'risk']), 'name and identity, risk and safety');
  });

  it('writes dates day, month name, year, in UTC', () => {
    assert.equal(dateWords(new Date('2026-11-23T23:59:00Z')), '23 November 2026');
    assert.equal(isoDayWords('2027-01-05'), '5 January 2027');
  });
});
