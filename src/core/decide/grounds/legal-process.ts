import type { Recipient } from '../facts.ts';
import type { Ground } from '../ground.ts';
import { OBLIGATION } from '../obligations.ts';

/** Government authorities a reporting statute names as the receivers of a required report. */
const REPORT_AUTHORITIES: ReadonlySet<Recipient> = new Set([
  'child_protective_services',
  'adult_protective_services',
  'law_enforcement',
]);

/**
 * G6 and G7 (legal documents) — Orders, subpoenas, warrants, and statutes that require a report.
 * HIPAA: an order permits what it expressly names (45 CFR 164.512(e)(1)(i)); a subpoena alone
 * needs assurances (164.512(e)(1)(ii)). Part 2: a subpoena never authorizes a disclosure, only a
 * Part 2 court order does (42 CFR 2.61, 2.64, 2.65), and a state mandate cannot compel one (2.20).
 * A peer never releases anything on a legal document: counsel and the privacy officer do.
 */
export const legalProcess: Ground = {
  id: 'G6',
  title: 'Court orders, subpoenas, warrants and statutes requiring a report',
  step: 'legal_process',
  appliesTo: (f) => f.legal !== 'none',
  outcomes: [
    {
      case: 'court order',
      when: (f) => f.legal === 'court_order',
      outcome: 'permitted_exception',
      basis: (f) =>
        f.program.part2
          ? ['42 CFR 2.61', '42 CFR 2.64(e)', '42 CFR 2.65', '45 CFR 164.512(e)(1)(i)']
          : ['45 CFR 164.512(e)(1)(i)', '45 CFR 164.512(f)(1)(ii)(A)'],
      explanation: (f) =>
        `A verified court order allows release of exactly what it names, nothing more.${
          f.program.part2
            ? ' For Part 2 records it must be a Part 2 order (42 CFR 2.64 or 2.65), and a subpoena is also needed before the program can be made to release anything.'
            : ''
        } The privacy officer or counsel confirms the order and its scope; then release only that.`,
      obligations: [
        'The privacy officer or counsel confirms the order is genuine and in scope before anything is released.',
        OBLIGATION.onlyWhatOrderNames,
        OBLIGATION.copyOfLegalDocument,
        OBLIGATION.accounting,
        'Tell the participant that a request arrived and what was released.',
      ],
    },
    {
      case: 'Part 2 record, subpoena without a court order',
      when: (f) => f.legal === 'subpoena' && f.program.part2,
      outcome: 'denied',
      basis: ['42 CFR 2.61', '42 CFR 2.13(c)', '42 CFR 2.64'],
      explanation:
        'For Part 2 records a subpoena alone never allows a disclosure: a Part 2 court order is needed. Do not release anything and do not confirm that the person is a participant. Give the subpoena to the privacy officer today so counsel can answer it properly and on time.',
      obligations: [OBLIGATION.doNotConfirm, OBLIGATION.privacyOfficerDecides, OBLIGATION.copyOfLegalDocument, 'Tell the participant a request arrived, unless counsel advises otherwise.'],
    },
    {
      case: 'HIPAA record, subpoena without a court order',
      when: (f) => f.legal === 'subpoena',
      outcome: 'escalate',
      basis: ['45 CFR 164.512(e)(1)(ii)', '45 CFR 164.512(e)(1)(iii)-(v)'],
      explanation:
        'A subpoena without a court order allows release only with written assurances that the participant was notified and could object, or that a protective order was sought. The privacy officer or counsel must check this; do not release anything yourself.',
      obligations: [OBLIGATION.privacyOfficerDecides, OBLIGATION.doNotConfirm, OBLIGATION.copyOfLegalDocument, 'Tell the participant a request arrived.'],
    },
    {
      case: 'search warrant',
      when: (f) => f.legal === 'warrant',
      outcome: 'escalate',
      basis: (f) =>
        f.program.part2
          ? ['42 CFR 2.61', '42 CFR 2.65', '42 CFR 2.66', '45 CFR 164.512(f)(1)(ii)(A)']
          : ['45 CFR 164.512(f)(1)(ii)(A)', '45 CFR 164.514(h)'],
      explanation: (f) =>
        f.program.part2
          ? 'A warrant alone does not satisfy Part 2: a Part 2 court order is needed. Call counsel and the privacy officer immediately, state the Part 2 objection politely, and do not physically obstruct the officers.'
          : 'A warrant must be checked by counsel or the privacy officer for what it covers before anything is handed over. Call them now and do not physically obstruct the officers.',
      obligations: ['Call counsel and the privacy officer now.', 'Do not physically obstruct the officers; state any objection calmly.', OBLIGATION.copyOfLegalDocument, OBLIGATION.accounting],
    },
    {
      case: 'Part 2 record, state statute requires a report',
      when: (f) => f.legal === 'mandated_report' && f.program.part2 && REPORT_AUTHORITIES.has(f.recipient),
      outcome: 'escalate',
      basis: ['42 CFR 2.20', '42 CFR 2.12(c)(6) (child abuse only)'],
      explanation:
        'A state law asks for this report, but a state law cannot force a Part 2 disclosure (only the first report of child abuse is exempt). The privacy officer must decide how to comply without revealing substance use treatment, or with consent or a court order.',
      obligations: [OBLIGATION.notifySupervisor, OBLIGATION.privacyOfficerDecides],
    },
    {
      case: 'HIPAA record, state statute requires a report',
      when: (f) => f.legal === 'mandated_report' && REPORT_AUTHORITIES.has(f.recipient),
      outcome: 'required_report',
      basis: ['45 CFR 164.512(a)', 'State reporting statute'],
      explanation: 'A law requires this report. Make it to the authority the law names, and share only what the law requires.',
      obligations: ['Share only what the law requires (45 CFR 164.512(a)(1)).', OBLIGATION.notifySupervisor, OBLIGATION.accounting, 'Tell the participant, unless that would put someone at risk.'],
    },
  ],
};
