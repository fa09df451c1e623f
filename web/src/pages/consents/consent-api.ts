import type { Static } from 'typebox';
import type { ConsentCategory, ConsentInput, ConsentView, DisclosurePurpose, PolicyProfileView, RevokeConsent } from '../../../../src/contract/consents.ts';
import type { AccountingReport, DecisionRequest, DecisionView, DisclosureInput, DisclosureView } from '../../../../src/contract/disclosures.ts';
import { request } from '../../api/client.ts';

/** Consents, "may I share this?" and the accounting of disclosures: the calls and their shapes, from the shared contract. */
export type Category = Static<typeof ConsentCategory>;
export type Purpose = Static<typeof DisclosurePurpose>;
export type RecipientType = DecisionRequest['recipientType'];
export type { AccountingReport, ConsentInput, ConsentView, DecisionRequest, DecisionView, DisclosureView, PolicyProfileView };

const p = (id: string) => encodeURIComponent(id);

export const consentApi = {
  policyProfile: () => request<PolicyProfileView>('GET', '/api/policy-profile'),
  consents: (participantId: string) => request<ConsentView[]>('GET', `/api/participants/${p(participantId)}/consents`),
  createConsent: (participantId: string, input: ConsentInput) => request<ConsentView>('POST', `/api/participants/${p(participantId)}/consents`, input),
  revoke: (consentId: string, input: RevokeConsent) => request<ConsentView>('POST', `/api/consents/${p(consentId)}/revoke`, input),
  decide: (participantId: string, input: DecisionRequest) => request<DecisionView>('POST', `/api/participants/${p(participantId)}/disclosure-decisions`, input),
  disclose: (decisionId: string, input: DisclosureInput) => request<DisclosureView>('POST', `/api/disclosure-decisions/${p(decisionId)}/disclosure`, input),
  accounting: (participantId: string) => request<AccountingReport>('GET', `/api/participants/${p(participantId)}/accounting`),
};

export const consentPdfPath = (consentId: string) => `/api/consents/${p(consentId)}/pdf`;
export const accountingPdfPath = (participantId: string) => `/api/participants/${p(participantId)}/accounting/pdf`;

/** The controlled list of categories, in words. */
export const CATEGORY_LABELS: Readonly<Record<Category, string>> = {
  identity: 'Name and identity',
  demographics: 'Age and demographics',
  contact_details: 'Contact details',
  attendance: 'Attendance',
  program_participation: 'Taking part in the program',
  progress: 'Progress',
  recovery_plan: 'Recovery plan',
  session_content: 'What was said in sessions',
  substance_use: 'Substance use',
  mental_health: 'Mental health',
  diagnosis: 'Diagnosis',
  medications: 'Medications',
  risk: 'Risk and safety',
  housing: 'Housing',
  employment: 'Employment',
  legal_status: 'Legal status',
  sud_counseling_notes: 'Substance use counselling notes (own consent only)',
  psychotherapy_notes: 'Psychotherapy notes (own consent only)',
  full_record: 'The whole record',
};
export const CATEGORIES = Object.keys(CATEGORY_LABELS) as Category[];

/** The purposes staff choose from most often, in words. */
export const PURPOSE_LABELS: Readonly<Partial<Record<Purpose, string>>> = {
  care_coordination: 'Coordinating care',
  treatment: 'Treatment',
  housing: 'Housing',
  employment: 'Employment',
  family_involvement: 'Involving family in recovery',
  family_inquiry: 'Answering a family member',
  criminal_justice_monitoring: 'Court or probation monitoring',
  legal_proceeding: 'A court case or legal proceeding',
  payment: 'Payment',
  program_reporting: 'Reporting to a funder',
  participant_access: 'The participant’s own request for their record',
  protect_participant: 'Protecting the participant’s safety',
  protect_others: 'Protecting someone else’s safety',
  medical_emergency: 'A medical emergency',
  abuse_report: 'Reporting abuse',
  consultation: 'Consulting a colleague',
  supervision: 'Supervision',
  research: 'Research',
};
export const PURPOSES = Object.keys(PURPOSE_LABELS) as Purpose[];
export const purposeLabel = (p: string) => PURPOSE_LABELS[p as Purpose] ?? p.replace(/_/g, ' ');
export const categoryLabel = (c: string) => CATEGORY_LABELS[c as Category] ?? c.replace(/_/g, ' ');

/** Consent status in words; an active consent ending within 30 days is "expiring soon". */
export function consentStatus(c: ConsentView, today = new Date()): { label: string; tone: 'ok' | 'warn' | 'danger' | 'muted' } {
  if (c.status === 'revoked') return { label: 'Revoked', tone: 'danger' };
  if (c.status === 'expired') return { label: 'Expired', tone: 'muted' };
  if (c.status === 'revocation_on_hold') return { label: 'Revocation waits for its event', tone: 'warn' };
  if (c.expiry.on) {
    const days = Math.ceil((Date.parse(`${c.expiry.on}T23:59:59Z`) - today.getTime()) / 86_400_000);
    if (days <= 30) return { label: `Expiring soon (${days} ${days === 1 ? 'day' : 'days'} left)`, tone: 'warn' };
  }
  return { label: 'Active', tone: 'ok' };
}

export function recipientWords(r: ConsentView['recipient']): string {
  return [r.person?.name, r.organization?.name].filter(Boolean).join(', ') || 'No recipient named';
}

export const todayIso = () => new Date().toISOString().slice(0, 10);
