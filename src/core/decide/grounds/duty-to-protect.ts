import { dutyToWarnFor } from '../duty-to-warn-states.ts';
import type { DisclosureFacts, Recipient } from '../facts.ts';
import type { Ground } from '../ground.ts';
import { OBLIGATION } from '../obligations.ts';
import { isThreatToOthers, PROTECTIVE_PURPOSES } from '../vocabulary.ts';

/** Whom a Tarasoff-type statute is discharged by warning: the victim and law enforcement. */
const DUTY_DISCHARGED_BY_WARNING: ReadonlySet<Recipient> = new Set(['potential_victim', 'law_enforcement']);

/** A licensed clinician of the program heard the threat in a state where the duty is mandatory. */
function clinicianHasDuty(f: DisclosureFacts): boolean {
  return (
    f.program.licensed_clinician_witnessed === true &&
    dutyToWarnFor(f.program.duty_to_warn, f.program.state) === 'mandatory'
  );
}

/**
 * §7 — State duty to warn/protect (Tarasoff v. Regents, 17 Cal. 3d 425 (1976)). Statutes bind
 * licensed professionals, rarely peers: when a covered clinician of the program heard a serious
 * threat against someone in a mandatory state, the program must warn. A state duty can never
 * compel a Part 2 disclosure (42 CFR 2.20), so Part 2 records go to the supervisor instead.
 */
export const dutyToProtect: Ground = {
  id: 'DUTY-TO-WARN',
  title: 'State duty to warn or protect (licensed clinician, mandatory state)',
  step: 'life_safety',
  appliesTo: (f) =>
    isThreatToOthers(f.risk) &&
    PROTECTIVE_PURPOSES.has(f.purpose) &&
    DUTY_DISCHARGED_BY_WARNING.has(f.recipient) &&
    clinicianHasDuty(f),
  outcomes: [
    {
      case: 'Part 2 record: the state duty cannot compel the disclosure',
      when: (f) => f.program.part2,
      outcome: 'escalate',
      basis: ['42 CFR 2.20', '42 CFR 2.12(c)(5)', '42 CFR 2.63(a)(1)', 'Tarasoff v. Regents, 17 Cal. 3d 425 (1976)'],
      explanation:
        'A licensed clinician heard this threat and your state has a duty to warn, but these are Part 2 records and a state law cannot force a Part 2 disclosure. The supervisor and privacy officer must decide right now how to protect the person: a warning that does not reveal treatment, a court order, or the participant’s written consent.',
      obligations: [
        OBLIGATION.notifySupervisor,
        OBLIGATION.supervisorDecides,
        'Any warning must not reveal that the person is or was in substance use treatment, nor the program’s name.',
        OBLIGATION.documentBelief,
      ],
    },
    {
      case: 'HIPAA record: the clinician must warn',
      outcome: 'required_report',
      basis: ['State duty-to-warn/protect statute', 'Tarasoff v. Regents, 17 Cal. 3d 425 (1976)', '45 CFR 164.512(j)(1)(i)', '45 CFR 164.512(a)'],
      explanation:
        'A licensed clinician of your program heard a serious threat against an identifiable person, and your state makes warning mandatory. The program must make reasonable efforts to warn the person threatened and the police; the clinician leads this, with you supporting.',
      obligations: [
        'The licensed clinician makes or directs the warning to the person threatened and to law enforcement, today.',
        OBLIGATION.notifySupervisor,
        OBLIGATION.minimumNecessary,
        OBLIGATION.documentBelief,
        OBLIGATION.accounting,
        OBLIGATION.tellParticipantWhenSafe,
      ],
    },
  ],
};
