/**
 * The facts of one proposed disclosure, mirroring ../shared/spec/disclosure-facts.schema.json.
 * The value lists are `as const` arrays so the validator, the types and the rules share one source.
 */

/** Who would receive the information (schema `recipient`). */
export const RECIPIENTS = [
  'emergency_services',
  'treating_provider',
  'care_team',
  'supervisor',
  'external_colleague',
  'family',
  'parent_or_guardian',
  'participant',
  'potential_victim',
  'law_enforcement',
  'court',
  'attorney',
  'criminal_justice',
  'child_protective_services',
  'adult_protective_services',
  'health_plan',
  'funder',
  'employer',
  'landlord',
  'social_services',
  'other_organization',
  'public',
  'acquaintance',
  'vendor',
  'training_audience',
  'other_participants',
  'researcher',
  'unknown',
] as const;
export type Recipient = (typeof RECIPIENTS)[number];

/** Why the information would be shared (schema `purpose`). */
export const PURPOSES = [
  'protect_participant',
  'protect_others',
  'medical_emergency',
  'abuse_report',
  'abuse_investigation',
  'treatment',
  'care_coordination',
  'housing',
  'employment',
  'notify_family_emergency',
  'family_inquiry',
  'family_involvement',
  'encourage_engagement',
  'legal_proceeding',
  'criminal_justice_monitoring',
  'law_enforcement_inquiry',
  'report_crime_on_premises',
  'participant_access',
  'consultation',
  'supervision',
  'payment',
  'program_reporting',
  'research',
  'complaint_relay',
  'reputation_defense',
  'education_or_training',
  'casual_conversation',
  'social_media',
  'fundraising',
] as const;
export type Purpose = (typeof PURPOSES)[number];

/** The state of the participant's written consent for this recipient (schema `consent.status`). */
export const CONSENT_STATUSES = ['none', 'valid', 'expired', 'revoked', 'oral_only'] as const;
export type ConsentStatus = (typeof CONSENT_STATUSES)[number];

/** Why a consent on file does not cover this disclosure (schema `consent.defect`, null = no defect). */
export const CONSENT_DEFECTS = [
  'recipient_mismatch',
  'information_not_covered',
  'not_part2_compliant',
  'oral_revocation_in_part',
  'revocation_requested_irrevocable',
] as const;
export type ConsentDefect = (typeof CONSENT_DEFECTS)[number];

/** Current danger (schema `risk`). Negated, past or hypothetical statements arrive as `none`. */
export const RISKS = ['none', 'self_non_imminent', 'self_imminent', 'others_non_imminent', 'others_imminent'] as const;
export type Risk = (typeof RISKS)[number];

/** Current abuse the facts reveal, and of whom (schema `abuse`). */
export const ABUSE_KINDS = ['none', 'child', 'elder', 'dependent_adult', 'domestic_adult'] as const;
export type AbuseKind = (typeof ABUSE_KINDS)[number];

/** Legal process in hand, or a statute requiring a report (schema `legal`). */
export const LEGAL_PROCESSES = ['none', 'subpoena', 'court_order', 'warrant', 'mandated_report'] as const;
export type LegalProcess = (typeof LEGAL_PROCESSES)[number];

/** The state's duty-to-warn/protect law type (schema `program.duty_to_warn`). */
export const DUTY_TO_WARN_TYPES = ['mandatory', 'permissive', 'none'] as const;
export type DutyToWarn = (typeof DUTY_TO_WARN_TYPES)[number];

/** The program and jurisdiction part of the facts; see `programFactsFromProfile`. */
export interface ProgramFacts {
  /** The information comes from a program covered by 42 CFR Part 2. */
  readonly part2: boolean;
  /** Two-letter US state code, or null when no state rule is in play. */
  readonly state?: string | null;
  readonly duty_to_warn?: DutyToWarn | null;
  /** The peer is a mandated reporter of abuse (statute, employer policy or certification code). */
  readonly peer_mandated_reporter?: boolean;
  /** A licensed clinician of the program directly heard the threat. */
  readonly licensed_clinician_witnessed?: boolean;
}

/** What is known about the participant at the moment of the decision. */
export interface ParticipantFacts {
  readonly age: number | null;
  /** Present, has capacity and agrees out loud to this sharing. */
  readonly present_and_agrees?: boolean;
  /** Unconscious, hospitalized in an emergency, or otherwise unable to agree or object now. */
  readonly incapacitated?: boolean;
}

/** The consent (Release of Information) on file, as it bears on this recipient. */
export interface ConsentFacts {
  readonly status: ConsentStatus;
  readonly defect?: ConsentDefect | null;
}

/** The whole input of the decision engine (`DisclosureFacts` in the schema). */
export interface DisclosureFacts {
  readonly program: ProgramFacts;
  readonly participant: ParticipantFacts;
  readonly recipient: Recipient;
  readonly purpose: Purpose;
  /** Short category names of what would be shared (identity, attendance, session_content, ...). */
  readonly information: readonly string[];
  readonly consent: ConsentFacts;
  readonly risk: Risk;
  readonly abuse: AbuseKind;
  readonly legal: LegalProcess;
  /** False when what would be shared already meets the HIPAA Safe Harbor standard. */
  readonly identifiable: boolean;
}
