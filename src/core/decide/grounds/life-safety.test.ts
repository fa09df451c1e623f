import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decideDisclosure } from '../decide-disclosure.ts';
import { facts, part2 } from '../test-facts.ts';

describe('G2 serious and imminent threat', () => {
  it('lets a peer call 911 with name and address when a participant is about to take her life', () => {
    const d = decideDisclosure(
      facts({ recipient: 'emergency_services', purpose: 'protect_participant', risk: 'self_imminent', information: ['identity', 'address', 'risk_statement'] }),
    );
    assert.equal(d.outcome, 'permitted_exception');
    assert.ok(d.basis.includes('45 CFR 164.512(j)(1)(i)'));
    assert.ok(d.obligations.some((o) => /facts that formed your belief/.test(o)));
    assert.ok(d.obligations.some((o) => /supervisor/i.test(o)));
  });

  it('lets a peer warn the person threatened when a threat to them is imminent (HIPAA)', () => {
    const d = decideDisclosure(facts({ recipient: 'potential_victim', purpose: 'protect_others', risk: 'others_imminent' }));
    assert.equal(d.outcome, 'permitted_exception');
  });

  it('lets family who can step in be told about an imminent suicide risk (HIPAA)', () => {
    assert.equal(decideDisclosure(facts({ recipient: 'family', purpose: 'protect_participant', risk: 'self_imminent' })).outcome, 'permitted_exception');
  });

  it('does not let an employer be told, even when the risk is imminent: they cannot lessen it', () => {
    assert.equal(decideDisclosure(facts({ recipient: 'employer', purpose: 'protect_participant', risk: 'self_imminent' })).outcome, 'denied');
  });

  it('escalates an imminent threat to others from a Part 2 record: no threat exception in Part 2', () => {
    const d = decideDisclosure(part2({ recipient: 'potential_victim', purpose: 'protect_others', risk: 'others_imminent' }));
    assert.equal(d.outcome, 'escalate');
    assert.ok(d.basis.includes('42 CFR 2.20'));
  });

  it('lets a Part 2 program send emergency medical help for an imminent danger to the participant (2.51)', () => {
    const d = decideDisclosure(part2({ recipient: 'emergency_services', purpose: 'protect_participant', risk: 'self_imminent' }));
    assert.equal(d.outcome, 'permitted_exception');
    assert.ok(d.basis.includes('42 CFR 2.51(a)(1)'));
  });

  it('escalates calling the police about an imminent danger to a Part 2 participant: police are not medical personnel', () => {
    assert.equal(decideDisclosure(part2({ recipient: 'law_enforcement', purpose: 'protect_participant', risk: 'self_imminent' })).outcome, 'escalate');
  });
});

describe('risk that is negated, past or not imminent', () => {
  it('denies calling 911 on a negated statement ("I would never hurt myself"), which arrives as risk none', () => {
    const d = decideDisclosure(facts({ recipient: 'emergency_services', purpose: 'protect_participant', risk: 'none' }));
    assert.equal(d.outcome, 'denied');
    assert.match(d.explanation, /no current danger/i);
  });

  it('denies telling an employer about a suicide attempt years ago', () => {
    const d = decideDisclosure(facts({ recipient: 'employer', purpose: 'employment', risk: 'none', information: ['past_suicide_attempt'] }));
    assert.equal(d.outcome, 'denied');
  });

  it('escalates passive thoughts without plan to a supervisor rather than calling family', () => {
    const d = decideDisclosure(facts({ recipient: 'family', purpose: 'protect_participant', risk: 'self_non_imminent' }));
    assert.equal(d.outcome, 'escalate');
    assert.ok(d.obligations.some((o) => /safety plan/i.test(o)));
  });

  it('escalates angry venting about a named person without a plan, instead of warning them', () => {
    assert.equal(decideDisclosure(facts({ recipient: 'potential_victim', purpose: 'protect_others', risk: 'others_non_imminent' })).outcome, 'escalate');
  });
});

describe('state duty to warn (licensed clinician, mandatory state)', () => {
  const threat = { recipient: 'potential_victim', purpose: 'protect_others', risk: 'others_imminent' } as const;

  it('requires the program to warn when its licensed clinician heard the threat in a mandatory state', () => {
    const d = decideDisclosure(facts({ ...threat, program: { duty_to_warn: 'mandatory', licensed_clinician_witnessed: true } }));
    assert.equal(d.outcome, 'required_report');
  });

  it('takes the duty type from the state when the facts leave it open (California is mandatory)', () => {
    const d = decideDisclosure(facts({ ...threat, risk: 'others_non_imminent', program: { state: 'CA', licensed_clinician_witnessed: true } }));
    assert.equal(d.outcome, 'required_report');
  });

  it('only permits the warning in a permissive state', () => {
    const d = decideDisclosure(facts({ ...threat, program: { state: 'TX', licensed_clinician_witnessed: true } }));
    assert.equal(d.outcome, 'permitted_exception');
  });

  it('only permits the warning when no licensed clinician heard it: statutes bind clinicians, not peers', () => {
    assert.equal(decideDisclosure(facts({ ...threat, program: { duty_to_warn: 'mandatory' } })).outcome, 'permitted_exception');
  });

  it('escalates in a Part 2 program: a state duty cannot compel a Part 2 disclosure', () => {
    const d = decideDisclosure(part2({ ...threat, program: { duty_to_warn: 'mandatory', licensed_clinician_witnessed: true } }));
    assert.equal(d.outcome, 'escalate');
    assert.ok(d.basis.includes('42 CFR 2.20'));
  });
});

describe('G3 medical emergency', () => {
  it('lets a Part 2 program tell EMS what was taken during an overdose, and says what to write down after', () => {
    const d = decideDisclosure(part2({ recipient: 'emergency_services', purpose: 'medical_emergency', risk: 'self_imminent', information: ['substances_used', 'medications'] }));
    assert.equal(d.outcome, 'permitted_exception');
    assert.ok(d.basis.includes('42 CFR 2.51(c)'));
    assert.ok(d.obligations.some((o) => /date and time/.test(o) && /nature of the emergency/.test(o)));
  });

  it('denies the hospital the history once the emergency is over (Part 2)', () => {
    const d = decideDisclosure(part2({ recipient: 'treating_provider', purpose: 'treatment', information: ['substance_use_history'] }));
    assert.equal(d.outcome, 'denied');
  });
});
