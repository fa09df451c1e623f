import type { Recipient } from '../facts.ts';
import type { Ground } from '../ground.ts';
import { mustReportChildAbuse } from '../mandated-reporting.ts';
import { OBLIGATION } from '../obligations.ts';
import { ABUSE_REPORT_PURPOSES } from '../vocabulary.ts';

/** Authorities that take child abuse and neglect reports. */
const CHILD_ABUSE_AUTHORITIES: ReadonlySet<Recipient> = new Set(['child_protective_services', 'law_enforcement']);

const REPORT_DETAILS =
  'Write down the agency called, the report or intake number, the date and time, the worker’s name, and a summary of what you reported.';
const DO_NOT_INVESTIGATE = 'Do not investigate, and never tip off the person suspected of the abuse.';
const PART2_INITIAL_ONLY =
  'Make the initial report only: do not send treatment records. Any follow-up request for records needs the participant’s written consent or a Part 2 court order (42 CFR 2.64).';

/**
 * G4 — Child abuse and neglect. The report to the authority is permitted (45 CFR 164.512(b)(1)(ii))
 * and, when state law requires it, required (164.512(a); CAPTA 42 U.S.C. 5106a(b)(2)(B)(i)).
 * Part 2 does not restrict the initial report made under state law (42 CFR 2.12(c)(6)), which is
 * why this is the one required report a Part 2 program makes without consent.
 */
export const childAbuseReport: Ground = {
  id: 'G4',
  title: 'Child abuse and neglect report',
  step: 'required_reports',
  appliesTo: (f) => f.abuse === 'child' && CHILD_ABUSE_AUTHORITIES.has(f.recipient) && ABUSE_REPORT_PURPOSES.has(f.purpose),
  outcomes: [
    {
      case: 'Part 2 record, mandated reporter',
      when: (f) => f.program.part2 && mustReportChildAbuse(f),
      outcome: 'required_report',
      basis: ['42 CFR 2.12(c)(6)', '45 CFR 164.512(b)(1)(ii)', '45 CFR 164.512(a)', 'State child abuse reporting statute'],
      explanation:
        'You are a mandated reporter and what you heard is suspected child abuse or neglect, so you must report it to child protective services. Part 2 allows this first report made under state law, but not the treatment records themselves.',
      obligations: [
        'Call the child abuse hotline or child protective services today; do not wait to collect proof.',
        PART2_INITIAL_ONLY,
        REPORT_DETAILS,
        OBLIGATION.notifySupervisor,
        DO_NOT_INVESTIGATE,
        OBLIGATION.accounting,
      ],
    },
    {
      case: 'HIPAA record, mandated reporter',
      when: mustReportChildAbuse,
      outcome: 'required_report',
      basis: ['45 CFR 164.512(b)(1)(ii)', '45 CFR 164.512(a)', '42 U.S.C. 5106a(b)(2)(B)(i)', 'State child abuse reporting statute'],
      explanation:
        'You are a mandated reporter and what you heard is suspected child abuse or neglect, so you must report it to child protective services. Report what you heard and saw; the agency investigates, not you.',
      obligations: [
        'Call the child abuse hotline or child protective services today; do not wait to collect proof.',
        OBLIGATION.minimumNecessary,
        REPORT_DETAILS,
        OBLIGATION.notifySupervisor,
        DO_NOT_INVESTIGATE,
        OBLIGATION.accounting,
      ],
    },
    {
      case: 'not a mandated reporter: the report is still permitted',
      outcome: 'permitted_exception',
      basis: ['45 CFR 164.512(b)(1)(ii)', '42 CFR 2.12(c)(6)'],
      explanation:
        'You are not listed as a mandated reporter, but the law still lets you report suspected child abuse or neglect to child protective services. Bring it to your supervisor now: your agency may be required to report, and the report should not be delayed.',
      obligations: [
        OBLIGATION.notifySupervisor,
        'Decide with your supervisor today who makes the report.',
        'If the record is a Part 2 record, make the initial report only and send no treatment records.',
        REPORT_DETAILS,
        DO_NOT_INVESTIGATE,
        OBLIGATION.accounting,
      ],
    },
  ],
};
