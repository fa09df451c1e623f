import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type DisclosureRequest, consentCoverage } from './consent-coverage.ts';
import { release } from './test-release.ts';

/** Dr. Kim at Harbor asks for attendance, for care coordination, in November 2026. */
function request(overrides: Partial<DisclosureRequest> = {}): DisclosureRequest {
  return {
    recipient: { person: 'Dr Kim', organization: 'Harbor Community Clinic' },
    categories: ['attendance'],
    purpose: 'care_coordination',
    at: new Date('2026-11-15T15:00:00Z'),
    ...overrides,
  };
}

const hipaa = { part2: false } as const;
const part2 = { part2: true } as const;

describe('consentCoverage', () => {
  it('covers a request inside a valid consent (names compared without punctuation or case)', () => {
    const c = consentCoverage(release(), request(), hipaa);
    assert.deepEqual(c.consent, { status: 'valid', defect: null });
    assert.equal(c.problem, null);
  });

  it('reports no consent on file', () => {
    assert.deepEqual(consentCoverage(null, request(), hipaa).consent, { status: 'none', defect: null });
  });

  it('reports oral agreement only as oral_only', () => {
    const oral = release({ signature: null, oralAgreement: { at: new Date('2026-11-01T10:00:00Z'), recordedBy: 'staff-7' } });
    assert.deepEqual(consentCoverage(oral, request(), hipaa).consent, { status: 'oral_only', defect: null });
  });

  it('no longer covers a disclosure made after a written revocation', () => {
    const revoked = release({ revocation: { at: new Date('2026-11-10T09:00:00Z'), form: 'written', recordedBy: 'staff-7' } });
    assert.deepEqual(consentCoverage(revoked, request(), hipaa).consent, { status: 'revoked', defect: null });
  });

  it('still covers a disclosure made before the revocation (reliance)', () => {
    const revoked = release({ revocation: { at: new Date('2026-11-20T09:00:00Z'), form: 'written', recordedBy: 'staff-7' } });
    assert.equal(consentCoverage(revoked, request(), hipaa).problem, null);
  });

  it('honours an oral revocation at once', () => {
    const revoked = release({ revocation: { at: new Date('2026-11-10T09:00:00Z'), form: 'oral', recordedBy: 'staff-7', witness: 'staff-9' } });
    const c = consentCoverage(revoked, request(), hipaa);
    assert.equal(c.consent.status, 'revoked');
    assert.match(c.reason, /in writing/);
  });

  it('reports an oral withdrawal of one category as oral_revocation_in_part, and leaves the rest covered', () => {
    const partly = release({ revocation: { at: new Date('2026-11-10T09:00:00Z'), form: 'oral', recordedBy: 'staff-7', categories: ['attendance'] } });
    assert.deepEqual(consentCoverage(partly, request(), hipaa).consent, { status: 'valid', defect: 'oral_revocation_in_part' });
    assert.equal(consentCoverage(partly, request({ categories: ['recovery_plan'] }), hipaa).problem, null);
  });

  it('does not cover anything after its expiry date, and does on the last day', () => {
    const lastDay = request({ at: new Date('2026-12-31T20:00:00Z') });
    assert.equal(consentCoverage(release(), lastDay, hipaa).problem, null);
    const after = request({ at: new Date('2027-01-01T09:00:00Z') });
    assert.deepEqual(consentCoverage(release(), after, hipaa).consent, { status: 'expired', defect: null });
  });

  it('expires when its ending event has happened', () => {
    const byEvent = release({ expiry: { kind: 'event', event: 'discharge from the program', occurredAt: new Date('2026-11-01T00:00:00Z') } });
    assert.equal(consentCoverage(byEvent, request(), hipaa).consent.status, 'expired');
  });

  it('reports a different recipient, even one in the same building', () => {
    const c = consentCoverage(release(), request({ recipient: { person: 'A. Caseworker', organization: 'Bayview Family Services' } }), hipaa);
    assert.deepEqual(c.consent, { status: 'valid', defect: 'recipient_mismatch' });
  });

  it('covers anyone at an organization the consent names without a person', () => {
    const toOrg = release({ recipient: { organization: { name: 'Harbor Community Clinic' } } });
    assert.equal(consentCoverage(toOrg, request({ recipient: { person: 'Someone Else', organization: 'harbor community clinic' } }), hipaa).problem, null);
  });

  it('reports categories the consent does not list', () => {
    const c = consentCoverage(release(), request({ categories: ['attendance', 'substance_use'] }), hipaa);
    assert.deepEqual(c.consent, { status: 'valid', defect: 'information_not_covered' });
    assert.equal(c.reason, 'The consent does not cover: substance use.'); // in words, not the code
  });

  it('lets "full record" cover other categories for HIPAA, but not psychotherapy notes, and never under Part 2', () => {
    const whole = release({ categories: ['full_record'] });
    assert.equal(consentCoverage(whole, request({ categories: ['session_content'] }), hipaa).problem, null);
    assert.equal(consentCoverage(whole, request({ categories: ['psychotherapy_notes'] }), hipaa).problem, 'category_not_covered');
    assert.equal(consentCoverage(whole, request({ categories: ['session_content'] }), part2).consent.defect, 'not_part2_compliant');
  });

  it('reports a purpose outside the consent', () => {
    const c = consentCoverage(release(), request({ purpose: 'housing' }), hipaa);
    assert.equal(c.problem, 'purpose_not_covered');
    assert.equal(c.consent.defect, 'information_not_covered');
  });

  it('reports a form missing Part 2 elements as not_part2_compliant', () => {
    const noStatements = release({ statements: { rightToRevoke: true, conditioning: false, redisclosure: false } });
    assert.deepEqual(consentCoverage(noStatements, request(), part2).consent, { status: 'valid', defect: 'not_part2_compliant' });
  });

  it('does not treat an incomplete HIPAA form as a consent at all', () => {
    const c = consentCoverage(release({ expiry: null }), request(), hipaa);
    assert.equal(c.consent.status, 'none');
    assert.equal(c.problem, 'incomplete');
  });

  describe('criminal-justice consents (42 CFR 2.35)', () => {
    const drugCourt = (occurredAt: Date | null) =>
      release({
        recipient: { organization: { name: 'County Drug Court' } },
        purposes: ['criminal_justice_monitoring'],
        criminalJustice: { referrer: 'County Drug Court', irrevocableUntil: { event: 'completion of drug court', occurredAt } },
        revocation: { at: new Date('2026-11-05T09:00:00Z'), form: 'written', recordedBy: 'staff-7' },
      });
    const toCourt = request({ recipient: { organization: 'County Drug Court' }, purpose: 'criminal_justice_monitoring' });

    it('cannot be revoked before its event: the request is flagged for a supervisor and the consent still stands', () => {
      const c = consentCoverage(drugCourt(null), toCourt, part2);
      assert.deepEqual(c.consent, { status: 'valid', defect: 'revocation_requested_irrevocable' });
    });

    it('is revoked once the event has happened', () => {
      const c = consentCoverage(drugCourt(new Date('2026-11-08T00:00:00Z')), toCourt, part2);
      assert.equal(c.consent.status, 'revoked');
    });
  });
});
