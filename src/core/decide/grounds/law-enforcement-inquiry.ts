import type { Ground } from '../ground.ts';
import { OBLIGATION } from '../obligations.ts';
import { includesCrimeAdmission, onlyLocatingDetails } from '../vocabulary.ts';

/**
 * G7 — Police asking without legal process. HIPAA allows, never requires, a few details to
 * identify or locate a suspect, fugitive, witness or missing person (45 CFR 164.512(f)(2));
 * anything more needs legal process (f)(1). A confession of a past crime heard in a helping
 * relationship is not reportable ((j)(2)-(3)). Part 2: not even confirming attendance without
 * consent or a Part 2 order (42 CFR 2.13(c), 2.65-2.67).
 */
export const lawEnforcementInquiry: Ground = {
  id: 'G7',
  title: 'Police asking without a warrant or order',
  step: 'legal_process',
  // A valid consent naming the police is answered by the consent ground instead.
  appliesTo: (f) =>
    f.recipient === 'law_enforcement' &&
    f.legal === 'none' &&
    f.purpose === 'law_enforcement_inquiry' &&
    !(f.consent.status === 'valid' && !f.consent.defect),
  outcomes: [
    {
      case: 'Part 2 record',
      when: (f) => f.program.part2,
      outcome: 'denied',
      basis: ['42 CFR 2.13(c)', '42 CFR 2.65', '42 CFR 2.67', '45 CFR 164.512(f)'],
      explanation:
        'For Part 2 records a police request is not enough, and you may not even confirm that the person comes here. Say politely that you cannot confirm or deny anyone’s participation, and pass the request to the privacy officer. Only the participant’s written consent or a Part 2 court order changes this.',
      obligations: [OBLIGATION.doNotConfirm, OBLIGATION.privacyOfficerDecides, OBLIGATION.recordDecision],
    },
    {
      case: 'a confession of a past crime',
      when: (f) => includesCrimeAdmission(f.information),
      outcome: 'denied',
      basis: ['45 CFR 164.512(f)(1) (no legal process)', '45 CFR 164.512(j)(1)(ii)(A) and (j)(2)', '45 CFR 164.514(h)'],
      explanation:
        'What the participant told you about a past crime, in a helping relationship, is not something you report, and there is no warrant or order. Do not confirm that the person is a participant; pass the request to the privacy officer.',
      obligations: [OBLIGATION.doNotConfirm, OBLIGATION.privacyOfficerDecides, OBLIGATION.recordDecision],
    },
    {
      case: 'only details to identify or locate a suspect',
      when: (f) => onlyLocatingDetails(f.information),
      outcome: 'escalate',
      basis: ['45 CFR 164.512(f)(2)(i)', '45 CFR 164.514(h)(2)(ii)-(iii)', '45 CFR 164.528'],
      explanation:
        'The law allows, but never requires, giving police a few identifying details (such as name and address) to locate a suspect or missing person. Whether to do it is for the privacy officer, not you: take the officer’s name, badge number and a call-back number, and pass it on.',
      obligations: [OBLIGATION.privacyOfficerDecides, OBLIGATION.verifyIdentity, OBLIGATION.doNotConfirm, 'If anything is released, it is recorded in the accounting of disclosures.'],
    },
    {
      case: 'anything more than locating details, without legal process',
      outcome: 'denied',
      basis: ['45 CFR 164.512(f)(1)', '45 CFR 164.512(f)(2)', '45 CFR 164.502(a)'],
      explanation:
        'Police asking informally, without a warrant, court order or subpoena, cannot get this information. Do not confirm that the person is a participant; take the officer’s details and pass the request to the privacy officer.',
      obligations: [OBLIGATION.doNotConfirm, OBLIGATION.privacyOfficerDecides, OBLIGATION.recordDecision],
    },
  ],
};
