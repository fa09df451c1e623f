import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type PolicyProfile, programFactsFromProfile } from './policy-profile.ts';

const profile: PolicyProfile = {
  version: 3,
  state: 'CA',
  part2Program: true,
  hipaaCoveredEntity: false,
  dutyToWarn: null,
  mandatedReporters: { childAbuse: ['peer_specialist', 'supervisor'], adultAbuse: ['supervisor'], sources: ['employer_policy'] },
  crisisNumbers: [{ label: 'County mobile crisis', number: '+1 555 010 0100' }],
};

describe('programFactsFromProfile', () => {
  it('carries Part 2 and the state, and takes the duty-to-warn type from the state table when the profile leaves it open', () => {
    assert.deepEqual(programFactsFromProfile(profile), {
      part2: true,
      state: 'CA',
      duty_to_warn: 'mandatory',
      peer_mandated_reporter: true,
      licensed_clinician_witnessed: false,
    });
  });

  it('prefers the privacy officer’s reviewed duty-to-warn type over the table', () => {
    assert.equal(programFactsFromProfile({ ...profile, dutyToWarn: 'permissive' }).duty_to_warn, 'permissive');
  });

  it('makes the peer a mandated reporter only when the profile names peer specialists', () => {
    const noPeers = { ...profile, mandatedReporters: { ...profile.mandatedReporters, childAbuse: ['licensed_clinician' as const] } };
    assert.equal(programFactsFromProfile(noPeers).peer_mandated_reporter, false);
  });

  it('adds what only the moment can tell: whether a licensed clinician heard the threat', () => {
    assert.equal(programFactsFromProfile(profile, { licensedClinicianWitnessed: true }).licensed_clinician_witnessed, true);
  });

  it('leaves the duty unknown with no state', () => {
    assert.equal(programFactsFromProfile({ ...profile, state: null }).duty_to_warn, null);
  });
});
