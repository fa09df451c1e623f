import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decideDisclosure } from '../decide-disclosure.ts';
import { facts, part2 } from '../test-facts.ts';

const toTherapist = { recipient: 'treating_provider', purpose: 'care_coordination', information: ['attendance'] } as const;

describe('G8 written consent', () => {
  it('permits what a valid signed release covers', () => {
    const d = decideDisclosure(facts({ ...toTherapist, consent: { status: 'valid' } }));
    assert.equal(d.outcome, 'permitted_with_consent');
  });

  it('attaches the Part 2 redisclosure notice to a consented Part 2 disclosure', () => {
    const d = decideDisclosure(part2({ ...toTherapist, consent: { status: 'valid' } }));
    assert.equal(d.outcome, 'permitted_with_consent');
    assert.ok(d.obligations.some((o) => /42 CFR 2\.32/.test(o)));
  });

  it('denies on oral permission only: a release must be written and signed', () => {
    const d = decideDisclosure(facts({ recipient: 'employer', purpose: 'employment', consent: { status: 'oral_only' } }));
    assert.equal(d.outcome, 'denied');
    assert.match(d.explanation, /written and signed/);
  });

  it('denies when the release names another organization', () => {
    const d = decideDisclosure(facts({ recipient: 'social_services', purpose: 'care_coordination', consent: { status: 'valid', defect: 'recipient_mismatch' } }));
    assert.equal(d.outcome, 'denied');
    assert.ok(d.basis.includes('45 CFR 164.508(c)(1)(iii)'));
  });

  it('denies information the consent does not list (relapse asked, attendance consented)', () => {
    const d = decideDisclosure(
      part2({ recipient: 'criminal_justice', purpose: 'criminal_justice_monitoring', information: ['relapse_status'], consent: { status: 'valid', defect: 'information_not_covered' } }),
    );
    assert.equal(d.outcome, 'denied');
  });

  it('denies a general medical release for Part 2 records', () => {
    const d = decideDisclosure(part2({ recipient: 'health_plan', purpose: 'payment', consent: { status: 'valid', defect: 'not_part2_compliant' } }));
    assert.equal(d.outcome, 'denied');
  });

  it('denies on an expired or revoked release', () => {
    assert.equal(decideDisclosure(facts({ ...toTherapist, consent: { status: 'expired' } })).outcome, 'denied');
    assert.equal(decideDisclosure(facts({ ...toTherapist, consent: { status: 'revoked' } })).outcome, 'denied');
  });

  it('honours an oral withdrawal of part of the consent at once', () => {
    assert.equal(decideDisclosure(facts({ ...toTherapist, consent: { status: 'valid', defect: 'oral_revocation_in_part' } })).outcome, 'denied');
  });

  it('escalates a request to revoke a criminal-justice consent that is irrevocable until an event', () => {
    const d = decideDisclosure(part2({ recipient: 'criminal_justice', purpose: 'criminal_justice_monitoring', consent: { status: 'valid', defect: 'revocation_requested_irrevocable' } }));
    assert.equal(d.outcome, 'escalate');
    assert.ok(d.basis.includes('42 CFR 2.35'));
  });

  it('denies probation staff anything without a consent', () => {
    assert.equal(decideDisclosure(part2({ recipient: 'criminal_justice', purpose: 'criminal_justice_monitoring' })).outcome, 'denied');
  });
});

describe('payment', () => {
  it('permits billing the health plan from a HIPAA record without a release', () => {
    assert.equal(decideDisclosure(facts({ recipient: 'health_plan', purpose: 'payment', information: ['attendance'] })).outcome, 'permitted_exception');
  });

  it('denies it for a Part 2 record without a Part 2 consent', () => {
    assert.equal(decideDisclosure(part2({ recipient: 'health_plan', purpose: 'payment', information: ['attendance'] })).outcome, 'denied');
  });
});
