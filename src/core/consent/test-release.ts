import type { ReleaseOfInformation } from './release-of-information.ts';

/**
 * Test support: a complete, signed Part 2-ready release from the program to Dr. Kim at Harbor
 * Community Clinic, covering attendance and recovery plan for care coordination until the end
 * of 2026. Tests override the one element they are about.
 */
export function release(overrides: Partial<ReleaseOfInformation> = {}): ReleaseOfInformation {
  return {
    participantName: 'Alicia Example',
    discloser: 'Riverside Peer Recovery Program',
    recipient: { person: { name: 'Dr. Kim', contact: 'fax 555-0100' }, organization: { name: 'Harbor Community Clinic' } },
    categories: ['attendance', 'recovery_plan'],
    purposes: ['care_coordination'],
    purposeDescription: 'So my therapist and my peer specialist can coordinate my care',
    expiry: { kind: 'date', on: '2026-12-31' },
    signature: { method: 'drawn', signedOn: '2026-10-01', signer: 'participant', mark: 'signature-image:abc123' },
    statements: { rightToRevoke: true, conditioning: true, redisclosure: true },
    ...overrides,
  };
}
