import type { Ground } from '../ground.ts';
import { OBLIGATION } from '../obligations.ts';
import { ABLE_TO_LESSEN_THREAT, isImminent, MEDICAL_PERSONNEL, PROTECTIVE_PURPOSES } from '../vocabulary.ts';

/**
 * G2 — Serious and imminent threat to health or safety. HIPAA lets you share, in good faith, what
 * is needed with someone able to prevent or lessen the threat (45 CFR 164.512(j)(1)(i); good faith
 * presumed on actual knowledge or a credible representation, (j)(4)). Part 2 has no such
 * exception: a danger to the participant's own life can go to medical personnel as a medical
 * emergency (42 CFR 2.51); crime on premises is asked before this (2.12(c)(5)); anything else
 * (a court order, consent, a warning that does not reveal treatment) a supervisor decides at once.
 */
export const seriousThreat: Ground = {
  id: 'G2',
  title: 'Serious and imminent threat to health or safety',
  step: 'life_safety',
  appliesTo: (f) => isImminent(f.risk) && PROTECTIVE_PURPOSES.has(f.purpose) && ABLE_TO_LESSEN_THREAT.has(f.recipient),
  outcomes: [
    {
      case: 'Part 2 record: danger to the participant’s life, told to medical personnel',
      when: (f) => f.program.part2 && f.risk === 'self_imminent' && MEDICAL_PERSONNEL.has(f.recipient),
      outcome: 'permitted_exception',
      basis: ['42 CFR 2.51(a)(1)', '42 CFR 2.51(c)', '45 CFR 164.512(j)(1)(i)'],
      explanation:
        'The participant’s life is in immediate danger, which is a medical emergency: you may tell emergency medical responders what they need to reach and treat them now, without consent. Do not mention the program or substance use treatment unless it matters for their care.',
      obligations: [
        OBLIGATION.minimumNecessary,
        'Right afterwards, write in the record: the name and affiliation of who received it, your name, the date and time, and the nature of the emergency (42 CFR 2.51(c)).',
        OBLIGATION.notifySupervisor,
        OBLIGATION.documentBelief,
        OBLIGATION.accounting,
        OBLIGATION.tellParticipantWhenSafe,
      ],
    },
    {
      case: 'Part 2 record: no threat exception',
      when: (f) => f.program.part2,
      outcome: 'escalate',
      basis: ['42 CFR 2.20', '42 CFR 2.51', '42 CFR 2.12(c)(5)', '42 CFR 2.63(a)(1)', 'SAMHSA TIP 8, ch. 7'],
      explanation:
        'The danger is real and immediate, but these are Part 2 (substance use) records and Part 2 has no general exception for threats. Get your supervisor or the privacy officer on the phone now: they can call emergency medical help, warn without revealing treatment, or use another route. If someone is about to be hurt and no one is reachable, call 911 and say only what is needed to keep people safe, without mentioning the program or treatment.',
      obligations: [
        OBLIGATION.notifySupervisor,
        OBLIGATION.supervisorDecides,
        'Any warning must not reveal that the person is or was in substance use treatment, nor the program’s name.',
        OBLIGATION.documentBelief,
        OBLIGATION.followSafetyProtocol,
      ],
    },
    {
      case: 'HIPAA record: share with someone able to prevent the harm',
      outcome: 'permitted_exception',
      basis: ['45 CFR 164.512(j)(1)(i)', '45 CFR 164.512(j)(4)', 'HHS, HIPAA Privacy Rule and Sharing Information Related to Mental Health'],
      explanation: (f) =>
        `You believe in good faith that there is a serious and imminent threat to ${
          f.risk === 'self_imminent' ? 'the participant’s life or safety' : 'someone’s life or safety'
        }. You may share what is needed, without consent, with people who can prevent it (911, the crisis team, the police, family who can step in, or the person threatened). Share only what helps them act now.`,
      obligations: [
        OBLIGATION.minimumNecessary,
        OBLIGATION.notifySupervisor,
        OBLIGATION.documentBelief,
        OBLIGATION.accounting,
        OBLIGATION.tellParticipantWhenSafe,
      ],
    },
  ],
};
