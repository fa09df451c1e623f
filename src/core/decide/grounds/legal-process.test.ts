import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decideDisclosure } from '../decide-disclosure.ts';
import { facts, part2 } from '../test-facts.ts';

describe('G6 court orders and subpoenas', () => {
  it('denies a Part 2 record on a subpoena without a court order, and says not to confirm participation', () => {
    const d = decideDisclosure(part2({ recipient: 'attorney', purpose: 'legal_proceeding', legal: 'subpoena', information: ['full_record'] }));
    assert.equal(d.outcome, 'denied');
    assert.ok(d.basis.includes('42 CFR 2.61'));
    assert.ok(d.obligations.some((o) => /confirm or deny/.test(o)));
  });

  it('escalates a subpoena for a HIPAA record to the privacy officer', () => {
    assert.equal(decideDisclosure(facts({ recipient: 'attorney', purpose: 'legal_proceeding', legal: 'subpoena' })).outcome, 'escalate');
  });

  it('permits exactly what a verified court order names', () => {
    const d = decideDisclosure(part2({ recipient: 'court', purpose: 'legal_proceeding', legal: 'court_order', information: ['attendance_dates'] }));
    assert.equal(d.outcome, 'permitted_exception');
    assert.ok(d.obligations.some((o) => /exactly what the order names/.test(o)));
  });

  it('escalates a search warrant at a Part 2 program to counsel', () => {
    assert.equal(decideDisclosure(part2({ recipient: 'law_enforcement', purpose: 'law_enforcement_inquiry', legal: 'warrant' })).outcome, 'escalate');
  });

  it('denies a court or lawyer with no legal process at all', () => {
    assert.equal(decideDisclosure(facts({ recipient: 'court', purpose: 'legal_proceeding' })).outcome, 'denied');
  });
});

describe('G7 law enforcement without legal process', () => {
  it('denies a detective asking about a confessed past crime, and does not confirm participation', () => {
    const d = decideDisclosure(
      facts({ recipient: 'law_enforcement', purpose: 'law_enforcement_inquiry', information: ['program_participation', 'past_crime_admission'] }),
    );
    assert.equal(d.outcome, 'denied');
    assert.ok(d.obligations.some((o) => /confirm or deny/.test(o)));
  });

  it('does not pass a confession of a past crime to anyone else either', () => {
    assert.equal(decideDisclosure(facts({ recipient: 'potential_victim', purpose: 'protect_others', information: ['crime_confession'] })).outcome, 'denied');
  });

  it('escalates a request for only a suspect’s name and address (HIPAA permits, never requires)', () => {
    const d = decideDisclosure(facts({ recipient: 'law_enforcement', purpose: 'law_enforcement_inquiry', information: ['identity', 'address'] }));
    assert.equal(d.outcome, 'escalate');
  });

  it('denies police any detail from a Part 2 program without an order, even an address', () => {
    assert.equal(decideDisclosure(part2({ recipient: 'law_enforcement', purpose: 'law_enforcement_inquiry', information: ['address'] })).outcome, 'denied');
  });

  it('lets a signed consent naming the police decide instead, even for a Part 2 record', () => {
    const d = decideDisclosure(part2({ recipient: 'law_enforcement', purpose: 'law_enforcement_inquiry', consent: { status: 'valid' } }));
    assert.equal(d.outcome, 'permitted_with_consent');
  });

  it('permits reporting a threat against program staff to the police, from a Part 2 program', () => {
    const d = decideDisclosure(part2({ recipient: 'law_enforcement', purpose: 'report_crime_on_premises', risk: 'others_imminent' }));
    assert.equal(d.outcome, 'permitted_exception');
    assert.ok(d.basis.includes('42 CFR 2.12(c)(5)(i)'));
  });

  it('permits reporting a crime on the premises when no one is in danger', () => {
    assert.equal(decideDisclosure(facts({ recipient: 'law_enforcement', purpose: 'report_crime_on_premises' })).outcome, 'permitted_exception');
  });
});
