/**
 * The one access decision of PeerKeep. Every use case asks `decideAccess` before it touches a
 * participant or an organization-wide function; the server has one place that calls it
 * (server/access/enforce.ts). Default deny: an action with no rule below is refused.
 */

export type Role = 'peer_specialist' | 'supervisor' | 'privacy_officer' | 'admin';
export const ROLES: readonly Role[] = ['peer_specialist', 'supervisor', 'privacy_officer', 'admin'];

/** How the actor stands to one participant, worked out from caseloads, teams and grants. */
export type Relation =
  | 'own_caseload' // assigned to the actor
  | 'team' // assigned to someone in the actor's team (or to the team with no one yet)
  | 'break_glass' // an unexpired emergency grant the actor opened with a reason
  | 'none';

/** Actions on one participant's record. */
export type ParticipantAction =
  | 'participant.read_identity'
  | 'participant.read_record'
  | 'participant.update'
  | 'participant.assign'
  // Who holds the caseload today, read by those who may change it (before they change it).
  | 'participant.caseload_read'
  | 'participant.erase'
  | 'participant.access_report'
  | 'note.read'
  | 'note.write'
  | 'break_glass.open'
  // De-identified case consultation (issue 5): writing one about the participant, reviewing and
  // sending it, revealing who it is, and the record's list of times they were discussed.
  | 'consultation.start'
  | 'consultation.review'
  | 'consultation.reidentify'
  | 'consultation.transparency'
  // Consents (ROI) and limits-of-confidentiality acknowledgments in the record.
  | 'consent.read'
  | 'consent.write'
  // "May I share this?" and making the disclosure; a supervisor may override a denial.
  | 'disclosure.decide'
  | 'disclosure.make'
  | 'disclosure.override'
  // The accounting of disclosures for one participant (45 CFR 164.528; 42 CFR 2.25).
  | 'accounting.read'
  // Risky disclosures (issue 4): messages logged from the participant (scanned like notes), the
  // findings and safety events of the record, a staff member's own report, and the protocol steps.
  | 'message.read'
  | 'message.write'
  | 'safety.read'
  | 'safety.report'
  | 'safety.act';

/** Actions on the organization as a whole. */
export type OrganizationAction =
  | 'participant.create'
  | 'participant.search'
  | 'group.manage'
  | 'user.manage'
  | 'team.manage'
  | 'audit.read'
  | 'break_glass.review'
  | 'organization.create'
  // The inbox of de-identified consultations sent to me.
  | 'consultation.receive'
  | 'policy_profile.read'
  | 'policy_profile.manage'
  // Lists across the caseload: consents expiring soon, acknowledgments not yet signed.
  | 'consent.review'
  // Scanning a text on demand (nothing stored), the supervisors' dashboard of open safety events
  // and their acknowledgement / reassignment, and the organization's safety settings.
  | 'risk.scan'
  | 'safety.dashboard'
  | 'safety.supervise'
  | 'safety_settings.read'
  | 'safety_settings.manage';

export interface Actor {
  readonly userId: string;
  readonly orgId: string;
  readonly role: Role;
  readonly teamId: string | null;
  readonly platformAdmin: boolean;
}

export type AccessDecision =
  | { readonly allowed: true; readonly rule: string }
  | { readonly allowed: false; readonly rule: string };

const CLINICAL: readonly ParticipantAction[] = [
  'participant.read_identity',
  'participant.read_record',
  'participant.update',
  'note.read',
  'note.write',
];

/** Consent and disclosure work, done by those who work with the participant. */
const DISCLOSURE_WORK: readonly ParticipantAction[] = ['consent.read', 'consent.write', 'disclosure.decide', 'disclosure.make'];

/** Consulting about a participant needs the same reach as writing their notes. */
const CONSULTING: readonly ParticipantAction[] = ['consultation.start', 'consultation.review', 'consultation.reidentify', 'consultation.transparency'];

/** The safety protocol needs the same reach as writing notes: whoever works with the participant. */
const SAFETY_WORK: readonly ParticipantAction[] = ['message.read', 'message.write', 'safety.read', 'safety.report', 'safety.act'];

/** Which relations give each role each participant action. Absent = never. */
const PARTICIPANT_RULES: Readonly<Record<Role, Partial<Record<ParticipantAction, readonly Relation[]>>>> = {
  // A peer works with their own caseload; outside it only through break-the-glass.
  peer_specialist: {
    ...Object.fromEntries(CLINICAL.map((a) => [a, ['own_caseload', 'break_glass']])),
    ...Object.fromEntries(CONSULTING.map((a) => [a, ['own_caseload', 'break_glass']])),
    'break_glass.open': ['team', 'none'],
    ...Object.fromEntries(DISCLOSURE_WORK.map((a) => [a, ['own_caseload', 'break_glass']])),
    'accounting.read': ['own_caseload', 'break_glass'],
    ...Object.fromEntries(SAFETY_WORK.map((a) => [a, ['own_caseload', 'break_glass']])),
  },
  // A supervisor oversees the team's caseloads and assigns within the team.
  supervisor: {
    ...Object.fromEntries(CLINICAL.map((a) => [a, ['own_caseload', 'team', 'break_glass']])),
    ...Object.fromEntries(CONSULTING.map((a) => [a, ['own_caseload', 'team', 'break_glass']])),
    'participant.assign': ['own_caseload', 'team'],
    'participant.caseload_read': ['own_caseload', 'team'],
    'break_glass.open': ['none'],
    ...Object.fromEntries(DISCLOSURE_WORK.map((a) => [a, ['own_caseload', 'team', 'break_glass']])),
    // Overriding a denied or escalated decision is a supervisor's recorded judgement, for their team.
    'disclosure.override': ['own_caseload', 'team'],
    'accounting.read': ['own_caseload', 'team', 'break_glass'],
    ...Object.fromEntries(SAFETY_WORK.map((a) => [a, ['own_caseload', 'team', 'break_glass']])),
  },
  // A privacy officer answers audits and requests: identity and access reports, never notes.
  privacy_officer: {
    'participant.read_identity': ['own_caseload', 'team', 'break_glass', 'none'],
    'participant.access_report': ['own_caseload', 'team', 'break_glass', 'none'],
    'participant.erase': ['own_caseload', 'team', 'break_glass', 'none'],
    // When and with whom the participant was discussed is part of the transparency they are owed.
    'consultation.transparency': ['own_caseload', 'team', 'break_glass', 'none'],
    // The privacy officer answers a participant's request for the accounting of disclosures.
    'accounting.read': ['own_caseload', 'team', 'break_glass', 'none'],
  },
  // An administrator places participants on caseloads, so sees who they are (name, pronouns);
  // never clinical content, contacts or notes.
  admin: {
    'participant.read_identity': ['own_caseload', 'team', 'break_glass', 'none'],
    'participant.assign': ['own_caseload', 'team', 'break_glass', 'none'],
    'participant.caseload_read': ['own_caseload', 'team', 'break_glass', 'none'],
  },
};

const ORGANIZATION_RULES: Readonly<Record<OrganizationAction, readonly Role[]>> = {
  'participant.create': ['peer_specialist', 'supervisor'],
  'participant.search': ['peer_specialist', 'supervisor', 'privacy_officer', 'admin'],
  'group.manage': ['peer_specialist', 'supervisor'],
  'user.manage': ['admin'],
  'team.manage': ['admin'],
  'audit.read': ['privacy_officer'],
  'break_glass.review': ['supervisor', 'privacy_officer'],
  'organization.create': [],
  // Consultations are sent to care staff only, so only they have an inbox of them.
  'consultation.receive': ['peer_specialist', 'supervisor'],
  // Everyone sees the profile (crisis numbers, which rules apply); only these roles change it.
  'policy_profile.read': ['peer_specialist', 'supervisor', 'privacy_officer', 'admin'],
  'policy_profile.manage': ['privacy_officer', 'admin'],
  'consent.review': ['peer_specialist', 'supervisor', 'privacy_officer'],
  // The scanner is for whoever writes notes; its answer is never stored.
  'risk.scan': ['peer_specialist', 'supervisor'],
  // Supervisors act on safety events (their team's, or one escalated to them).
  'safety.dashboard': ['supervisor'],
  'safety.supervise': ['supervisor'],
  // Everyone may see who is on the escalation list; those who set the policy profile change it.
  'safety_settings.read': ['peer_specialist', 'supervisor', 'privacy_officer', 'admin'],
  'safety_settings.manage': ['privacy_officer', 'admin'],
};

/** May this actor take this action on a participant they stand in `relation` to? */
export function decideParticipantAccess(actor: Actor, action: ParticipantAction, relation: Relation): AccessDecision {
  const relations = PARTICIPANT_RULES[actor.role][action];
  if (relations?.includes(relation)) return { allowed: true, rule: `${actor.role}:${action}:${relation}` };
  return { allowed: false, rule: `${actor.role}:${action}:${relation}:no-rule` };
}

/** May this actor take an organization-wide action? Creating organizations is for platform admins. */
export function decideOrganizationAccess(actor: Actor, action: OrganizationAction): AccessDecision {
  if (action === 'organization.create' && actor.platformAdmin) return { allowed: true, rule: 'platform-admin' };
  if (ORGANIZATION_RULES[action].includes(actor.role)) return { allowed: true, rule: `${actor.role}:${action}` };
  return { allowed: false, rule: `${actor.role}:${action}:no-rule` };
}

/** Which relations let a role see a participant at all (to filter search results and lists). */
export function relationsVisibleTo(role: Role): readonly Relation[] {
  return PARTICIPANT_RULES[role]['participant.read_identity'] ?? [];
}

/** How the actor stands to one consultation: its author, the staff member it was sent to, or neither. */
export type ConsultationStanding = 'author' | 'recipient' | 'none';

/**
 * Actions on one existing consultation. The author's are also participant actions (the author must
 * still reach the record); the recipient's are decided by being the recipient alone, because the
 * point of a de-identified consultation is that the recipient need not reach the record.
 */
export type ConsultationAction = 'consultation.review' | 'consultation.reidentify' | 'consultation.read_shared' | 'consultation.reply';

const CONSULTATION_RULES: Readonly<Record<ConsultationAction, ConsultationStanding>> = {
  'consultation.review': 'author',
  'consultation.reidentify': 'author',
  'consultation.read_shared': 'recipient',
  'consultation.reply': 'recipient',
};

/** May this actor take this action on a consultation they stand to as `standing`? Care staff only. */
export function decideConsultationAccess(actor: Actor, action: ConsultationAction, standing: ConsultationStanding): AccessDecision {
  const careStaff = actor.role === 'peer_specialist' || actor.role === 'supervisor';
  if (careStaff && CONSULTATION_RULES[action] === standing) return { allowed: true, rule: `${actor.role}:${action}:${standing}` };
  return { allowed: false, rule: `${actor.role}:${action}:${standing}:no-rule` };
}
