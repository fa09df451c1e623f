import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { leadingKeys } from './leading-keys.ts';
import { compilePhrases } from './phrase-matcher.ts';
import { literalSource, patternSource } from './phrase-regex.ts';

describe('phrase matching', () => {
  it('literals tolerate texting: missing or typographic apostrophes, any whitespace', () => {
    const m = compilePhrases([literalSource("won't stop")]);
    for (const t of ['it wont stop', 'it won’t  stop', "IT WON'T\nSTOP"]) assert.equal(m.matchAll(t).length, 1, t);
  });

  it('literals match on word boundaries only', () => {
    assert.equal(compilePhrases([literalSource('no')]).matchAll('I know nothing').length, 0);
  });

  it('at one position the longest phrase wins and hides the shorter one inside it', () => {
    const m = compilePhrases([literalSource('no'), literalSource('no increase')]);
    assert.deepEqual(m.matchAll('no increase'), [{ start: 0, end: 11, index: 1 }]);
  });

  it('overlapping mode reports a match for each group at a position', () => {
    const m = compilePhrases([literalSource('no'), literalSource('no increase')], { overlapping: true, groups: [0, 1] });
    assert.equal(m.matchAll('no increase').length, 2);
  });

  it('files a phrase under the first words it can start with', () => {
    assert.deepEqual([...(leadingKeys(patternSource('wish(?:es|ed)? to die'))?.words ?? [])].sort(), ['wish', 'wished', 'wishes']);
    assert.deepEqual(leadingKeys(patternSource('stockpil\\w* pills'))?.prefixes, ['st']);
    assert.equal(leadingKeys(patternSource('\\w+ pills')), null);
  });

  it('finds a phrase inside single quotation marks', () => {
    // The opening mark is a token of its own; a closing mark glued to a word is not part of its key.
    const m = compilePhrases([literalSource('if i had'), literalSource('tonight')]);
    assert.deepEqual(
      m.matchAll("'If I had ... tonight' and ‘if i had’").map((x) => x.index),
      [0, 1, 0],
    );
    assert.equal(compilePhrases([literalSource("'em")]).matchAll("took 'em all").length, 1);
  });

  it('finds phrases that start with digits or emoji', () => {
    const m = compilePhrases([patternSource('\\d+ min ago'), patternSource('💊')]);
    assert.equal(m.matchAll('took them 20 min ago 💊').length, 2);
  });
});
