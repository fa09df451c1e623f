import type { Ground } from '../ground.ts';
import { OBLIGATION } from '../obligations.ts';
import { ABUSE_REPORT_AUTHORITIES } from '../vocabulary.ts';

/**
 * G4/G5 follow-up — An investigator asking for records after a report. Part 2's report exception
 * covers only the initial report: the original records stay protected and need written consent
 * or a Part 2 court order (42 CFR 2.12(c)(6), 2.64). It is asked after legal process and consent,
 * since either of those can open what the report exception keeps closed.
 */
export const abuseFollowUp: Ground = {
  id: 'G4-follow-up',
  title: 'Investigator asking for records after an abuse report',
  step: 'required_reports',
  appliesTo: (f) => f.purpose === 'abuse_investigation' && ABUSE_REPORT_AUTHORITIES.has(f.recipient),
  outcomes: [
    {
      case: 'Part 2 record',
      when: (f) => f.program.part2,
      outcome: 'denied',
      basis: ['42 CFR 2.12(c)(6) (restrictions continue to apply to original records)', '42 CFR 2.64', '42 CFR 2.31'],
      explanation:
        'The report exception covered only the first report. The treatment records themselves stay protected: the investigator needs the participant’s written consent or a Part 2 court order. Tell them so politely and pass the request to the privacy officer.',
      obligations: [OBLIGATION.privacyOfficerDecides, 'Send no records and no test results.', OBLIGATION.recordDecision],
    },
    {
      case: 'HIPAA record',
      outcome: 'escalate',
      basis: ['45 CFR 164.512(b)(1)(ii)', '45 CFR 164.512(c)', '45 CFR 164.514(h)'],
      explanation:
        'The law may allow giving the investigating agency what it needs, but the privacy officer must verify the request and decide what is necessary. Do not send records yourself.',
      obligations: [OBLIGATION.privacyOfficerDecides, OBLIGATION.verifyIdentity, 'If anything is released, it is recorded in the accounting of disclosures.'],
    },
  ],
};
