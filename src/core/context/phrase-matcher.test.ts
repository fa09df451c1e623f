import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { leadingKeys, requiredLetters, secondKeys, secondKeysByFirst } from './leading-keys.ts';
import { compilePhrases, scanText } from './phrase-matcher.ts';
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

  it('works out the second words a phrase needs, or says it cannot', () => {
    const sorted = (k: ReadonlySet<string> | null) => (k === null ? null : [...k].sort());
    assert.deepEqual(sorted(secondKeys(patternSource('i (?:want|wanna) to die'))), ['wanna', 'want']);
    assert.deepEqual(sorted(secondKeys(literalSource('no longer'))), ['longer']);
    assert.equal(secondKeys(literalSource('no')), null, 'the phrase can end after its first word');
    assert.equal(secondKeys(patternSource('tried (?:to )?\\w+ it')), null, 'an open second word');
    assert.equal(secondKeys(patternSource('self[- ]harm')), null, 'no whitespace after the first word');
    // An apostrophe may open the second word: the scanner makes it a token of its own.
    assert.ok(secondKeys(patternSource("took (?:'em|them) all"))?.has("'"));
    // Per first word, only the alternatives that start with it count.
    const byFirst = secondKeysByFirst(patternSource('(?:he|she) (?:\\w+ )?tracks|(?:my|her) (?:own )?plan'));
    assert.equal(byFirst('he'), null);
    assert.deepEqual(sorted(byFirst('my')), ['own', 'plan']);
    assert.deepEqual(sorted(byFirst('the')), [], 'no alternative starts with it');
  });

  it('skipping by the second word finds exactly what trying every phrase finds', () => {
    const phrases = [literalSource('no'), literalSource('no longer'), patternSource("took (?:'em|them) all"), patternSource('i (?:want|wanna) to die')];
    const m = compilePhrases(phrases);
    const text = "no longer's the case. no. I took 'em all and i wanna to die? i want to go home, no LONGER";
    const expected: { start: number; end: number; index: number }[] = [];
    // Leftmost-longest by brute force over every token start, as the matcher defines it.
    for (const pos of scanText(text).positions) {
      if (expected.length > 0 && pos < (expected.at(-1)?.end ?? 0)) continue;
      let best: { start: number; end: number; index: number } | undefined;
      phrases.forEach((p, index) => {
        const re = new RegExp(p, 'iy');
        re.lastIndex = pos;
        const hit = re.exec(text);
        if (hit && hit[0].length > 0 && (!best || pos + hit[0].length > best.end)) best = { start: pos, end: pos + hit[0].length, index };
      });
      if (best) expected.push(best);
    }
    assert.deepEqual(m.matchAll(text), expected);
    assert.ok(expected.some((x) => x.index === 1 && text.slice(x.start, x.end) === 'no longer'), 'before a suffix the boundary ignores');
    assert.ok(expected.some((x) => x.index === 2), "after a quote-opened word ('em)");
  });

  it('phrases with no bounded first word are found wherever they start', () => {
    const m = compilePhrases([patternSource('\\w+ing again')]);
    assert.deepEqual(
      m.matchAll('she is drinking again and using again; again').map((x) => x.start),
      [7, 26],
    );
  });

  it('knows a run of letters every match of an unanchored phrase contains', () => {
    assert.equal(requiredLetters(patternSource('(?:\\w+ (?:would|will) )?better off (?:dead|gone)')), 'better');
    assert.equal(requiredLetters(patternSource('(?<=keeps? )\\w+ing|again')), null, 'alternatives share no run');
    // A text without the run is skipped; one with it is searched as before.
    const m = compilePhrases([patternSource('(?:\\w+ (?:would|will) )?better off dead')]);
    assert.deepEqual(m.matchAll('they would be fine').length, 0);
    assert.deepEqual(m.matchAll('They would BETTER off dead').map((x) => x.start), [0]);
  });

  it('a matcher compiled after a text was scanned still reads that scan', () => {
    const text = 'the zebra crossing again';
    const scan = scanText(text);
    const m = compilePhrases([literalSource('zebra crossing'), literalSource('crossing again')], { overlapping: true, groups: [0, 1] });
    assert.deepEqual(m.matchAll(text, scan).map((x) => x.index), [0, 1]);
  });

  it('overlapping mode keeps, per group, the longest phrase at a position', () => {
    const m = compilePhrases([literalSource('hit'), literalSource('hit me'), literalSource('hit me hard')], { overlapping: true, groups: [0, 0, 1] });
    assert.deepEqual(m.matchAll('he hit me hard').map((x) => [x.index, x.end]), [[1, 9], [2, 14]]);
  });

  it('finds phrases that start with digits or emoji', () => {
    const m = compilePhrases([patternSource('\\d+ min ago'), patternSource('💊')]);
    assert.equal(m.matchAll('took them 20 min ago 💊').length, 2);
  });
});
