import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { missingConsentElements } from './consent-elements.ts';
import { release } from './test-release.ts';

const elements = (...args: Parameters<typeof missingConsentElements>) => missingConsentElements(...args).map((m) => m.element);

describe('missingConsentElements', () => {
  it('finds nothing missing in a complete, signed release', () => {
    assert.deepEqual(missingConsentElements(release(), { part2: true }), []);
  });

  it('names each missing core element with a plain message and its citation', () => {
    const missing = missingConsentElements(release({ recipient: {}, purposes: [], expiry: null }), { part2: false });
    assert.deepEqual(
      missing.map((m) => m.element),
      ['recipient', 'purpose', 'expiry'],
    );
    assert.equal(missing[0]?.citation, '45 CFR 164.508(c)(1)(iii)');
    assert.match(missing[0]?.message ?? '', /who will receive/);
  });

  it('requires a signature: spoken agreement is not a consent', () => {
    assert.deepEqual(elements(release({ signature: null, oralAgreement: { at: new Date('2026-10-01T10:00:00Z'), recordedBy: 'staff-7' } }), { part2: false }), ['signature']);
  });

  it('requires a representative’s authority when a representative signs', () => {
    const signedByGuardian = release({ signature: { method: 'typed', signedOn: '2026-10-01', signer: 'representative', mark: 'Pat Example' } });
    assert.deepEqual(elements(signedByGuardian, { part2: false }), ['representative_authority']);
  });

  it('requires the three statements on the form', () => {
    const bare = release({ statements: { rightToRevoke: false, conditioning: false, redisclosure: false } });
    assert.deepEqual(elements(bare, { part2: true }), ['right_to_revoke_statement', 'conditioning_statement', 'redisclosure_statement']);
  });

  it('refuses "the whole record" as the description of a Part 2 consent, but not of a HIPAA one', () => {
    const generic = release({ categories: ['full_record'] });
    assert.deepEqual(elements(generic, { part2: true }), ['specific_information']);
    assert.deepEqual(elements(generic, { part2: false }), []);
  });

  it('requires counselling or psychotherapy notes on their own form', () => {
    assert.deepEqual(elements(release({ categories: ['attendance', 'psychotherapy_notes'] }), { part2: false }), ['separate_notes_consent']);
    assert.deepEqual(elements(release({ categories: ['sud_counseling_notes'] }), { part2: true }), []);
  });

  it('requires a Part 2 consent for use in proceedings to stand alone', () => {
    assert.deepEqual(elements(release({ purposes: ['legal_proceeding', 'care_coordination'] }), { part2: true }), ['separate_proceedings_consent']);
  });

  it('requires a criminal-justice consent to state the event until which it is irrevocable', () => {
    const cj = release({ criminalJustice: { referrer: 'County Drug Court', irrevocableUntil: { event: ' ' } } });
    assert.deepEqual(elements(cj, { part2: true }), ['irrevocability_event']);
  });
});
