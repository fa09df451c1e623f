import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { deidentify, deidentifyNumbered } from './deidentify.ts';
import type { DeidContext, SpanType } from './types.ts';

interface RemovedCase {
  readonly layer: string;
  readonly type: SpanType;
  readonly text: string;
  readonly expect: readonly string[];
  readonly context?: DeidContext;
}
interface KeptCase {
  readonly what: string;
  readonly text: string;
  readonly keep: readonly string[];
  readonly context?: DeidContext;
}
const fixtures = JSON.parse(readFileSync(new URL('./fixtures/cases.json', import.meta.url), 'utf8')) as {
  removed: RemovedCase[];
  kept: KeptCase[];
};

/** Every letter and digit of `phrase` (at each place it occurs) lies inside a span. */
function covered(text: string, spans: readonly { start: number; end: number }[], phrase: string): boolean {
  let at = text.indexOf(phrase);
  assert.ok(at >= 0, `fixture error: "${phrase}" is not in "${text}"`);
  while (at >= 0) {
    for (let i = at; i < at + phrase.length; i++) {
      if (/[\p{L}\p{N}]/u.test(text[i] ?? '') && !spans.some((s) => s.start <= i && i < s.end)) return false;
    }
    at = text.indexOf(phrase, at + 1);
  }
  return true;
}

describe('deidentify removes each identifier type, layer by layer', () => {
  for (const c of fixtures.removed) {
    it(`${c.layer} / ${c.type}: ${c.text}`, () => {
      const r = deidentify(c.text, c.context);
      for (const phrase of c.expect) {
        assert.ok(covered(c.text, r.spans, phrase), `"${phrase}" not removed; spans: ${JSON.stringify(r.spans)}`);
        assert.ok(!r.text.includes(phrase) || phrase.length < 3, `"${phrase}" still in "${r.text}"`);
      }
    });
  }
});

describe('deidentify keeps clinical meaning', () => {
  for (const c of fixtures.kept) {
    it(`keeps ${c.what}`, () => {
      const r = deidentify(c.text, c.context);
      for (const phrase of c.keep) assert.ok(r.text.includes(phrase), `lost "${phrase}": ${r.text}`);
    });
  }
});

describe('deidentify output shape', () => {
  it('spans index the original text, sorted and not overlapping', () => {
    const text = 'Rosa Delgado (DOB 04/09/1981) called 614-555-0143 from Cold Harbor.';
    const r = deidentify(text, { names: ['Rosa Delgado'] });
    assert.deepEqual(
      r.spans.map((s) => [text.slice(s.start, s.end), s.type]),
      [
        ['Rosa Delgado', 'NAME'],
        ['04/09/1981', 'DATE'],
        ['614-555-0143', 'PHONE'],
        ['Cold Harbor', 'LOCATION'],
      ],
    );
    assert.equal(r.text, '[NAME] (DOB [DATE]) called [PHONE] from [LOCATION].');
  });

  it('types a cued number by its cue, not as a bare id', () => {
    const r = deidentify('Medicaid ID 60-3318-4470 and MRN 7730418', { ids: ['7730418'] });
    assert.deepEqual(r.spans.map((s) => s.type), ['HEALTH_PLAN', 'MRN']);
  });

  it('returns the text unchanged when there is nothing to remove', () => {
    const text = 'She reported no cravings this week and is taking bupropion.';
    assert.deepEqual(deidentify(text), { text, spans: [] });
  });

  it('numbered placeholders keep one number per person within a note', () => {
    const r = deidentifyNumbered('Rosa Delgado met Marcus Bell. Later Rosa called Marcus.', { names: ['Rosa Delgado'] });
    assert.equal(r.text, '[PERSON-1] met [PERSON-2]. Later [PERSON-1] called [PERSON-2].');
  });

  it('the context never leaks: every part of a known name goes, however it is written', () => {
    const text = 'MIGUEL came by; later miguel and Mr Delgado-Ruiz left with Delgado';
    const r = deidentify(text, { names: ['Miguel Delgado-Ruiz'] });
    assert.doesNotMatch(r.text, /miguel|delgado|ruiz/i);
  });
});
