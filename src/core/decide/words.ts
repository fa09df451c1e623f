import type { ConsentCategory } from '../consent/categories.ts';
import type { Purpose, Recipient } from './facts.ts';

/**
 * The engine's codes in plain words, for every sentence PeerKeep composes for people: the packet,
 * what to tell the participant, the accounting of disclosures, consent findings. Codes stay codes
 * in storage and the API's enum fields; they never reach a sentence (style.md: clear words).
 * Each map is a full Record, so a new code does not compile until it has words.
 */

/** What was shared, lower case, to sit inside a sentence ("we shared attendance, recovery plan"). */
export const CATEGORY_WORDS: Readonly<Record<ConsentCategory, string>> = {
  identity: 'name and identity',
  demographics: 'age and demographics',
  contact_details: 'contact details',
  attendance: 'attendance',
  program_participation: 'taking part in the program',
  progress: 'progress',
  recovery_plan: 'recovery plan',
  session_content: 'what was said in sessions',
  substance_use: 'substance use',
  mental_health: 'mental health',
  diagnosis: 'diagnosis',
  medications: 'medications',
  risk: 'risk and safety',
  housing: 'housing',
  employment: 'employment',
  legal_status: 'legal status',
  sud_counseling_notes: 'substance use counselling notes',
  psychotherapy_notes: 'psychotherapy notes',
  full_record: 'the whole record',
};

/** Why, as a staff member reads it (a heading or table cell: "Coordinating care"). */
export const PURPOSE_WORDS: Readonly<Record<Purpose, string>> = {
  protect_participant: 'Protecting the participant’s safety',
  protect_others: 'Protecting someone else’s safety',
  medical_emergency: 'A medical emergency',
  abuse_report: 'Reporting abuse or neglect',
  abuse_investigation: 'An investigation of abuse or neglect',
  treatment: 'Treatment',
  care_coordination: 'Coordinating care',
  housing: 'Housing',
  employment: 'Employment',
  notify_family_emergency: 'Telling family about an emergency',
  family_inquiry: 'Answering a family member',
  family_involvement: 'Involving family in recovery',
  encourage_engagement: 'Encouraging the participant to stay in touch with the program',
  legal_proceeding: 'A court case or legal proceeding',
  criminal_justice_monitoring: 'Court, probation or parole monitoring',
  law_enforcement_inquiry: 'The police asking',
  report_crime_on_premises: 'Reporting a crime at the program or against staff',
  participant_access: 'The participant’s own request for their record',
  consultation: 'Consulting a colleague',
  supervision: 'Supervision',
  payment: 'Payment',
  program_reporting: 'Reporting to a funder',
  research: 'Research',
  complaint_relay: 'Passing on a complaint',
  reputation_defense: 'Answering a complaint or review about the program',
  education_or_training: 'Teaching or training',
  casual_conversation: 'Casual conversation',
  social_media: 'Social media',
  fundraising: 'Fundraising',
};

/** Why, as the participant is told it ("…with Harbor Clinic, to coordinate your care"). */
export const PURPOSE_FOR_PARTICIPANT: Readonly<Record<Purpose, string>> = {
  protect_participant: 'to keep you safe',
  protect_others: 'to keep someone else safe',
  medical_emergency: 'because of a medical emergency',
  abuse_report: 'to report abuse or neglect',
  abuse_investigation: 'for an investigation of abuse or neglect',
  treatment: 'for your treatment',
  care_coordination: 'to coordinate your care',
  housing: 'to help with your housing',
  employment: 'to help with your work',
  notify_family_emergency: 'to tell your family about an emergency',
  family_inquiry: 'to answer a family member’s question',
  family_involvement: 'to involve your family in your recovery',
  encourage_engagement: 'to help you stay in touch with the program',
  legal_proceeding: 'for a court case',
  criminal_justice_monitoring: 'for court, probation or parole monitoring',
  law_enforcement_inquiry: 'because the police asked',
  report_crime_on_premises: 'to report a crime at the program',
  participant_access: 'because you asked for your record',
  consultation: 'to ask a colleague’s advice',
  supervision: 'for supervision',
  payment: 'for payment',
  program_reporting: 'for a report to a funder',
  research: 'for research',
  complaint_relay: 'to pass on a complaint',
  reputation_defense: 'to answer a complaint or review',
  education_or_training: 'for teaching or training',
  casual_conversation: 'in conversation',
  social_media: 'on social media',
  fundraising: 'for fundraising',
};

/** Who, lower case with its article, for a sentence ("we shared … with a treating provider"). */
export const RECIPIENT_WORDS: Readonly<Record<Recipient, string>> = {
  emergency_services: 'emergency services',
  treating_provider: 'a treating provider',
  care_team: 'the care team',
  supervisor: 'a supervisor',
  external_colleague: 'a colleague outside the program',
  family: 'a family member or friend',
  parent_or_guardian: 'a parent or guardian',
  participant: 'the participant',
  potential_victim: 'someone who may be in danger',
  law_enforcement: 'the police',
  court: 'a court',
  attorney: 'a lawyer',
  criminal_justice: 'court, probation or parole staff',
  child_protective_services: 'child protective services',
  adult_protective_services: 'adult protective services',
  health_plan: 'a health plan or insurer',
  funder: 'a funder',
  employer: 'an employer',
  landlord: 'a landlord or housing provider',
  social_services: 'social services',
  other_organization: 'another organization',
  public: 'the public',
  acquaintance: 'someone the staff member knows socially',
  vendor: 'a vendor',
  training_audience: 'a training audience',
  other_participants: 'other participants',
  researcher: 'a researcher',
  unknown: 'someone not named',
};

/** A code or a name already in words: the words when it is a known code, else as given. */
const lookup = (map: Readonly<Record<string, string>>, code: string): string => map[code] ?? map[code.trim().toLowerCase().replace(/[\s-]+/g, '_')] ?? code;

export const categoryWords = (c: string): string => lookup(CATEGORY_WORDS, c);
export const purposeWords = (p: string): string => lookup(PURPOSE_WORDS, p);
export const recipientWords = (r: string): string => lookup(RECIPIENT_WORDS, r);

/** What was shared, as a list in words. Commas only: the words themselves hold "and". */
export const categoriesWords = (cs: readonly string[]): string => cs.map(categoryWords).join(', ');

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "23 November 2026" (UTC): a date a participant reads without guessing the order. */
export function dateWords(at: Date): string {
  return `${at.getUTCDate()} ${MONTHS[at.getUTCMonth()]} ${at.getUTCFullYear()}`;
}

/** An ISO day ("2026-11-23") as words. */
export const isoDayWords = (day: string): string => dateWords(new Date(`${day}T00:00:00Z`));
