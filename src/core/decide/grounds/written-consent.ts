import type { Ground } from '../ground.ts';
import { OBLIGATION } from '../obligations.ts';

/**
 * G8 — Written authorization / consent. A valid release covers this recipient, information and
 * purpose today (45 CFR 164.508; 42 CFR 2.31). A consent with any defect covers nothing, so the
 * ground is silent and later grounds (or the default deny, which names the defect) answer.
 * A request to revoke a criminal-justice consent that is irrevocable until a set event
 * (42 CFR 2.35) must go to a supervisor.
 */
export const writtenConsent: Ground = {
  id: 'G8',
  title: 'Written consent (Release of Information)',
  step: 'consent',
  appliesTo: (f) => f.consent.status === 'valid' || f.consent.defect === 'revocation_requested_irrevocable',
  outcomes: [
    {
      case: 'the participant asks to revoke a criminal-justice consent',
      when: (f) => f.consent.defect === 'revocation_requested_irrevocable',
      outcome: 'escalate',
      basis: ['42 CFR 2.35', '42 CFR 2.31'],
      explanation:
        'This consent was given as part of a criminal-justice arrangement (drug court, probation or parole) and may be irrevocable until a set event. A supervisor must check the consent’s terms and explain the consequences to the participant before anything changes. Until then, share nothing beyond what the consent already allows.',
      obligations: [
        OBLIGATION.notifySupervisor,
        'The supervisor reviews the consent terms (the event or date until which it cannot be revoked) with the participant.',
        'Record the revocation request with the date, how it was made, and who heard it.',
      ],
    },
    {
      case: 'Part 2 record, valid Part 2 consent covers it',
      when: (f) => !f.consent.defect && f.program.part2,
      outcome: 'permitted_with_consent',
      basis: ['42 CFR 2.31', '42 CFR 2.32', '42 CFR 2.13(a)', '42 CFR 2.25'],
      explanation:
        'The participant’s signed Part 2 consent is in date, not revoked, and names this recipient, this information and this purpose. Share only what it lists, and send the Part 2 notice with it.',
      obligations: [
        'Share only the information the consent lists, for the purpose it names.',
        OBLIGATION.part2Notice,
        OBLIGATION.accounting,
        'Stop at once if the participant says they want to withdraw the consent, and record it.',
      ],
    },
    {
      case: 'HIPAA record, valid authorization covers it',
      when: (f) => !f.consent.defect,
      outcome: 'permitted_with_consent',
      basis: ['45 CFR 164.508(a)(1)', '45 CFR 164.508(c)'],
      explanation:
        'The participant’s signed release is in date, not revoked, and names this recipient, this information and this purpose. Share only what it lists.',
      obligations: [
        'Share only the information the release lists, for the purpose it names.',
        'Log the disclosure with a reference to the release used.',
        'Stop at once if the participant says they want to withdraw the release, and record it.',
      ],
    },
  ],
};
