import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decideDisclosure } from '../decide-disclosure.ts';
import { facts, part2 } from '../test-facts.ts';

describe('G4 child abuse and neglect', () => {
  const report = { recipient: 'child_protective_services', purpose: 'abuse_report', abuse: 'child' } as const;

  it('requires a mandated peer to report neglect to child protective services', () => {
    assert.equal(decideDisclosure(facts({ ...report, program: { peer_mandated_reporter: true } })).outcome, 'required_report');
  });

  it('requires the initial report from a Part 2 program too (2.12(c)(6)), without the records', () => {
    const d = decideDisclosure(part2({ ...report, legal: 'mandated_report', program: { peer_mandated_reporter: true } }));
    assert.equal(d.outcome, 'required_report');
    assert.ok(d.basis.includes('42 CFR 2.12(c)(6)'));
    assert.ok(d.obligations.some((o) => /initial report only/.test(o)));
  });

  it('treats the peer as a reporter when the profile does not say (safer default)', () => {
    assert.equal(decideDisclosure(facts(report)).outcome, 'required_report');
  });

  it('still permits the report, and sends it to the supervisor, when the peer is not a mandated reporter', () => {
    const d = decideDisclosure(facts({ ...report, program: { peer_mandated_reporter: false } }));
    assert.equal(d.outcome, 'permitted_exception');
    assert.ok(d.obligations.some((o) => /supervisor/i.test(o)));
  });

  it('makes everyone a reporter in a universal-reporting state (New Jersey)', () => {
    assert.equal(decideDisclosure(facts({ ...report, program: { state: 'NJ', peer_mandated_reporter: false } })).outcome, 'required_report');
  });

  it('denies a CPS investigator the Part 2 treatment records after the report', () => {
    const d = decideDisclosure(part2({ recipient: 'child_protective_services', purpose: 'abuse_investigation', abuse: 'child', information: ['treatment_records'] }));
    assert.equal(d.outcome, 'denied');
  });

  it('opens the Part 2 records to the investigator with a court order', () => {
    const d = decideDisclosure(part2({ recipient: 'child_protective_services', purpose: 'abuse_investigation', abuse: 'child', legal: 'court_order' }));
    assert.equal(d.outcome, 'permitted_exception');
  });
});

describe('G5 elder and dependent-adult abuse', () => {
  const report = { recipient: 'adult_protective_services', purpose: 'abuse_report', abuse: 'elder' } as const;

  it('requires the report where the law makes the peer a reporter', () => {
    const d = decideDisclosure(facts({ ...report, legal: 'mandated_report', program: { peer_mandated_reporter: true } }));
    assert.equal(d.outcome, 'required_report');
    assert.ok(d.obligations.some((o) => /164\.512\(c\)\(2\)/.test(o)));
  });

  it('requires it in Texas, where anyone who suspects elder abuse must report', () => {
    assert.equal(decideDisclosure(facts({ ...report, program: { state: 'TX', peer_mandated_reporter: false } })).outcome, 'required_report');
  });

  it('escalates a dependent-adult report from a Part 2 program: no Part 2 exception', () => {
    const d = decideDisclosure(part2({ ...report, abuse: 'dependent_adult', legal: 'mandated_report', program: { peer_mandated_reporter: true } }));
    assert.equal(d.outcome, 'escalate');
  });

  it('escalates when no duty applies and no one agreed: professional judgment', () => {
    assert.equal(decideDisclosure(facts({ ...report, program: { peer_mandated_reporter: false } })).outcome, 'escalate');
  });
});

describe('G5 domestic violence against an adult participant', () => {
  const dv = { recipient: 'law_enforcement', purpose: 'abuse_report', abuse: 'domestic_adult' } as const;

  it('denies a report the competent adult victim does not want, when no law requires it and danger is not imminent', () => {
    const d = decideDisclosure(facts({ ...dv, risk: 'self_non_imminent', program: { peer_mandated_reporter: true } }));
    assert.equal(d.outcome, 'denied');
    assert.match(d.explanation, /safety plan/);
  });

  it('permits the report when the participant agrees', () => {
    assert.equal(decideDisclosure(facts({ ...dv, participant: { present_and_agrees: true } })).outcome, 'permitted_exception');
  });

  it('lets imminent danger override: call the police when she is being attacked now', () => {
    assert.equal(decideDisclosure(facts({ ...dv, purpose: 'protect_participant', risk: 'self_imminent' })).outcome, 'permitted_exception');
  });
});
