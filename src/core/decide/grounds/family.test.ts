import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decideDisclosure } from '../decide-disclosure.ts';
import { facts, part2 } from '../test-facts.ts';

describe('G9 family and others involved in care', () => {
  it('lets staff tell a mother which hospital her incapacitated son went to (HIPAA), and nothing more', () => {
    const d = decideDisclosure(facts({ recipient: 'family', purpose: 'notify_family_emergency', participant: { incapacitated: true }, information: ['location'] }));
    assert.equal(d.outcome, 'permitted_exception');
    assert.ok(d.obligations.some((o) => /location, general condition/.test(o)));
  });

  it('denies telling family about a Part 2 participant’s overdose without written consent', () => {
    const d = decideDisclosure(
      part2({ recipient: 'family', purpose: 'notify_family_emergency', risk: 'self_imminent', participant: { incapacitated: true }, information: ['overdose', 'location'] }),
    );
    assert.equal(d.outcome, 'denied');
    assert.ok(d.basis.some((b) => b.startsWith('42 CFR 2.13(c)')));
  });

  it('denies a brother asking whether his sister is at the Part 2 center today', () => {
    assert.equal(decideDisclosure(part2({ recipient: 'family', purpose: 'family_inquiry', information: ['presence_at_facility'] })).outcome, 'denied');
  });

  it('permits sharing with family when the participant is present and agrees (HIPAA)', () => {
    assert.equal(decideDisclosure(facts({ recipient: 'family', purpose: 'family_involvement', participant: { present_and_agrees: true } })).outcome, 'permitted_exception');
  });

  it('denies it even then for a Part 2 record: spoken agreement is never enough for Part 2', () => {
    assert.equal(decideDisclosure(part2({ recipient: 'family', purpose: 'family_involvement', participant: { present_and_agrees: true } })).outcome, 'denied');
  });

  it('denies a relative calling about an absent adult', () => {
    assert.equal(decideDisclosure(facts({ recipient: 'family', purpose: 'family_inquiry' })).outcome, 'denied');
  });

  it('denies telling a mother about a relapse to push her daughter to attend more', () => {
    const d = decideDisclosure(facts({ recipient: 'family', purpose: 'encourage_engagement', information: ['relapse_disclosure'] }));
    assert.equal(d.outcome, 'denied');
    assert.match(d.explanation, /voluntary/);
  });
});

describe('G10 parents and minors', () => {
  it('permits a custodial father to hear how his 12-year-old takes part (HIPAA), after checking custody', () => {
    const d = decideDisclosure(facts({ recipient: 'parent_or_guardian', purpose: 'family_involvement', participant: { age: 12 } }));
    assert.equal(d.outcome, 'permitted_exception');
    assert.ok(d.obligations.some((o) => /custody/.test(o)));
  });

  it('denies a mother asking whether her 16-year-old attends a Part 2 youth program', () => {
    assert.equal(decideDisclosure(part2({ recipient: 'parent_or_guardian', purpose: 'family_inquiry', participant: { age: 16 } })).outcome, 'denied');
  });

  it('escalates when the child may be abused: a suspected abuser is not a representative', () => {
    assert.equal(decideDisclosure(facts({ recipient: 'parent_or_guardian', purpose: 'family_inquiry', abuse: 'child', participant: { age: 9 } })).outcome, 'escalate');
  });

  it('treats an adult’s guardian as the personal representative, once the court papers are seen', () => {
    const d = decideDisclosure(facts({ recipient: 'parent_or_guardian', purpose: 'family_involvement', participant: { age: 40 } }));
    assert.equal(d.outcome, 'permitted_exception');
    assert.ok(d.obligations.some((o) => /court order appointing the guardian/.test(o)));
  });

  it('escalates an adult’s guardian for a Part 2 record: the guardian acts through a written consent', () => {
    assert.equal(decideDisclosure(part2({ recipient: 'parent_or_guardian', purpose: 'family_involvement', participant: { age: 40 } })).outcome, 'escalate');
  });
});
