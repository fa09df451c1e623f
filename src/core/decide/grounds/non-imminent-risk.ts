import type { Ground } from '../ground.ts';
import { OBLIGATION } from '../obligations.ts';
import { ABLE_TO_LESSEN_THREAT, isNonImminent, PROTECTIVE_PURPOSES } from '../vocabulary.ts';

/**
 * G2, "not triggered" — A current risk that is not serious and imminent (passive thoughts without
 * plan or intent, angry venting without a plan) does not meet 45 CFR 164.512(j). It goes to
 * clinical review and safety planning, not to outsiders (disclosure-rules.md G2 and §7(a): a
 * threat against an identifiable person goes to a licensed clinician or supervisor at once).
 */
export const nonImminentRisk: Ground = {
  id: 'G2-review',
  title: 'Current risk that is not imminent: clinical review',
  step: 'life_safety',
  appliesTo: (f) => isNonImminent(f.risk) && PROTECTIVE_PURPOSES.has(f.purpose) && ABLE_TO_LESSEN_THREAT.has(f.recipient),
  outcomes: [
    {
      case: 'risk to be assessed by a clinician or supervisor',
      outcome: 'escalate',
      basis: (f) => [
        '45 CFR 164.512(j)(1)(i) (threat not imminent)',
        ...(f.program.part2 ? ['42 CFR 2.20'] : []),
        'NCSL, Mental Health Professionals’ Duty to Warn',
      ],
      explanation: (f) =>
        `What you heard is a real concern but not an immediate danger, so it is not yet a reason to contact ${
          f.recipient === 'potential_victim' ? 'the person named' : 'people outside the program'
        } without consent. Take it to your supervisor or a licensed clinician today: they assess the risk and decide. Meanwhile, work on a safety plan with the participant and ask whether they want anyone involved.`,
      obligations: [
        OBLIGATION.notifySupervisor,
        OBLIGATION.supervisorDecides,
        'Make or update a safety plan with the participant, with crisis numbers (988, local mobile crisis).',
        OBLIGATION.documentBelief,
        'If the danger becomes immediate, call 911 or the crisis line: the serious-threat rule then applies.',
      ],
    },
  ],
};
