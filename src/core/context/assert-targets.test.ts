import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertTargets } from './assert-targets.ts';
import { compileRules } from './compile-rules.ts';
import type { ContextRuleSet } from './types.ts';

/** A small rule set written for these tests, so each mechanism is exercised in isolation. */
const RULES: ContextRuleSet = {
  version: 'test-1',
  default_max_scope: null,
  rules: [
    { literal: 'no', category: 'NEGATED_EXISTENCE', direction: 'FORWARD' },
    { literal: 'ruled out', category: 'NEGATED_EXISTENCE', direction: 'BACKWARD' },
    { literal: 'no increase', category: 'PSEUDO', direction: 'PSEUDO' },
    { literal: 'but', category: 'TERMINATE', direction: 'TERMINATE' },
    { literal: 'previous', category: 'HISTORICAL', direction: 'FORWARD', max_scope: 2 },
    { literal: 'if', category: 'HYPOTHETICAL', direction: 'FORWARD' },
    { pattern: 'family history ?:', category: 'OTHER_EXPERIENCER', direction: 'FORWARD', section: true },
    { pattern: 'exam ?:', category: 'SECTION_RESET', direction: 'FORWARD', section: true },
    { literal: 'reviewed the handout', category: 'MATERIAL', direction: 'BIDIRECTIONAL', sentence_wide: true },
    { literal: 'mother', category: 'OTHER_EXPERIENCER', direction: 'FORWARD', max_scope: 4, excluded_types: ['abuse'] },
  ],
};
const compiled = compileRules(RULES);

function assertOn(text: string, phrase: string, type?: string) {
  const start = text.indexOf(phrase);
  assert.ok(start >= 0, `fixture error: "${phrase}" not in text`);
  const [a] = assertTargets(text, [{ start, end: start + phrase.length, type }], compiled);
  assert.ok(a);
  return a;
}

describe('assertTargets', () => {
  it('a forward trigger reaches a target after it in the same sentence', () => {
    assert.equal(assertOn('There is no cough today.', 'cough').negated, true);
  });

  it('a forward trigger does not reach a target before it', () => {
    assert.equal(assertOn('Cough, no fever.', 'Cough').negated, false);
  });

  it('a backward trigger reaches a target before it', () => {
    assert.equal(assertOn('Pneumonia ruled out.', 'Pneumonia').negated, true);
  });

  it('a termination term ends the scope', () => {
    assert.equal(assertOn('No fever but cough.', 'cough').negated, false);
    assert.equal(assertOn('No fever but cough.', 'fever').negated, true);
  });

  it('a negation never crosses a sentence boundary', () => {
    assert.equal(assertOn('No fever. Cough since Monday.', 'Cough').negated, false);
  });

  it('an initial with a period is not a sentence boundary', () => {
    assert.equal(assertOn('No contact with S. Jones or cough.', 'cough').negated, true);
  });

  it('a pseudo-trigger swallows the trigger inside it', () => {
    assert.equal(assertOn('No increase in swelling.', 'swelling').negated, false);
  });

  it('max_scope caps a scope in tokens', () => {
    assert.equal(assertOn('Previous surgery.', 'surgery').historical, true);
    assert.equal(assertOn('Previous surgery, then years later a fracture.', 'fracture').historical, false);
  });

  it('a section trigger governs later sentences until the next section', () => {
    const text = 'FAMILY HISTORY: Diabetes. Stroke. EXAM: Tremor.';
    assert.equal(assertOn(text, 'Stroke').experiencer, 'other');
    assert.equal(assertOn(text, 'Tremor').experiencer, 'participant');
  });

  it('a sentence-wide trigger reaches both sides, whatever the terminators', () => {
    assert.equal(assertOn('The word overdose, but in a list, as we reviewed the handout.', 'overdose').material, true);
  });

  it('excluded_types keeps a modifier off a target type', () => {
    assert.equal(assertOn('Her mother hits her.', 'hits her').experiencer, 'other');
    assert.equal(assertOn('Her mother hits her.', 'hits her', 'abuse').experiencer, 'participant');
  });

  it('a trigger inside a target is part of the target, not a modifier of it', () => {
    assert.equal(assertOn('I want to sleep and no wake up.', 'sleep and no wake up').negated, false);
  });

  it('hypothetical framing is reported', () => {
    assert.equal(assertOn('Call if fever returns.', 'fever').hypothetical, true);
  });

  it('reports the modifiers that applied, with their offsets', () => {
    const text = 'No fever.';
    const a = assertOn(text, 'fever');
    assert.deepEqual(a.modifiers, [{ category: 'NEGATED_EXISTENCE', start: 0, end: 2, text: 'No' }]);
  });

  it('rejects a rule with neither literal nor pattern, at load', () => {
    assert.throws(() => compileRules({ version: 'bad', rules: [{ category: 'NEGATED_EXISTENCE', direction: 'FORWARD' }] }));
  });
});
