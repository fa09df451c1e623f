import { SEPARATE_CONSENT_CATEGORIES } from './categories.ts';
import type { ReleaseOfInformation } from './release-of-information.ts';

/** The elements a consent form can lack (disclosure-rules.md §2). */
export type ConsentElement =
  | 'participant_name'
  | 'discloser'
  | 'information'
  | 'specific_information'
  | 'recipient'
  | 'purpose'
  | 'expiry'
  | 'signature'
  | 'representative_authority'
  | 'right_to_revoke_statement'
  | 'conditioning_statement'
  | 'redisclosure_statement'
  | 'separate_notes_consent'
  | 'separate_proceedings_consent'
  | 'irrevocability_event';

/** One missing element: which, the rule, and a plain message staff can act on. */
export interface MissingElement {
  readonly element: ConsentElement;
  readonly citation: string;
  readonly message: string;
}

/** Options: whether the information comes from a Part 2 program. */
export interface ConsentRegime {
  readonly part2: boolean;
}

interface ElementCheck {
  readonly element: ConsentElement;
  /** Checked for Part 2 consents only. */
  readonly part2Only?: boolean;
  readonly citation: (regime: ConsentRegime) => string;
  readonly missing: (roi: ReleaseOfInformation) => boolean;
  readonly message: string;
}

const blank = (s: string | undefined | null): boolean => !s || s.trim() === '';

/** The checklist, in the order the form reads (§2 rows 1-12). */
const CHECKS: readonly ElementCheck[] = [
  {
    element: 'participant_name',
    citation: (r) => (r.part2 ? '42 CFR 2.31(a)(1)' : '45 CFR 164.508(c)(1)'),
    missing: (roi) => blank(roi.participantName),
    message: 'Write the participant’s name: the consent must say whose information it is.',
  },
  {
    element: 'discloser',
    citation: (r) => (r.part2 ? '42 CFR 2.31(a)(2)' : '45 CFR 164.508(c)(1)(ii)'),
    missing: (roi) => blank(roi.discloser),
    message: 'Name who may share the information (this program).',
  },
  {
    element: 'information',
    citation: (r) => (r.part2 ? '42 CFR 2.31(a)(3)' : '45 CFR 164.508(c)(1)(i)'),
    missing: (roi) => roi.categories.length === 0,
    message: 'Tick at least one kind of information that may be shared.',
  },
  {
    element: 'specific_information',
    part2Only: true,
    citation: () => '42 CFR 2.31(a)(3)',
    missing: (roi) => roi.categories.length > 0 && roi.categories.every((c) => c === 'full_record'),
    message: 'A Part 2 consent must say specifically what may be shared (for example attendance, substance use); "the whole record" is not enough.',
  },
  {
    element: 'recipient',
    citation: (r) => (r.part2 ? '42 CFR 2.31(a)(4)' : '45 CFR 164.508(c)(1)(iii)'),
    missing: (roi) => blank(roi.recipient.person?.name) && blank(roi.recipient.organization?.name),
    message: 'Name who will receive the information: a person, an organization, or both.',
  },
  {
    element: 'purpose',
    citation: (r) => (r.part2 ? '42 CFR 2.31(a)(5)' : '45 CFR 164.508(c)(1)(iv)'),
    missing: (roi) => roi.purposes.length === 0 || blank(roi.purposeDescription),
    message: 'Say why the information will be shared ("at my request" is enough when the participant asks).',
  },
  {
    element: 'expiry',
    citation: (r) => (r.part2 ? '42 CFR 2.31(a)(7)' : '45 CFR 164.508(c)(1)(v)'),
    missing: (roi) => roi.expiry === null || (roi.expiry.kind === 'event' && blank(roi.expiry.event)),
    message: 'Give an end date or an event when the consent ends.',
  },
  {
    element: 'signature',
    citation: (r) => (r.part2 ? '42 CFR 2.31(a)(8)-(9)' : '45 CFR 164.508(c)(1)(vi)'),
    missing: (roi) => roi.signature === null || blank(roi.signature.mark) || blank(roi.signature.signedOn),
    message: 'The participant (or their representative) must sign and date the consent; saying yes out loud is not enough.',
  },
  {
    element: 'representative_authority',
    citation: (r) => (r.part2 ? '42 CFR 2.31(a)(8); 2.14; 2.15' : '45 CFR 164.508(c)(1)(vi)'),
    missing: (roi) => roi.signature?.signer === 'representative' && blank(roi.signature.representativeAuthority),
    message: 'When a representative signs, write their authority (guardian, health care agent, parent of a minor...).',
  },
  {
    element: 'right_to_revoke_statement',
    citation: (r) => (r.part2 ? '42 CFR 2.31(a)(6)' : '45 CFR 164.508(c)(2)(i)'),
    missing: (roi) => !roi.statements.rightToRevoke,
    message: 'The form must tell the participant they can take back the consent, and how.',
  },
  {
    element: 'conditioning_statement',
    citation: (r) => (r.part2 ? '42 CFR 2.31(a)(10)' : '45 CFR 164.508(c)(2)(ii)'),
    missing: (roi) => !roi.statements.conditioning,
    message: 'The form must say that services do not depend on signing (or what happens if they refuse, where that is allowed).',
  },
  {
    element: 'redisclosure_statement',
    citation: (r) => (r.part2 ? '42 CFR 2.31(a)(10); 2.32' : '45 CFR 164.508(c)(2)(iii)'),
    missing: (roi) => !roi.statements.redisclosure,
    message: 'The form must explain that the recipient might share the information further.',
  },
  {
    element: 'separate_notes_consent',
    citation: (r) => (r.part2 ? '42 CFR 2.31(b)' : '45 CFR 164.508(a)(2); 164.508(b)(3)(ii)'),
    missing: (roi) =>
      roi.categories.some((c) => SEPARATE_CONSENT_CATEGORIES.has(c)) && roi.categories.some((c) => !SEPARATE_CONSENT_CATEGORIES.has(c)),
    message: 'Counselling notes and psychotherapy notes need their own consent form, not combined with other information.',
  },
  {
    element: 'separate_proceedings_consent',
    part2Only: true,
    citation: () => '42 CFR 2.31(d)',
    missing: (roi) => roi.purposes.includes('legal_proceeding') && roi.purposes.some((p) => p !== 'legal_proceeding'),
    message: 'Consent to use records in a court or other proceeding must be a separate form, not combined with other purposes.',
  },
  {
    element: 'irrevocability_event',
    citation: () => '42 CFR 2.35',
    missing: (roi) => roi.criminalJustice !== undefined && blank(roi.criminalJustice.irrevocableUntil.event),
    message: 'A criminal-justice consent must state the event (or date) until which it cannot be revoked.',
  },
];

/**
 * Lists every required element a consent lacks, with a plain message for each, so the app can
 * refuse an incomplete consent and say what to fix. An empty list means the form is complete.
 */
export function missingConsentElements(roi: ReleaseOfInformation, regime: ConsentRegime): readonly MissingElement[] {
  return CHECKS.filter((check) => (regime.part2 || !check.part2Only) && check.missing(roi)).map((check) => ({
    element: check.element,
    citation: check.citation(regime),
    message: check.message,
  }));
}
