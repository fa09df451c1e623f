import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { detectRisk } from './detect-risk.ts';
import { isAlertLevel } from './levels.ts';
import type { RiskCategory, RiskLevel } from './types.ts';

interface PairCase {
  readonly group: string;
  readonly framing: string;
  readonly text: string;
  readonly category: RiskCategory;
  readonly counts: boolean;
  readonly levels: readonly RiskLevel[];
}

const fixture = JSON.parse(readFileSync(new URL('./minimal-pairs.fixture.json', import.meta.url), 'utf8')) as { cases: PairCase[] };

describe('detectRisk on minimal pairs', () => {
  for (const c of fixture.cases) {
    it(`${c.group} / ${c.framing}: ${c.counts ? 'reports' : 'does not report'} ${c.category} at ${c.levels.join(' or ')}`, () => {
      const r = detectRisk(c.text);
      assert.equal(r.categories.includes(c.category), c.counts, `categories ${JSON.stringify(r.categories)}`);
      assert.ok(c.levels.includes(r.level), `level ${r.level}`);
    });
  }
});

describe('detectRisk output contract', () => {
  const texts = fixture.cases.map((c) => c.text);

  it('alert is true exactly when the level is high or imminent', () => {
    for (const t of texts) {
      const r = detectRisk(t);
      assert.equal(r.alert, isAlertLevel(r.level), t);
    }
  });

  it('every finding names its evidence span in the original text', () => {
    for (const t of texts) for (const f of detectRisk(t).findings) assert.equal(t.slice(f.start, f.end), f.text);
  });

  it('a category is listed only with a current, affirmed finding, and never with level none', () => {
    for (const t of texts) {
      const r = detectRisk(t);
      if (r.categories.length > 0) assert.notEqual(r.level, 'none', t);
      else assert.ok(r.level === 'none', t);
    }
  });

  it('keeps a discounted finding in the list with its modifier set', () => {
    const r = detectRisk('Member denies any wish to be dead.');
    assert.deepEqual(r.categories, []);
    assert.equal(r.findings.length, 1);
    assert.equal(r.findings[0]?.modifiers.negated, true);
  });

  it('returns an empty result for text with nothing to flag', () => {
    assert.deepEqual(detectRisk(''), { level: 'none', alert: false, categories: [], findings: [] });
    assert.deepEqual(detectRisk('see you at group on tuesday').findings, []);
  });
});

describe('detectRisk grading', () => {
  it('a denial covers only what it names ("denies SI but ..." still alerts)', () => {
    const r = detectRisk('Denies SI but said she has been saving her seroquel so she has enough.');
    assert.equal(r.alert, true);
  });

  it('a joking marker lowers a hyperbole-prone statement by one level, never drops it', () => {
    const plain = detectRisk('gonna end it all tonight');
    const joking = detectRisk('gonna end it all tonight lol');
    assert.equal(plain.level, 'imminent');
    assert.equal(joking.level, 'high');
    assert.equal(joking.findings.length, plain.findings.length);
  });

  it('uncertainty lowers the level by one', () => {
    assert.equal(detectRisk('maybe i will kill myself').level, 'moderate');
  });

  it('intent plus means at hand is imminent', () => {
    const r = detectRisk('i have the rope in my car and i am going to end it');
    assert.equal(r.level, 'imminent');
  });

  it('a threat to an identifiable person with a timeframe is imminent', () => {
    assert.equal(detectRisk('im going to beat up my neighbor saturday').level, 'imminent');
  });

  it('an undated past attempt raised as a current concern counts at moderate', () => {
    const r = detectRisk('Her attempt was three years ago, and lately the same numbness she felt then is coming back.');
    assert.deepEqual(r.categories, ['self_harm']);
    assert.equal(r.level, 'moderate');
  });

  it('lists the imminence cues that raised a finding', () => {
    const f = detectRisk('took all my pills 10 min ago').findings[0];
    assert.ok(f?.cues.includes('in_progress'));
  });
});
