import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { assessTarget } from './assess-target.ts';

interface Case {
  readonly why: string;
  readonly sentence: string;
  readonly target: string;
  readonly negated?: boolean;
  readonly possible?: boolean;
  readonly historical?: boolean;
  readonly temporality?: string;
  readonly experiencer?: string;
}

const fixture = JSON.parse(readFileSync(new URL('./context-cases.fixture.json', import.meta.url), 'utf8')) as { cases: Case[] };

describe('assessTarget (ConText on the general clinical rules)', () => {
  for (const c of fixture.cases) {
    it(`${c.why}: "${c.target}" in "${c.sentence}"`, () => {
      const got = assessTarget(c.sentence, c.target);
      if (c.negated !== undefined) assert.equal(got.negated, c.negated, 'negated');
      if (c.possible !== undefined) assert.equal(got.possible, c.possible, 'possible');
      if (c.historical !== undefined) assert.equal(got.temporality === 'historical', c.historical, 'historical');
      if (c.temporality !== undefined) assert.equal(got.temporality, c.temporality, 'temporality');
      if (c.experiencer !== undefined) assert.equal(got.experiencer, c.experiencer, 'experiencer');
    });
  }

  it('prefers the occurrence written in capitals, as NegEx annotations mark the target', () => {
    const got = assessTarget('History of PE in the past, but no signs of a new PE today.', 'pe');
    // The capitalised first occurrence is historical; a lower-case target alone would be ambiguous.
    assert.equal(got.temporality, 'historical');
  });

  it('answers for a target missing from the sentence without throwing', () => {
    const got = assessTarget('No acute distress.', 'fracture');
    assert.equal(typeof got.negated, 'boolean');
  });
});
