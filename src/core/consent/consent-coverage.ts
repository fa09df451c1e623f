import type { ConsentFacts, Purpose } from '../decide/facts.ts';
import { categoriesWords } from '../decide/words.ts';
import { type ConsentCategory, SEPARATE_CONSENT_CATEGORIES } from './categories.ts';
import { type ConsentRegime, missingConsentElements } from './consent-elements.ts';
import type { ReleaseOfInformation, ReleaseRecipient } from './release-of-information.ts';

/** A proposed disclosure, as the consent check needs it. */
export interface DisclosureRequest {
  /** The person and/or organization that would receive it. */
  readonly recipient: { readonly person?: string; readonly organization?: string };
  readonly categories: readonly ConsentCategory[];
  readonly purpose: Purpose;
  /** When the disclosure would be made. */
  readonly at: Date;
}

/** Why a consent does not cover a request, finer than the facts schema's `defect`. */
export type CoverageProblem =
  | 'none_on_file'
  | 'oral_only'
  | 'not_yet_signed'
  | 'revoked'
  | 'revocation_requested_irrevocable'
  | 'oral_revocation_in_part'
  | 'revoked_in_part'
  | 'expired'
  | 'incomplete'
  | 'not_part2_compliant'
  | 'recipient_mismatch'
  | 'category_not_covered'
  | 'purpose_not_covered';

/** The facts' `consent` object for the decision engine, plus the reason in plain words. */
export interface ConsentCoverage {
  readonly consent: ConsentFacts;
  /** Null when the consent covers the request. */
  readonly problem: CoverageProblem | null;
  readonly reason: string;
}

const day = (at: Date): string => at.toISOString().slice(0, 10);
const normalName = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
const sameName = (a: string | undefined, b: string | undefined): boolean => !!a && !!b && normalName(a) === normalName(b);

function result(status: ConsentFacts['status'], defect: ConsentFacts['defect'], problem: CoverageProblem | null, reason: string): ConsentCoverage {
  return { consent: { status, defect }, problem, reason };
}

/**
 * A consent naming a person covers that person (at the named organization, when one is named
 * too); a consent naming only an organization covers that organization. Nothing else, however
 * close (G8.1 step 6).
 */
export function recipientMatches(named: ReleaseRecipient, asked: DisclosureRequest['recipient']): boolean {
  if (named.person) {
    if (!sameName(named.person.name, asked.person)) return false;
    return !named.organization || !asked.organization || sameName(named.organization.name, asked.organization);
  }
  return sameName(named.organization?.name, asked.organization);
}

/**
 * The categories of the request the consent does not cover. "Full record" covers the others
 * for HIPAA, but never notes that need their own consent, and never under Part 2, where each
 * kind of information must be named (42 CFR 2.31(a)(3)).
 */
function uncoveredCategories(roi: ReleaseOfInformation, asked: readonly ConsentCategory[], part2: boolean): ConsentCategory[] {
  const wholeRecord = !part2 && roi.categories.includes('full_record');
  return asked.filter((c) => !(roi.categories.includes(c) || (wholeRecord && !SEPARATE_CONSENT_CATEGORIES.has(c))));
}

/** Whether a recorded revocation applies to a disclosure at `at`, and how. */
function revocationEffect(roi: ReleaseOfInformation, request: DisclosureRequest): ConsentCoverage | null {
  const revocation = roi.revocation;
  if (!revocation || revocation.at.getTime() > request.at.getTime()) return null; // relied on before it
  const cj = roi.criminalJustice;
  const eventAt = cj?.irrevocableUntil.occurredAt;
  if (cj && (!eventAt || eventAt.getTime() > request.at.getTime())) {
    return result(
      'valid',
      'revocation_requested_irrevocable',
      'revocation_requested_irrevocable',
      'The participant asked to revoke a criminal-justice consent that cannot be revoked until its stated event; a supervisor must review it with them.',
    );
  }
  if (revocation.categories && revocation.categories.length > 0) {
    const withdrawn = request.categories.filter((c) => revocation.categories?.includes(c));
    if (withdrawn.length === 0) return null;
    return revocation.form === 'oral'
      ? result('valid', 'oral_revocation_in_part', 'oral_revocation_in_part', `The participant said out loud that they withdraw consent for: ${categoriesWords(withdrawn)}. Honour it now and help them put it in writing.`)
      : result('valid', 'information_not_covered', 'revoked_in_part', `The participant withdrew consent in writing for: ${categoriesWords(withdrawn)}.`);
  }
  return result(
    'revoked',
    null,
    'revoked',
    revocation.form === 'oral'
      ? 'The participant revoked this consent out loud; it covers nothing from then on. Help them put it in writing.'
      : 'The participant revoked this consent in writing; it covers nothing from then on.',
  );
}

// Reasons name categories, dates and elements, never free text from the form, so they are
// safe to show and to log.

/**
 * Whether a consent on file covers a proposed disclosure, as the facts' `consent` object
 * ({status, defect}) plus a plain reason. Checks, in order: on file, signed, revoked, expired,
 * complete (all Part 2 elements), recipient, categories, purpose (G8.1).
 */
export function consentCoverage(roi: ReleaseOfInformation | null, request: DisclosureRequest, regime: ConsentRegime): ConsentCoverage {
  if (!roi) return result('none', null, 'none_on_file', 'There is no consent on file for this.');
  if (!roi.signature) {
    return roi.oralAgreement
      ? result('oral_only', null, 'oral_only', 'The participant agreed out loud only; a written, signed consent is needed.')
      : result('none', null, 'none_on_file', 'The consent was never signed.');
  }
  if (roi.signature.signedOn > day(request.at)) return result('none', null, 'not_yet_signed', 'The consent was signed after the date of this disclosure.');
  const revoked = revocationEffect(roi, request);
  if (revoked) return revoked;
  const expiry = roi.expiry;
  if (expiry?.kind === 'date' && day(request.at) > expiry.on) return result('expired', null, 'expired', `The consent expired on ${expiry.on}.`);
  if (expiry?.kind === 'event' && expiry.occurredAt && expiry.occurredAt.getTime() <= request.at.getTime()) {
    return result('expired', null, 'expired', 'The event that ends the consent has happened.');
  }
  const missing = missingConsentElements(roi, regime);
  if (missing.length > 0) {
    const what = missing.map((m) => m.element.replace(/_/g, ' ')).join(', ');
    return regime.part2
      ? result('valid', 'not_part2_compliant', 'not_part2_compliant', `The form lacks Part 2 required elements (${what}), so it is not a valid Part 2 consent.`)
      : result('none', null, 'incomplete', `The form lacks required elements (${what}), so it is not a valid authorization.`);
  }
  if (!recipientMatches(roi.recipient, request.recipient)) {
    return result('valid', 'recipient_mismatch', 'recipient_mismatch', 'The consent names a different recipient.');
  }
  const uncovered = uncoveredCategories(roi, request.categories, regime.part2);
  if (uncovered.length > 0) {
    return result('valid', 'information_not_covered', 'category_not_covered', `The consent does not cover: ${categoriesWords(uncovered)}.`);
  }
  if (!roi.purposes.includes(request.purpose)) {
    // The schema has no purpose defect: a purpose outside the consent is outside its scope.
    return result('valid', 'information_not_covered', 'purpose_not_covered', 'The consent does not cover this purpose.');
  }
  return result('valid', null, null, 'The signed consent is in date, not revoked, and covers this recipient, information and purpose.');
}
