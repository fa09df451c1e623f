import type { Ground } from '../ground.ts';
import { OBLIGATION } from '../obligations.ts';
import { isImminent } from '../vocabulary.ts';

/**
 * G7 (part) — Crimes on program premises or against program personnel, or threats to commit
 * them, may be reported to the police: Part 2 allows it, limited to the circumstances, patient
 * status, name, address and last known whereabouts (42 CFR 2.12(c)(5)); HIPAA allows evidence of
 * a crime on the premises (45 CFR 164.512(f)(5)). It is Part 2's one threat-related exception, so
 * it is asked before the threat rule, which would otherwise escalate every Part 2 threat.
 */
export const crimeOnPremises: Ground = {
  id: 'G7-premises',
  title: 'Crime on the premises or against program staff',
  step: 'life_safety',
  appliesTo: (f) => f.recipient === 'law_enforcement' && f.purpose === 'report_crime_on_premises',
  outcomes: [
    {
      case: 'Part 2 record',
      when: (f) => f.program.part2,
      outcome: 'permitted_exception',
      basis: ['42 CFR 2.12(c)(5)(i)', '45 CFR 164.512(f)(5)', '45 CFR 164.512(j)(1)(i)'],
      explanation:
        'A crime on the program premises or against program staff, or a threat to commit one, may be reported to the police. Part 2 limits what you give: what happened, that the person is a participant, their name, address and last known whereabouts, and nothing about their treatment.',
      obligations: [
        'Give only the circumstances of the incident, the person’s name, address, participant status and last known whereabouts; no treatment information.',
        OBLIGATION.notifySupervisor,
        OBLIGATION.documentBelief,
        OBLIGATION.accounting,
      ],
    },
    {
      case: 'HIPAA record',
      outcome: 'permitted_exception',
      basis: ['45 CFR 164.512(f)(5)', '45 CFR 164.512(j)(1)(i)'],
      explanation: (f) =>
        `You may report a crime or threat against the program or its staff to the police${
          isImminent(f.risk) ? ', and a serious and imminent threat lets you warn them now' : ''
        }. Give the facts of the incident, not the person's treatment history.`,
      obligations: [OBLIGATION.minimumNecessary, OBLIGATION.notifySupervisor, OBLIGATION.documentBelief, OBLIGATION.accounting],
    },
  ],
};
