import type { DecisionRequest } from '../../../../src/contract/disclosures.ts';
import { CATEGORY_LABELS, type Category, type Purpose, type RecipientType } from '../consents/consent-api.ts';

/**
 * "May I share this?" in words: every code the engine answers with (recipient, purpose, category,
 * ground, outcome) has words here, and `web/e2e/share-words.test.ts` checks that none is missing
 * and that no code reaches the screen. Full Records, so a new code fails the typecheck until it has words.
 */

/** Who might receive the information (every recipient type the engine knows). */
export const RECIPIENT_LABELS: Readonly<Record<RecipientType, string>> = {
  treating_provider: 'A doctor, therapist or other treating provider',
  care_team: 'The participant’s care team in this program',
  family: 'A family member or friend',
  parent_or_guardian: 'A parent or guardian',
  employer: 'An employer',
  landlord: 'A landlord or housing provider',
  social_services: 'Social services (housing, benefits, job help)',
  health_plan: 'A health plan or insurer',
  funder: 'A funder',
  criminal_justice: 'Court, probation or parole staff',
  court: 'A court',
  attorney: 'A lawyer',
  law_enforcement: 'The police',
  emergency_services: 'Emergency services (911, ambulance, mobile crisis)',
  child_protective_services: 'Child protective services',
  adult_protective_services: 'Adult protective services',
  potential_victim: 'Someone who may be in danger',
  external_colleague: 'A colleague outside the program',
  supervisor: 'My supervisor',
  participant: 'The participant themself',
  other_organization: 'Another organization',
  researcher: 'A researcher',
  vendor: 'A company that works for the program',
  training_audience: 'People at a training or talk',
  other_participants: 'Other participants',
  acquaintance: 'Someone I know socially',
  public: 'The public (news, social media, a public talk)',
  unknown: 'Someone I cannot name yet',
};

/** Why (every purpose the engine knows), as staff choose it. */
export const PURPOSE_WORDS: Readonly<Record<Purpose, string>> = {
  care_coordination: 'Coordinating care',
  treatment: 'Treatment',
  housing: 'Housing',
  employment: 'Employment',
  family_involvement: 'Involving family in recovery',
  family_inquiry: 'Answering a family member',
  notify_family_emergency: 'Telling family about an emergency',
  encourage_engagement: 'Encouraging the participant to stay in touch with the program',
  criminal_justice_monitoring: 'Court, probation or parole monitoring',
  legal_proceeding: 'A court case or legal proceeding',
  law_enforcement_inquiry: 'The police are asking',
  report_crime_on_premises: 'Reporting a crime at the program or against staff',
  payment: 'Payment',
  program_reporting: 'Reporting to a funder',
  participant_access: 'The participant’s own request for their record',
  protect_participant: 'Protecting the participant’s safety',
  protect_others: 'Protecting someone else’s safety',
  medical_emergency: 'A medical emergency',
  abuse_report: 'Reporting abuse or neglect',
  abuse_investigation: 'An investigation of abuse or neglect',
  consultation: 'Consulting a colleague',
  supervision: 'Supervision',
  research: 'Research',
  complaint_relay: 'Passing on a complaint',
  reputation_defense: 'Answering a complaint or review about the program',
  education_or_training: 'Teaching or training',
  casual_conversation: 'Casual conversation',
  social_media: 'Social media',
  fundraising: 'Fundraising',
};

/** The rule (ground) the engine decided on, by its id in disclosure-rules.md. */
export const GROUND_WORDS: Readonly<Record<string, string>> = {
  G1: 'Use inside the program: care team and supervision',
  DEID: 'Information that does not identify the participant',
  G3: 'Medical emergency',
  'G7-premises': 'Crime at the program or against its staff',
  'DUTY-TO-WARN': 'The state’s duty to warn or protect',
  G2: 'Serious and imminent threat to health or safety',
  G4: 'Reporting child abuse or neglect',
  G5: 'Reporting abuse of an older or dependent adult',
  'G5-DV': 'Domestic violence against an adult participant',
  'G2-review': 'Current risk that is not imminent: clinical review',
  G6: 'Court orders, subpoenas, warrants and laws that require a report',
  G7: 'The police asking without a warrant or court order',
  G8: 'Written consent (release of information)',
  'G4-follow-up': 'An investigator asking for records after an abuse report',
  'TPO-payment': 'Billing the participant’s health plan',
  G10: 'Parents and guardians',
  G9: 'Family and others involved in care',
  G11: 'The participant’s own access to their record',
  G13: 'Research',
  'G13-audit': 'Audit or oversight by a health plan or public payer',
  G12: 'Consultation, training, reports and stories outside the program',
  G15: 'No rule allows it',
  'fail-closed': 'No rule allows it',
};

export const RISK_LABELS: Readonly<Record<NonNullable<DecisionRequest['risk']>, string>> = {
  none: 'No risk that I know of',
  self_non_imminent: 'Risk to themself, not right now',
  self_imminent: 'Risk to themself, right now',
  others_non_imminent: 'Risk to someone else, not right now',
  others_imminent: 'Risk to someone else, right now',
};

export const ABUSE_LABELS: Readonly<Record<NonNullable<DecisionRequest['abuse']>, string>> = {
  none: 'No abuse that I know of',
  child: 'Abuse or neglect of a child',
  elder: 'Abuse of an older adult',
  dependent_adult: 'Abuse of a dependent adult',
  domestic_adult: 'Domestic violence between adults',
};

export const LEGAL_LABELS: Readonly<Record<NonNullable<DecisionRequest['legal']>, string>> = {
  none: 'No legal papers',
  subpoena: 'A subpoena',
  court_order: 'A court order signed by a judge',
  warrant: 'A warrant',
  mandated_report: 'A law that requires a report',
};

export type Tone = 'permitted' | 'stop' | 'caution';

/** The outcome in plain words, and how it looks. */
export const OUTCOME_WORDS: Readonly<Record<string, { title: string; tone: Tone }>> = {
  permitted_with_consent: { title: 'Yes, you may share it: the participant’s consent covers this', tone: 'permitted' },
  permitted_exception: { title: 'Yes, you may share it without consent: the law allows it here', tone: 'permitted' },
  required_report: { title: 'You must report this', tone: 'caution' },
  deidentified_only: { title: 'Only without anything that identifies the participant', tone: 'caution' },
  denied: { title: 'No, do not share this', tone: 'stop' },
  escalate: { title: 'Stop and ask your supervisor before sharing', tone: 'caution' },
};

/** What allowed a disclosure that was made, for the packet. */
export function allowedByWords(outcome: string, overridden: boolean): string {
  if (overridden) return 'A supervisor’s recorded decision, after PeerKeep advised against sharing';
  if (outcome === 'permitted_with_consent') return 'The participant’s signed consent';
  if (outcome === 'required_report') return 'A law that requires this report';
  return 'An exception in the law that allows it without consent';
}

/** Outcomes the decision itself allows acting on; denied and escalated need a supervisor's override. */
export const MAY_RECORD: ReadonlySet<string> = new Set(['permitted_with_consent', 'permitted_exception', 'required_report']);
export const NEEDS_OVERRIDE: ReadonlySet<string> = new Set(['denied', 'escalate']);

/** A code, or the same code with spaces (as older rows have it), as the key of a map. */
const codeOf = (s: string) => s.trim().toLowerCase().replace(/[\s-]+/g, '_');
/** Words for a code; text that is already words (a name, a server sentence) is left as it is. */
const wordsFor = (map: Readonly<Record<string, string>>, s: string) => map[s] ?? map[codeOf(s)] ?? s;

export const recipientLabel = (r: string) => wordsFor(RECIPIENT_LABELS, r);
export const purposeWords = (p: string) => wordsFor(PURPOSE_WORDS, p);
export const categoryWords = (c: string) => wordsFor(CATEGORY_LABELS, c);
/** For a list or table cell: each item as its label (words the server sent keep their text, capitalized). */
export const categoriesWords = (cs: readonly string[]) => cs.map((c) => categoryWords(c).replace(/^./, (f) => f.toUpperCase())).join(', ');
/** The same inside a sentence: "sharing attendance, recovery plan with …". */
export const categoriesInSentence = (cs: readonly string[]) => cs.map((c) => categoryWords(c).replace(/^\p{Lu}(?!\p{Lu})/u, (f) => f.toLowerCase())).join(', ');
export const groundWords = (id: string) => GROUND_WORDS[id] ?? 'A rule of the program’s policy';
export function outcomeWords(outcome: string): { title: string; tone: Tone } {
  return OUTCOME_WORDS[outcome] ?? { title: 'Ask your supervisor before sharing', tone: 'caution' };
}

/** The category list in the order staff pick from. */
export const CATEGORY_CHOICES = Object.keys(CATEGORY_LABELS) as Category[];
export const PURPOSE_CHOICES = Object.keys(PURPOSE_WORDS) as Purpose[];
export const RECIPIENT_CHOICES = Object.keys(RECIPIENT_LABELS) as RecipientType[];
