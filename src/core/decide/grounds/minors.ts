import type { Ground } from '../ground.ts';
import { OBLIGATION } from '../obligations.ts';
import { isMinor } from '../vocabulary.ts';

/**
 * G10 — Parents and guardians of a minor. Under HIPAA a parent with authority is the minor's
 * personal representative and is treated as the individual (45 CFR 164.502(g)(1), (g)(3)),
 * except where the minor lawfully consents alone, a court or law authorizes the service, or the
 * parent agreed to confidentiality; and not when abuse by them is suspected ((g)(5)). Under Part 2
 * the minor's own written consent is needed (42 CFR 2.14), and no one may confirm attendance
 * (2.13(c)).
 */
export const minors: Ground = {
  id: 'G10',
  title: 'Parent or guardian of a minor',
  step: 'family',
  appliesTo: (f) => f.recipient === 'parent_or_guardian' && isMinor(f),
  outcomes: [
    {
      case: 'Part 2 record: only the minor’s written consent opens it',
      when: (f) => f.program.part2,
      outcome: 'denied',
      basis: ['42 CFR 2.14(b)', '42 CFR 2.13(c)', '45 CFR 164.502(g)(3)(i)'],
      explanation:
        'In a Part 2 program a young person’s records need their own written consent before anything goes to a parent, and where state law lets minors consent to substance use care alone, only they can consent. Do not confirm that they attend. Encourage the young person to talk with their parent, or to sign a consent if they want you to share.',
      obligations: [OBLIGATION.doNotConfirm, 'Offer the young person the choice of signing a Part 2 consent for their parent.', OBLIGATION.recordDecision],
    },
    {
      case: 'the parent may be the abuser',
      when: (f) => f.abuse === 'child',
      outcome: 'escalate',
      basis: ['45 CFR 164.502(g)(5)', '45 CFR 164.512(b)(1)(ii)'],
      explanation:
        'Abuse of this child is suspected, so the parent may not be treated as the child’s representative until your supervisor decides. Share nothing with the parent for now.',
      obligations: [OBLIGATION.notifySupervisor, OBLIGATION.supervisorDecides, 'Never tip off a person suspected of abuse.'],
    },
    {
      case: 'HIPAA record: the parent is the personal representative',
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
  ],
};
