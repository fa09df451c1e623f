import type { Citation } from '../decision.ts';
import type { DisclosureFacts, Recipient } from '../facts.ts';
import type { Ground, GroundOutcome } from '../ground.ts';
import { OBLIGATION } from '../obligations.ts';
import { includesCrimeAdmission, PROTECTIVE_PURPOSES } from '../vocabulary.ts';

/** The denial every reason shares: keep the secret, and note that someone asked. */
const DENY_OBLIGATIONS = [OBLIGATION.doNotConfirm, OBLIGATION.recordDecision] as const;

/** A release names the regime's element: HIPAA's paragraph, or Part 2's too for Part 2 records. */
function consentBasis(hipaa: Citation[], part2: Citation[]): (f: DisclosureFacts) => readonly Citation[] {
  return (f) => (f.program.part2 ? [...part2, ...hipaa] : hipaa);
}

/** Outside parties that G15 says get nothing without a release or legal process. */
const NEEDS_RELEASE: ReadonlySet<Recipient> = new Set([
  'employer',
  'landlord',
  'attorney',
  'social_services',
  'other_organization',
  'funder',
  'acquaintance',
  'other_participants',
  'public',
]);

/** One reason a disclosure is refused, with what the peer can do instead. */
function reason(r: Omit<GroundOutcome, 'outcome' | 'obligations'> & { instead: string }): GroundOutcome {
  return {
    case: r.case,
    ...(r.when ? { when: r.when } : {}),
    outcome: 'denied',
    basis: r.basis,
    explanation: (f) => `${typeof r.explanation === 'string' ? r.explanation : r.explanation(f)} What you can do: ${r.instead}`,
    obligations: [...DENY_OBLIGATIONS, r.instead],
  };
}

/**
 * §0.4 step 9 and G14/G15 — When no ground allows a disclosure, it is denied. The most specific
 * reason found below explains why, and says what the peer can do instead (ask for a release,
 * support self-advocacy, listen without confirming). The last reason always matches.
 */
export const defaultDeny: Ground = {
  id: 'G15',
  title: 'No ground allows it: default deny',
  step: 'default_deny',
  appliesTo: () => true,
  outcomes: [
    // The consent on file does not cover this disclosure (G8.1).
    reason({
      case: 'the release names another recipient',
      when: (f) => f.consent.defect === 'recipient_mismatch',
      basis: consentBasis(['45 CFR 164.508(c)(1)(iii)', '45 CFR 164.508(a)(1)'], ['42 CFR 2.31(a)(4)']),
      explanation:
        'The release on file names a different recipient. A release covers only who it names, even a partner organization in the same building. This recipient needs its own signed release.',
      instead: 'Ask the participant whether they want to sign a release naming this recipient.',
    }),
    reason({
      case: 'the release does not list this information or purpose',
      when: (f) => f.consent.defect === 'information_not_covered',
      basis: consentBasis(['45 CFR 164.508(c)(1)(i)', '45 CFR 164.508(a)(1)'], ['42 CFR 2.31(a)(3)', '42 CFR 2.13(a)']),
      explanation:
        'The release on file does not cover this information. Share nothing outside what it lists; if what is asked for is only partly covered, share only the covered part.',
      instead: 'Share only what the release lists, or ask the participant whether they want to sign a wider release.',
    }),
    reason({
      case: 'a general release is not a Part 2 consent',
      when: (f) => f.consent.defect === 'not_part2_compliant',
      basis: ['42 CFR 2.31(a)', '42 CFR 2.31(c)', '42 CFR 2.32'],
      explanation:
        'The form on file is not a valid Part 2 consent: a general medical release does not cover substance use records. Nothing can be sent until the participant signs a consent with every Part 2 element.',
      instead: 'Offer the participant a Part 2 consent form if they want this shared.',
    }),
    reason({
      case: 'the participant has just withdrawn part of the consent out loud',
      when: (f) => f.consent.defect === 'oral_revocation_in_part',
      basis: consentBasis(['45 CFR 164.508(b)(5)'], ['42 CFR 2.31']),
      explanation:
        'The participant has told you they no longer want this shared. Honour that now, even though it was said out loud: a release only lets you share, it never obliges you.',
      instead: 'Record what the participant said, with the date and a witness, and help them put the revocation in writing.',
    }),
    reason({
      case: 'the consent was revoked',
      when: (f) => f.consent.status === 'revoked',
      basis: consentBasis(['45 CFR 164.508(b)(5)'], ['42 CFR 2.31']),
      explanation: 'The participant revoked this consent, so it no longer covers anything shared from then on.',
      instead: 'If the participant wants sharing to resume, they need to sign a new release.',
    }),
    reason({
      case: 'the consent has expired',
      when: (f) => f.consent.status === 'expired',
      basis: consentBasis(['45 CFR 164.508(b)(2)(i)', '45 CFR 164.508(c)(1)(v)'], ['42 CFR 2.31(c)']),
      explanation: 'The release on file has expired, so it covers nothing now.',
      instead: 'Ask the participant whether they want to sign a new release.',
    }),
    reason({
      case: 'oral permission only',
      when: (f) => f.consent.status === 'oral_only',
      basis: consentBasis(['45 CFR 164.508(a)(1)', '45 CFR 164.508(c)(1)(vi)'], ['42 CFR 2.31']),
      explanation:
        'Saying yes out loud is not a release for this: it must be written and signed (only family involvement with the participant present, in a non-Part 2 program, works on spoken agreement).',
      instead: 'Help the participant sign a written release if they want this shared.',
    }),
    // G14 and G15: reasons that are never enough.
    reason({
      case: 'replying to a review or defending the program in public',
      when: (f) => f.purpose === 'reputation_defense',
      basis: ['45 CFR 164.502(a)', '45 CFR 164.508(a)(1)', 'HHS OCR settlement with New Vision Dental (Dec. 14, 2022)', 'HHS OCR settlement with Elite Dental Associates (2019)'],
      explanation:
        'Replying with any service information, even confirming the person was a participant, is a disclosure that no rule allows. Reply only with a general invitation to contact the program.',
      instead: 'Post only a generic reply ("we take all feedback seriously, please contact us"), with no details.',
    }),
    reason({
      case: 'social media',
      when: (f) => f.purpose === 'social_media',
      basis: (f) => [
        ...(f.program.part2 ? ['42 CFR 2.13(a)'] : []),
        '45 CFR 164.502(a)',
        'NAADAC/NCC AP Code of Ethics, Principle VI (social media)',
      ],
      explanation:
        'Commenting, liking, tagging or posting about a participant online tells the world they are in your program, even if they posted first. Keep it offline.',
      instead: 'Say it to the participant privately, in your next session.',
    }),
    reason({
      case: 'casual conversation',
      when: (f) => f.purpose === 'casual_conversation',
      basis: ['45 CFR 164.502(a)', 'NAPS National Practice Guidelines (confidentiality)'],
      explanation: 'Curiosity, small talk or venting is never a reason to talk about a participant.',
      instead: 'Take what weighs on you to supervision, where it stays confidential.',
    }),
    reason({
      case: 'relaying a complaint the participant did not ask you to relay',
      when: (f) => f.purpose === 'complaint_relay',
      basis: ['45 CFR 164.502(a)', '45 CFR 164.508(a)(1)', 'NAPS National Practice Guidelines (person-driven)'],
      explanation:
        'The participant’s unhappiness is not a reason to pass on their words. Support them to raise it themselves, or to sign a release if they want you to speak for them.',
      instead: 'Help the participant file their own complaint or grievance, if they want to.',
    }),
    reason({
      case: 'pushing engagement',
      when: (f) => f.purpose === 'encourage_engagement',
      basis: ['45 CFR 164.502(a)', 'NAPS National Practice Guidelines (peer support is voluntary)'],
      explanation: 'Wanting the participant to engage more is not a reason to tell anyone about them.',
      instead: 'Talk with the participant directly about what they want from peer support.',
    }),
    reason({
      case: 'a confession of a past crime',
      when: (f) => includesCrimeAdmission(f.information),
      basis: ['45 CFR 164.512(j)(2)-(3)', '45 CFR 164.502(a)'],
      explanation:
        'What the participant told you about a past crime, in a helping relationship, is not something to pass on. Nothing here is a current danger.',
      instead: 'Pass any outside request to the privacy officer.',
    }),
    // Who is asking.
    reason({
      case: 'police asking informally',
      when: (f) => f.recipient === 'law_enforcement',
      basis: ['45 CFR 164.512(f)(1)', '45 CFR 164.502(a)', '45 CFR 164.514(h)'],
      explanation: 'Police asking without a warrant, court order or subpoena get nothing.',
      instead: 'Take the officer’s name and number and pass the request to the privacy officer.',
    }),
    reason({
      case: 'probation, parole or drug court without a consent',
      when: (f) => f.recipient === 'criminal_justice',
      basis: consentBasis(['45 CFR 164.508(a)(1)'], ['42 CFR 2.35', '42 CFR 2.31']),
      explanation:
        'Probation, parole and drug court staff get information only through the participant’s signed consent, which lists exactly what may be shared.',
      instead: 'If the participant wants to share, help them sign a consent (it may be part of their court agreement).',
    }),
    reason({
      case: 'a court or attorney without legal process',
      when: (f) => f.recipient === 'court' || (f.recipient === 'attorney' && f.purpose === 'legal_proceeding'),
      basis: ['45 CFR 164.512(e)', '45 CFR 164.508(a)(1)'],
      explanation: 'Without a court order, subpoena or the participant’s signed release, nothing goes to a court or a lawyer.',
      instead: 'Pass the request to the privacy officer; the participant may sign a release if they want.',
    }),
    reason({
      case: 'a professional elsewhere, not named in any release',
      when: (f) => f.recipient === 'treating_provider' || f.recipient === 'external_colleague',
      basis: ['45 CFR 164.508(a)(1)', '45 CFR 164.502(a)', '42 CFR 2.31', '42 CFR 2.51 (emergency over)'],
      explanation:
        'A professional at another agency is not covered by any release, and there is no emergency now. They need the participant’s signed release.',
      instead: 'Ask the participant whether they want to sign a release for this provider.',
    }),
    reason({
      case: 'health plan, Part 2 record',
      when: (f) => f.recipient === 'health_plan',
      basis: ['42 CFR 2.31', '42 CFR 2.33'],
      explanation: 'Part 2 records go to a health plan, even for payment, only with the participant’s written Part 2 consent.',
      instead: 'Ask the participant whether they want to sign a Part 2 consent for payment.',
    }),
    reason({
      case: 'a vendor',
      when: (f) => f.recipient === 'vendor',
      basis: ['45 CFR 164.502(e)', '45 CFR 164.504(e)', '42 CFR 2.12(c)(4)'],
      explanation:
        'A vendor gets participant information only under a business associate agreement (and a Part 2 service agreement), or with the participant’s signed release.',
      instead: 'Ask the privacy officer whether an agreement is in place.',
    }),
    reason({
      case: 'unknown requester',
      when: (f) => f.recipient === 'unknown',
      basis: ['45 CFR 164.514(h)', '45 CFR 164.502(a)'],
      explanation: 'You do not know who is asking or by what right, so nothing can be shared.',
      instead: OBLIGATION.verifyIdentity,
    }),
    reason({
      case: 'no current danger',
      when: (f) => PROTECTIVE_PURPOSES.has(f.purpose) && f.risk === 'none',
      basis: ['45 CFR 164.512(j) (no current threat)', '45 CFR 164.502(a)'],
      explanation:
        'There is no current danger: a statement that was denied, in the past, or hypothetical is not a threat, so there is no reason to share without consent.',
      instead: 'Keep listening; if the participant describes a current plan or intent, ask again. Talk it through in supervision.',
    }),
    reason({
      case: 'an outside party without a release',
      when: (f) => NEEDS_RELEASE.has(f.recipient),
      basis: (f) => [...(f.program.part2 ? ['42 CFR 2.13(a)', '42 CFR 2.31'] : []), '45 CFR 164.508(a)(1)', '45 CFR 164.502(a)'],
      explanation: 'Nothing about a participant goes to an outside party without their signed release.',
      instead: 'Ask the participant whether they want to sign a release, or support them to share it themselves.',
    }),
    reason({
      case: 'no rule allows it',
      basis: (f) => [...(f.program.part2 ? ['42 CFR 2.13(a)', '42 CFR 2.31'] : []), '45 CFR 164.502(a)', '45 CFR 164.508(a)(1)'],
      explanation: 'No rule allows this disclosure without the participant’s signed release.',
      instead: 'Ask the participant whether they want to sign a release, or take the question to your supervisor.',
    }),
  ],
};
