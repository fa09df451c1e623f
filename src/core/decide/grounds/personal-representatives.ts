import type { Ground } from '../ground.ts';
import { OBLIGATION } from '../obligations.ts';
import { isMinor } from '../vocabulary.ts';

/**
 * G10 — Personal representatives: parents and guardians. Under HIPAA a parent with authority is
 * a minor's personal representative and is treated as the individual (45 CFR 164.502(g)(1),
 * (g)(3)), except where the minor lawfully consents alone, a court or law authorizes the service,
 * or the parent agreed to confidentiality; a court-appointed guardian is an adult's
 * representative ((g)(2)); and no one suspected of abuse is ((g)(5)). Under Part 2 the minor's own
 * written consent is needed (42 CFR 2.14) and an adult's guardian acts through a written consent
 * (2.15); no one may confirm attendance (2.13(c)). With an adult who is present and agrees, or
 * incapacitated, the family ground answers instead.
 */
export const personalRepresentatives: Ground = {
  id: 'G10',
  title: 'Parents and guardians (personal representatives)',
  step: 'family',
  appliesTo: (f) =>
    f.recipient === 'parent_or_guardian' &&
    (isMinor(f) || (f.participant.present_and_agrees !== true && f.participant.incapacitated !== true)),
  outcomes: [
    {
      case: 'Part 2 record of a minor: only the minor’s written consent opens it',
      when: (f) => f.program.part2 && isMinor(f),
      outcome: 'denied',
      basis: ['42 CFR 2.14(b)', '42 CFR 2.13(c)', '45 CFR 164.502(g)(3)(i)'],
      explanation:
        'In a Part 2 program a young person’s records need their own written consent before anything goes to a parent, and where state law lets minors consent to substance use care alone, only they can consent. Do not confirm that they attend. Encourage the young person to talk with their parent, or to sign a consent if they want you to share.',
      obligations: [OBLIGATION.doNotConfirm, 'Offer the young person the choice of signing a Part 2 consent for their parent.', OBLIGATION.recordDecision],
    },
    {
      case: 'Part 2 record of an adult: a guardian acts through a written consent',
      when: (f) => f.program.part2,
      outcome: 'escalate',
      basis: ['42 CFR 2.15(a)', '42 CFR 2.13(c)'],
      explanation:
        'A guardian of an adult can sign a Part 2 consent for them, but only after the privacy officer confirms the court appointment. Until then, do not confirm that the person attends.',
      obligations: [OBLIGATION.doNotConfirm, OBLIGATION.privacyOfficerDecides],
    },
    {
      case: 'abuse is suspected: the parent or guardian may be the abuser',
      when: (f) => f.abuse !== 'none' && f.abuse !== 'domestic_adult',
      outcome: 'escalate',
      basis: ['45 CFR 164.502(g)(5)', '45 CFR 164.512(b)(1)(ii)'],
      explanation:
        'Abuse is suspected, so this parent or guardian may not be treated as the participant’s representative until your supervisor decides. Share nothing with them for now.',
      obligations: [OBLIGATION.notifySupervisor, OBLIGATION.supervisorDecides, 'Never tip off a person suspected of abuse.'],
    },
    {
      case: 'HIPAA record of a minor: the parent is the personal representative',
      when: isMinor,
      outcome: 'permitted_exception',
      basis: ['45 CFR 164.502(g)(1)', '45 CFR 164.502(g)(3)'],
      explanation:
        'A parent or guardian with legal authority usually stands in the minor’s shoes and may be told about their participation, unless state law lets the minor consent alone, a court authorized the service, or the parent agreed to keep it between you and the young person. Check those first.',
      obligations: [
        'Verify that this person is the parent or guardian with legal authority (custody papers on file).',
        'Check that no exception applies: minor consented alone under state law, court-authorized service, or a confidentiality agreement.',
        'Share what is relevant to the young person’s participation, not other people’s information from groups.',
        'Tell the young person what was shared.',
      ],
    },
    {
      case: 'HIPAA record of an adult: a court-appointed guardian is the personal representative',
      outcome: 'permitted_exception',
      basis: ['45 CFR 164.502(g)(2)', '45 CFR 164.514(h)'],
      explanation:
        'A court-appointed guardian with authority over health care decisions stands in the adult participant’s shoes. Check the court papers first: the parent of an adult is not a representative just by being a parent, and then gets nothing without the participant’s agreement.',
      obligations: [
        'See the court order appointing the guardian, and check that it covers health care, before sharing anything.',
        'If they are not a court-appointed guardian, treat them as family: share nothing without the participant’s agreement.',
        'Tell the participant what was shared.',
      ],
    },
  ],
};
