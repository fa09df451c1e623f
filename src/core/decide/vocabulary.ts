import type { DisclosureFacts, Purpose, Recipient, Risk } from './facts.ts';

/**
 * Groups of recipients and purposes that the rules talk about. Each group is named after the
 * phrase the rules document uses, so a reader can check a ground against the text.
 */

/** Workforce of the participant's own program (disclosure-rules.md G1). */
export const INSIDE_PROGRAM: ReadonlySet<Recipient> = new Set(['care_team', 'supervisor']);

/** "Medical personnel" of 42 CFR 2.51: family, police and employers are not among them. */
export const MEDICAL_PERSONNEL: ReadonlySet<Recipient> = new Set(['emergency_services', 'treating_provider']);

/**
 * People "reasonably able to prevent or lessen the threat" (45 CFR 164.512(j)(1)(i)): crisis
 * and emergency services, police, clinicians, family who can intervene, or the target.
 */
export const ABLE_TO_LESSEN_THREAT: ReadonlySet<Recipient> = new Set([
  'emergency_services',
  'treating_provider',
  'law_enforcement',
  'potential_victim',
  'family',
  'parent_or_guardian',
]);

/** Purposes that aim at preventing harm now (G2, G3). Notifying family is not prevention. */
export const PROTECTIVE_PURPOSES: ReadonlySet<Purpose> = new Set([
  'protect_participant',
  'protect_others',
  'medical_emergency',
]);

/** Authorities that receive abuse, neglect and domestic-violence reports (G4, G5). */
export const ABUSE_REPORT_AUTHORITIES: ReadonlySet<Recipient> = new Set([
  'child_protective_services',
  'adult_protective_services',
  'law_enforcement',
]);

/** Purposes under which an abuse report would be made to such an authority. */
export const ABUSE_REPORT_PURPOSES: ReadonlySet<Purpose> = new Set([
  'abuse_report',
  'protect_participant',
  'protect_others',
]);

/** Relatives and guardians (G9, G10). */
export const FAMILY: ReadonlySet<Recipient> = new Set(['family', 'parent_or_guardian']);

/**
 * Purposes that never justify sharing identifiable information on their own (G14, G15), and
 * that de-identification does not rescue either: gossip stays gossip without a name, and a reply
 * to a review or a post points at the one person who wrote it.
 */
export const NEVER_A_REASON: ReadonlySet<Purpose> = new Set([
  'casual_conversation',
  'reputation_defense',
  'social_media',
]);

/** True when the danger is serious and imminent (G2). */
export function isImminent(risk: Risk): boolean {
  return risk === 'self_imminent' || risk === 'others_imminent';
}

/** True when there is a current danger that is not (yet) imminent. */
export function isNonImminent(risk: Risk): boolean {
  return risk === 'self_non_imminent' || risk === 'others_non_imminent';
}

/** True when the danger is one the participant poses to someone else. */
export function isThreatToOthers(risk: Risk): boolean {
  return risk === 'others_imminent' || risk === 'others_non_imminent';
}

/** True when the participant is a minor (age known and under 18). */
export function isMinor(facts: DisclosureFacts): boolean {
  return facts.participant.age !== null && facts.participant.age < 18;
}

/**
 * The only details 45 CFR 164.512(f)(2)(i) lets police have to identify or locate a suspect,
 * fugitive, material witness or missing person (as short information names).
 */
const LOCATING_DETAILS = new Set([
  'identity',
  'name',
  'address',
  'date_of_birth',
  'place_of_birth',
  'ssn',
  'blood_type',
  'injury_type',
  'type_of_injury',
  'treatment_date',
  'date_of_treatment',
  'physical_description',
]);

/** True when every item requested is one of the 164.512(f)(2) locating details. */
export function onlyLocatingDetails(information: readonly string[]): boolean {
  return information.every((item) => LOCATING_DETAILS.has(normalizeInformation(item)));
}

/**
 * True when what would be shared includes the participant's admission of a past crime.
 * 45 CFR 164.512(j)(2)-(3) bars reporting admissions learned in counselling; peer support
 * treats every such confession as not disclosable (disclosure-rules.md G2).
 */
export function includesCrimeAdmission(information: readonly string[]): boolean {
  return information.some((item) => /crime|confession/.test(normalizeInformation(item)));
}

/** Lower-case, underscores: `Session Content` and `session-content` name the same thing. */
export function normalizeInformation(item: string): string {
  return item
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}
