import type { DecisionRequest, RecipientType } from '../consents/consent-api.ts';

/** Who might receive the information, in words (the engine's recipient types). */
export const RECIPIENT_LABELS: Readonly<Partial<Record<RecipientType, string>>> = {
  treating_provider: 'A doctor, therapist or other treating provider',
  care_team: 'The participant’s care team',
  family: 'A family member or friend',
  parent_or_guardian: 'A parent or guardian',
  employer: 'An employer',
  landlord: 'A landlord or housing provider',
  social_services: 'Social services',
  health_plan: 'A health plan or insurer',
  funder: 'A funder',
  criminal_justice: 'Court, probation or parole',
  court: 'A court',
  attorney: 'A lawyer',
  law_enforcement: 'The police',
  emergency_services: 'Emergency services (911, ambulance)',
  child_protective_services: 'Child protective services',
  adult_protective_services: 'Adult protective services',
  potential_victim: 'Someone who may be in danger',
  external_colleague: 'A colleague outside the program',
  supervisor: 'My supervisor',
  participant: 'The participant themself',
  other_organization: 'Another organization',
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

/** The outcome in plain words, and how it looks. */
export const OUTCOME_WORDS: Readonly<Record<string, { title: string; tone: 'permitted' | 'stop' | 'caution' }>> = {
  permitted_with_consent: { title: 'Yes, you may share it: the participant’s consent covers this', tone: 'permitted' },
  permitted_exception: { title: 'Yes, you may share it without consent: the law allows it here', tone: 'permitted' },
  required_report: { title: 'You must report this', tone: 'caution' },
  deidentified_only: { title: 'Only without anything that identifies the participant', tone: 'caution' },
  denied: { title: 'No, do not share this', tone: 'stop' },
  escalate: { title: 'Stop and ask your supervisor before sharing', tone: 'caution' },
};

export const MAY_RECORD = new Set(['permitted_with_consent', 'permitted_exception', 'required_report']);
