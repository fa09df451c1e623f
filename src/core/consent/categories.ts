import { normalizeInformation } from '../decide/vocabulary.ts';

/**
 * The controlled list of information categories a Release of Information can name. The names
 * follow the `information` values of disclosure-facts.schema.json where they exist (identity,
 * attendance, session_content, diagnosis, full_record...), so a request maps onto a consent.
 * SUD counselling notes and psychotherapy notes are their own categories because they need their
 * own consent (42 CFR 2.31(b); 45 CFR 164.508(a)(2)).
 */
export const CONSENT_CATEGORIES = [
  'identity',
  'demographics',
  'contact_details',
  'attendance',
  'program_participation',
  'progress',
  'recovery_plan',
  'session_content',
  'substance_use',
  'mental_health',
  'diagnosis',
  'medications',
  'risk',
  'housing',
  'employment',
  'legal_status',
  'sud_counseling_notes',
  'psychotherapy_notes',
  'full_record',
] as const;
export type ConsentCategory = (typeof CONSENT_CATEGORIES)[number];

/** Categories that a consent must name on their own, never folded into another consent. */
export const SEPARATE_CONSENT_CATEGORIES: ReadonlySet<ConsentCategory> = new Set(['sud_counseling_notes', 'psychotherapy_notes']);

/** Common information names (as used in DisclosureFacts) and the category that covers each. */
const INFORMATION_CATEGORY: Readonly<Record<string, ConsentCategory>> = {
  name: 'identity',
  photo: 'identity',
  date_of_birth: 'demographics',
  age: 'demographics',
  address: 'contact_details',
  phone: 'contact_details',
  email: 'contact_details',
  location: 'contact_details',
  attendance_dates: 'attendance',
  patient_status: 'program_participation',
  presence_at_facility: 'program_participation',
  participation_summary: 'program_participation',
  expected_return_date: 'program_participation',
  recovery_status: 'progress',
  recovery_goals: 'recovery_plan',
  session_notes: 'session_content',
  participant_messages: 'session_content',
  substance_use_history: 'substance_use',
  substance_use_status: 'substance_use',
  substances_used: 'substance_use',
  relapse_status: 'substance_use',
  drug_screens: 'substance_use',
  mental_health_status: 'mental_health',
  mental_health_history: 'mental_health',
  hospitalization: 'mental_health',
  risk_statement: 'risk',
  threat_statement: 'risk',
  treatment_records: 'full_record',
};

/**
 * The consent category that covers an information name, or null when it is not known: an
 * unknown name is covered by no consent (fail closed), so staff must pick a category.
 */
export function categoryOfInformation(information: string): ConsentCategory | null {
  const name = normalizeInformation(information);
  if ((CONSENT_CATEGORIES as readonly string[]).includes(name)) return name as ConsentCategory;
  return INFORMATION_CATEGORY[name] ?? null;
}
