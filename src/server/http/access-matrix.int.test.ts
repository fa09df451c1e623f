import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { ROLES, type Role } from '../../core/access/policy.ts';
import { LIMITS_OF_CONFIDENTIALITY } from '../../core/consent/limits-of-confidentiality.ts';
import { tokenHash } from '../auth/tokens.ts';
import { type Harness, sampleProfile, startHarness, type TestUser } from '../testing/harness.ts';
import { createApiToken, signIn } from '../use-cases/auth.ts';

/**
 * The access matrix: every signed-in route × every role × (own caseload, other caseload, other
 * organization), with the exact answer expected. The expectations are read off core/access/policy.ts
 * and the use cases, not recorded from a run. A route without an entry (or an entry without a
 * route) fails the first test, so a new endpoint cannot ship without its row here.
 *
 * Who asks, per target:
 *  - own: the "A" staff member of the role (peer A and supervisor A in the main team, privacy
 *    officer A, administrator A) asks about a resource of the main team: the participant on peer
 *    A's caseload (the supervisor's relation is "team"), their note, peer A's group session, a
 *    break-the-glass grant opened by peer A, or the asker's own session or API token.
 *  - other_caseload: the "B" staff member of the role (peer B and supervisor B in the other team,
 *    a second privacy officer, a second administrator) asks about that same resource.
 *  - other_org: the "A" staff member asks about the like resource of a second organization.
 */

/** 'ok' is any 2xx; otherwise the exact denial status. */
type Outcome = 'ok' | 403 | 404;
type Target = 'own' | 'other_caseload' | 'other_org';
const TARGETS: readonly Target[] = ['own', 'other_caseload', 'other_org'];

interface Req {
  readonly url: string;
  readonly body?: unknown;
}

interface World {
  readonly a: Record<Role, TestUser>;
  readonly b: Record<Role, TestUser>;
  /** On peer A's caseload, in the main team. */
  readonly participant: string;
  readonly note: string;
  readonly group: string;
  readonly groupSession: string;
  /** Opened by peer A on a participant of peer B's caseload. */
  readonly grant: string;
  readonly foreign: {
    readonly peer: TestUser;
    readonly participant: string;
    readonly note: string;
    readonly groupSession: string;
    readonly grant: string;
    /** Peer in the second organization's other team: receives the foreign consultation. */
    readonly colleague: TestUser;
  };
  /** A consultation by `author` about peer A's participant (or, for the second organization, its participant), sent to `recipient` when given. */
  readonly consultationBy: (author: TestUser, recipient: TestUser | null) => Promise<string>;
  /** A participant like `participant` (peer A's caseload), for calls that change or end access. */
  readonly freshParticipant: () => Promise<string>;
  readonly freshForeignParticipant: () => Promise<string>;
  /** A new (password-only) session of this user; returns its id. */
  readonly sessionOf: (u: TestUser) => Promise<string>;
  readonly apiTokenOf: (u: TestUser) => Promise<string>;
  /** Issue 3: a consent and a disclosure decision on `participant`, and the like ones of the second organization. */
  readonly consent: string;
  readonly foreignConsent: string;
  readonly decision: string;
  readonly foreignDecision: string;
  /** The disclosure made on `decision`, and on the second organization's. */
  readonly disclosure: string;
  readonly foreignDisclosure: string;
  /** A new consent (ending on an event) on `participant`, or on the foreign participant for other_org. */
  readonly freshConsent: (target: Target) => Promise<string>;
  /** A new decision: `denied` (an employer, no consent) or `permitted` (the participant's own access). */
  readonly freshDecision: (target: Target, kind: 'denied' | 'permitted') => Promise<string>;
  /** Issue 4: a safety event reported by peer A on `participant` (assigned to supervisor A), and the second organization's. */
  readonly safetyEvent: string;
  readonly foreignSafetyEvent: string;
  /** A new safety event on a fresh participant (peer A's caseload, or the foreign peer's for other_org). */
  readonly freshSafetyEvent: (target: Target) => Promise<string>;
}

type OrgEntry = {
  readonly kind: 'org';
  readonly expect: Record<Role, Outcome>;
  readonly request: (w: World) => Req;
};
type ResourceEntry = {
  readonly kind: 'resource';
  /** Per role: [own, other_caseload, other_org]. */
  readonly expect: Record<Role, readonly [Outcome, Outcome, Outcome]>;
  /** The resource id the target is about (may create a fresh one per call). */
  readonly resource: (w: World, target: Target, role: Role) => Promise<string>;
  readonly request: (id: string, w: World) => Req;
};
type Entry = OrgEntry | ResourceEntry;

const unique = () => randomBytes(4).toString('hex');
const NOTE = { sessionDate: '2026-11-20', sessionType: 'in_person', durationMinutes: 30, body: 'A note written by the access matrix.' };

/** The same participant-side resource for own and other caseload; the foreign one for other_org. */
const shared =
  (own: (w: World) => string, foreign: (w: World) => string) =>
  async (w: World, target: Target): Promise<string> =>
    target === 'other_org' ? foreign(w) : own(w);
/** A new participant per call, for calls whose success would change later rows. */
const fresh = async (w: World, target: Target): Promise<string> => (target === 'other_org' ? w.freshForeignParticipant() : w.freshParticipant());

const org = (expect: Record<Role, Outcome>, request: (w: World) => Req): OrgEntry => ({ kind: 'org', expect, request });
const onResource = (
  expect: ResourceEntry['expect'],
  resource: ResourceEntry['resource'],
  request: ResourceEntry['request'],
): ResourceEntry => ({ kind: 'resource', expect, resource, request });

const ALL_OK = { peer_specialist: 'ok', supervisor: 'ok', privacy_officer: 'ok', admin: 'ok' } as const;
const ADMIN_ONLY = { peer_specialist: 403, supervisor: 403, privacy_officer: 403, admin: 'ok' } as const;
const CARE_STAFF_ONLY = { peer_specialist: 'ok', supervisor: 'ok', privacy_officer: 403, admin: 403 } as const;
/** note.read / note.write / read_record / update: own caseload for a peer, the team for a supervisor. */
const CLINICAL = {
  peer_specialist: ['ok', 404, 404],
  supervisor: ['ok', 404, 404],
  privacy_officer: [404, 404, 404],
  admin: [404, 404, 404],
} as const;
const onParticipant = shared((w) => w.participant, (w) => w.foreign.participant);
const onNote = shared((w) => w.note, (w) => w.foreign.note);

/**
 * Consultations (issue 5). "own" is the asker's own consultation: for the author's routes one they
 * wrote (peer A, or supervisor A through the team; privacy officers and administrators cannot
 * write one, so they ask about peer A's); for the recipient's routes one sent to them (peer A gets
 * supervisor A's, supervisor A gets peer A's; the others ask about one sent to supervisor A).
 * other_caseload asks about the same one as the B staff member; other_org about the second
 * organization's, written by its peer and sent to its colleague.
 */
const CONSULTATION = { reason: 'Matrix: advice on a hard situation', summary: 'Zephyrine asked how to rebuild trust with her sponsor.' };
const consultations = new Map<string, Promise<string>>();
const once = (key: string, make: () => Promise<string>): Promise<string> => {
  const known = consultations.get(key);
  if (known) return known;
  const made = make();
  consultations.set(key, made);
  return made;
};
const authorOf = (w: World, role: Role) => (role === 'supervisor' ? w.a.supervisor : w.a.peer_specialist);
/** The asker's own consultation, made anew per call (`sent` or still a draft) for routes that change it. */
const freshAuthored =
  (sent: boolean) =>
  (w: World, target: Target, role: Role): Promise<string> =>
    target === 'other_org'
      ? w.consultationBy(w.foreign.peer, sent ? w.foreign.colleague : null)
      : w.consultationBy(authorOf(w, role), sent ? w.b.peer_specialist : null);
/** The asker's own sent consultation, made once per author, for routes that only read it. */
const authored = (w: World, target: Target, role: Role): Promise<string> =>
  target === 'other_org'
    ? once('foreign', () => w.consultationBy(w.foreign.peer, w.foreign.colleague))
    : once(`by ${authorOf(w, role) === w.a.supervisor ? 'supervisor' : 'peer'}`, () => w.consultationBy(authorOf(w, role), w.b.peer_specialist));
/** A consultation sent to the asker (see above), made once per recipient. */
const receivedBy = (w: World, target: Target, role: Role): Promise<string> => {
  if (target === 'other_org') return once('foreign', () => w.consultationBy(w.foreign.peer, w.foreign.colleague));
  if (role === 'peer_specialist') return once('to peer', () => w.consultationBy(w.a.supervisor, w.a.peer_specialist));
  return once('to supervisor', () => w.consultationBy(w.a.peer_specialist, w.a.supervisor));
};
/** consultation.review / reidentify (the author, who must still reach the record) and the recipient's read and reply. */
const OWN_CONSULTATION = {
  peer_specialist: ['ok', 404, 404],
  supervisor: ['ok', 404, 404],
  privacy_officer: [404, 404, 404],
  admin: [404, 404, 404],
} as const;

/** Issue 3: a complete consent (any organization's default profile is HIPAA only) and decision requests. */
const CONSENT = {
  recipient: { organization: { name: 'Matrix Clinic', contact: 'fax 555-0100' } },
  categories: ['attendance'],
  purposes: ['care_coordination'],
  purposeDescription: 'Coordinating care (access matrix)',
  expiry: { kind: 'event', event: 'end of the matrix program' },
  signature: { method: 'typed', signedOn: '2026-11-01', typedName: 'Matrix Signer' },
  statements: { rightToRevoke: true, conditioning: true, redisclosure: true },
};
const ASK = {
  denied: { recipientType: 'employer', recipient: { organization: 'Matrix Employer' }, purpose: 'employment', categories: ['attendance'] },
  permitted: { recipientType: 'participant', recipient: {}, purpose: 'participant_access', categories: ['attendance'] },
};
const PROFILE = {
  state: null,
  part2Program: false,
  hipaaCoveredEntity: false,
  dutyToWarn: null,
  mandatedReporters: { childAbuse: ['peer_specialist'], adultAbuse: [], sources: ['employer_policy'] },
  crisisNumbers: [],
};
/** consent.review: lists over the caseload for care staff, and the organization for privacy officers. */
const CONSENT_REVIEW = { peer_specialist: 'ok', supervisor: 'ok', privacy_officer: 'ok', admin: 403 } as const;
/** accounting.read: care staff within their access, privacy officers anywhere in the organization. */
const ACCOUNTING = { peer_specialist: ['ok', 404, 404], supervisor: ['ok', 404, 404], privacy_officer: ['ok', 'ok', 404], admin: [404, 404, 404] } as const;
const onConsent = shared((w) => w.consent, (w) => w.foreignConsent);

/** Issue 4: a staff member's own report, and the supervisors' actions (safety.supervise, then their scope). */
const SAFETY_REPORT = { urgency: 'high', categories: ['self_harm'], report: 'Matrix: said she has been thinking about ending it.' };
const SUPERVISOR_ONLY_ON_EVENT = { peer_specialist: [403, 403, 403], supervisor: ['ok', 404, 404], privacy_officer: [403, 403, 403], admin: [403, 403, 403] } as const;
const onSafetyEvent = shared((w) => w.safetyEvent, (w) => w.foreignSafetyEvent);
const freshSafetyEvent = (w: World, target: Target) => w.freshSafetyEvent(target);
const onDecision = shared((w) => w.decision, (w) => w.foreignDecision);

const MATRIX: Readonly<Record<string, Entry>> = {
  // Own sign-in state: every role manages its own sessions and tokens, and only its own.
  'GET /api/auth/sessions': org(ALL_OK, () => ({ url: '/api/auth/sessions' })),
  'DELETE /api/auth/sessions/:id': onResource(
    { peer_specialist: ['ok', 404, 404], supervisor: ['ok', 404, 404], privacy_officer: ['ok', 404, 404], admin: ['ok', 404, 404] },
    (w, target, role) => w.sessionOf(target === 'other_org' ? w.foreign.peer : w.a[role]),
    (id) => ({ url: `/api/auth/sessions/${id}` }),
  ),
  'POST /api/auth/tokens': org(ALL_OK, () => ({ url: '/api/auth/tokens', body: { name: 'matrix script' } })),
  'DELETE /api/auth/tokens/:id': onResource(
    { peer_specialist: ['ok', 404, 404], supervisor: ['ok', 404, 404], privacy_officer: ['ok', 404, 404], admin: ['ok', 404, 404] },
    (w, target, role) => w.apiTokenOf(target === 'other_org' ? w.foreign.peer : w.a[role]),
    (id) => ({ url: `/api/auth/tokens/${id}` }),
  ),

  // Administration: organization.create is for platform administrators only (none of these roles).
  'POST /api/organizations': org({ peer_specialist: 403, supervisor: 403, privacy_officer: 403, admin: 403 }, () => {
    const s = unique();
    return { url: '/api/organizations', body: { name: `Matrix ${s}`, slug: `matrix-${s}`, admin: { email: `admin-${s}@matrix.test`, displayName: 'Matrix admin', password: 'a long matrix password' } } };
  }),
  'GET /api/teams': org(ALL_OK, () => ({ url: '/api/teams' })),
  'POST /api/teams': org(ADMIN_ONLY, () => ({ url: '/api/teams', body: { name: `Team ${unique()}` } })),
  'GET /api/users': org(ADMIN_ONLY, () => ({ url: '/api/users' })),
  'POST /api/users': org(ADMIN_ONLY, () => {
    const s = unique();
    return { url: '/api/users', body: { email: `staff-${s}@matrix.test`, displayName: `Staff ${s}`, role: 'peer_specialist', password: 'a long matrix password' } };
  }),
  'PATCH /api/users/:id': org(ADMIN_ONLY, (w) => ({ url: `/api/users/${w.a.peer_specialist.actor.userId}`, body: { unlock: true } })),

  // Participants.
  'GET /api/participants': org(ALL_OK, () => ({ url: '/api/participants' })),
  'POST /api/participants/search': org(ALL_OK, () => ({ url: '/api/participants/search', body: { q: 'Enrolee' } })),
  'POST /api/participants': org(CARE_STAFF_ONLY, () => ({ url: '/api/participants', body: { profile: sampleProfile('Matrix', 'Enrolee') } })),
  'GET /api/participants/:id': onResource(CLINICAL, onParticipant, (id) => ({ url: `/api/participants/${id}` })),
  'GET /api/participants/:id/identity': onResource(
    // read_identity: privacy officers and administrators on any relation in their organization.
    { peer_specialist: ['ok', 404, 404], supervisor: ['ok', 404, 404], privacy_officer: ['ok', 'ok', 404], admin: ['ok', 'ok', 404] },
    onParticipant,
    (id) => ({ url: `/api/participants/${id}/identity` }),
  ),
  'PUT /api/participants/:id': onResource(CLINICAL, onParticipant, (id) => ({ url: `/api/participants/${id}`, body: { profile: sampleProfile() } })),
  'GET /api/participants/:id/caseload': onResource(
    // participant.caseload_read: the same people as assigning (a supervisor within the team, an administrator in the organization).
    { peer_specialist: [404, 404, 404], supervisor: ['ok', 404, 404], privacy_officer: [404, 404, 404], admin: ['ok', 'ok', 404] },
    onParticipant,
    (id) => ({ url: `/api/participants/${id}/caseload` }),
  ),
  'PUT /api/participants/:id/caseload': onResource(
    // assign: a supervisor within the team, an administrator anywhere in the organization; never a peer.
    { peer_specialist: [404, 404, 404], supervisor: ['ok', 404, 404], privacy_officer: [404, 404, 404], admin: ['ok', 'ok', 404] },
    onParticipant,
    // Re-assigning to peer A keeps the caseload as it was for the rows that follow.
    (id, w) => ({ url: `/api/participants/${id}/caseload`, body: { userIds: [w.a.peer_specialist.actor.userId] } }),
  ),
  'DELETE /api/participants/:id': onResource(
    { peer_specialist: [404, 404, 404], supervisor: [404, 404, 404], privacy_officer: ['ok', 'ok', 404], admin: [404, 404, 404] },
    fresh,
    (id) => ({ url: `/api/participants/${id}` }),
  ),
  'GET /api/participants/:id/notes': onResource(CLINICAL, onParticipant, (id) => ({ url: `/api/participants/${id}/notes` })),
  'POST /api/participants/:id/notes': onResource(CLINICAL, onParticipant, (id) => ({ url: `/api/participants/${id}/notes`, body: NOTE })),
  'GET /api/notes/:id': onResource(CLINICAL, onNote, (id) => ({ url: `/api/notes/${id}` })),
  'PUT /api/notes/:id': onResource(CLINICAL, onNote, (id) => ({ url: `/api/notes/${id}`, body: NOTE })),
  'GET /api/notes/:id/versions': onResource(CLINICAL, onNote, (id) => ({ url: `/api/notes/${id}/versions` })),
  'GET /api/participants/:id/attendance': onResource(CLINICAL, onParticipant, (id) => ({ url: `/api/participants/${id}/attendance` })),
  'POST /api/participants/:id/break-glass': onResource(
    // break_glass.open: a peer on team or no relation, a supervisor on no relation — never on
    // a record they already reach; privacy officers and administrators never.
    { peer_specialist: [404, 'ok', 404], supervisor: [404, 'ok', 404], privacy_officer: [404, 404, 404], admin: [404, 404, 404] },
    fresh,
    (id) => ({ url: `/api/participants/${id}/break-glass`, body: { reason: 'Matrix emergency: the safety plan is needed now.' } }),
  ),
  'GET /api/participants/:id/access-report': onResource(
    { peer_specialist: [404, 404, 404], supervisor: [404, 404, 404], privacy_officer: ['ok', 'ok', 404], admin: [404, 404, 404] },
    onParticipant,
    (id) => ({ url: `/api/participants/${id}/access-report` }),
  ),

  // Groups: group.manage for care staff, then note.write on every attendee.
  'GET /api/groups': org(CARE_STAFF_ONLY, () => ({ url: '/api/groups' })),
  'POST /api/groups': org(CARE_STAFF_ONLY, () => ({ url: '/api/groups', body: { name: `Matrix group ${unique()}` } })),
  'POST /api/groups/:id/sessions': onResource(
    { peer_specialist: ['ok', 404, 404], supervisor: ['ok', 404, 404], privacy_officer: [403, 403, 403], admin: [403, 403, 403] },
    onParticipant,
    (id, w) => ({
      url: `/api/groups/${w.group}/sessions`,
      body: { sessionDate: '2026-11-21', sessionType: 'in_person', durationMinutes: 60, attendance: [{ participantId: id, present: true }] },
    }),
  ),
  'GET /api/group-sessions/:id': onResource(
    // The facilitator (peer A) or a supervisor of the group's team (supervisor A).
    { peer_specialist: ['ok', 404, 404], supervisor: ['ok', 404, 404], privacy_officer: [403, 403, 403], admin: [403, 403, 403] },
    shared((w) => w.groupSession, (w) => w.foreign.groupSession),
    (id) => ({ url: `/api/group-sessions/${id}` }),
  ),

  // Break the glass review: supervisors (their team's grants) and privacy officers (all).
  'GET /api/break-glass': org({ peer_specialist: 403, supervisor: 'ok', privacy_officer: 'ok', admin: 403 }, () => ({ url: '/api/break-glass' })),
  'POST /api/break-glass/:id/review': onResource(
    { peer_specialist: [403, 403, 403], supervisor: ['ok', 404, 404], privacy_officer: ['ok', 'ok', 404], admin: [403, 403, 403] },
    shared((w) => w.grant, (w) => w.foreign.grant),
    (id) => ({ url: `/api/break-glass/${id}/review`, body: { outcome: 'appropriate' } }),
  ),

  // Consultations (issue 5): consultation.start and .transparency on the participant; the rest by standing.
  'POST /api/participants/:id/consultations': onResource(CLINICAL, onParticipant, (id) => ({ url: `/api/participants/${id}/consultations`, body: CONSULTATION })),
  'GET /api/participants/:id/consultations': onResource(
    // consultation.transparency: care staff as for notes, privacy officers on any relation.
    { peer_specialist: ['ok', 404, 404], supervisor: ['ok', 404, 404], privacy_officer: ['ok', 'ok', 404], admin: [404, 404, 404] },
    onParticipant,
    (id) => ({ url: `/api/participants/${id}/consultations` }),
  ),
  'GET /api/consultations/received': org(CARE_STAFF_ONLY, () => ({ url: '/api/consultations/received' })),
  // Whom a consultation may go to: the roles with an inbox; my unsent drafts: consultation.review on the participant.
  'GET /api/consultations/recipients': org(CARE_STAFF_ONLY, () => ({ url: '/api/consultations/recipients' })),
  'GET /api/participants/:id/consultation-drafts': onResource(CLINICAL, onParticipant, (id) => ({ url: `/api/participants/${id}/consultation-drafts` })),
  'GET /api/consultations/:id': onResource(OWN_CONSULTATION, authored, (id) => ({ url: `/api/consultations/${id}` })),
  'POST /api/consultations/:id/redactions': onResource(OWN_CONSULTATION, freshAuthored(false), (id) => ({ url: `/api/consultations/${id}/redactions`, body: { start: 0, end: 9 } })),
  'POST /api/consultations/:id/restorations': onResource(OWN_CONSULTATION, freshAuthored(false), (id) => ({
    // 0–9 is the participant's given name at the start of the summary, removed by the de-identifier.
    url: `/api/consultations/${id}/restorations`,
    body: { start: 0, end: 9, reason: 'Matrix: the colleague needs the first name.' },
  })),
  'POST /api/consultations/:id/send': onResource(OWN_CONSULTATION, freshAuthored(false), (id, w) => ({ url: `/api/consultations/${id}/send`, body: { recipientId: w.b.peer_specialist.actor.userId } })),
  'POST /api/consultations/:id/close': onResource(OWN_CONSULTATION, freshAuthored(true), (id) => ({ url: `/api/consultations/${id}/close` })),
  'POST /api/consultations/:id/reidentify': onResource(OWN_CONSULTATION, freshAuthored(true), (id) => ({ url: `/api/consultations/${id}/reidentify`, body: { reason: 'Matrix: an urgent risk tonight.' } })),
  'GET /api/consultations/:id/shared': onResource(OWN_CONSULTATION, receivedBy, (id) => ({ url: `/api/consultations/${id}/shared` })),
  'POST /api/consultations/:id/replies': onResource(OWN_CONSULTATION, receivedBy, (id) => ({ url: `/api/consultations/${id}/replies`, body: { body: 'Matrix reply.' } })),

  // Audit.
  'GET /api/audit': org({ peer_specialist: 403, supervisor: 403, privacy_officer: 'ok', admin: 403 }, () => ({ url: '/api/audit' })),

  // Policy profile: everyone reads it; privacy officers and administrators set a new version.
  'GET /api/policy-profile': org(ALL_OK, () => ({ url: '/api/policy-profile' })),
  'GET /api/policy-profile/versions': org(ALL_OK, () => ({ url: '/api/policy-profile/versions' })),
  'PUT /api/policy-profile': org({ peer_specialist: 403, supervisor: 403, privacy_officer: 'ok', admin: 'ok' }, () => ({ url: '/api/policy-profile', body: PROFILE })),
  'GET /api/statements': org(ALL_OK, () => ({ url: '/api/statements' })),

  // Consents and acknowledgments: consent.read / consent.write, care staff within their access.
  'GET /api/participants/:id/consents': onResource(CLINICAL, onParticipant, (id) => ({ url: `/api/participants/${id}/consents` })),
  'POST /api/participants/:id/consents': onResource(CLINICAL, onParticipant, (id) => ({ url: `/api/participants/${id}/consents`, body: CONSENT })),
  'GET /api/consents/expiring': org(CONSENT_REVIEW, () => ({ url: '/api/consents/expiring' })),
  'GET /api/consents/:id': onResource(CLINICAL, onConsent, (id) => ({ url: `/api/consents/${id}` })),
  'GET /api/consents/:id/pdf': onResource(CLINICAL, onConsent, (id) => ({ url: `/api/consents/${id}/pdf` })),
  'POST /api/consents/:id/revoke': onResource(CLINICAL, (w, target) => w.freshConsent(target), (id) => ({ url: `/api/consents/${id}/revoke`, body: { form: 'written' } })),
  'POST /api/consents/:id/events': onResource(CLINICAL, (w, target) => w.freshConsent(target), (id) => ({ url: `/api/consents/${id}/events`, body: { which: 'expiry' } })),
  'GET /api/participants/:id/acknowledgments': onResource(CLINICAL, onParticipant, (id) => ({ url: `/api/participants/${id}/acknowledgments` })),
  'POST /api/participants/:id/acknowledgments': onResource(CLINICAL, onParticipant, (id) => ({
    url: `/api/participants/${id}/acknowledgments`,
    body: { statementVersion: LIMITS_OF_CONFIDENTIALITY.version, signature: { method: 'typed', signedOn: '2026-11-01', typedName: 'Matrix Signer' } },
  })),
  'GET /api/acknowledgments/unsigned': org(CONSENT_REVIEW, () => ({ url: '/api/acknowledgments/unsigned' })),

  // Disclosures: disclosure.decide / disclosure.make for care staff; disclosure.override for the
  // team's supervisor only; the accounting for care staff and privacy officers.
  'POST /api/participants/:id/disclosure-decisions': onResource(CLINICAL, onParticipant, (id) => ({ url: `/api/participants/${id}/disclosure-decisions`, body: ASK.permitted })),
  'GET /api/disclosure-decisions/:id': onResource(CLINICAL, onDecision, (id) => ({ url: `/api/disclosure-decisions/${id}` })),
  'POST /api/disclosure-decisions/:id/override': onResource(
    { peer_specialist: [404, 404, 404], supervisor: ['ok', 404, 404], privacy_officer: [404, 404, 404], admin: [404, 404, 404] },
    (w, target) => w.freshDecision(target, 'denied'),
    (id) => ({ url: `/api/disclosure-decisions/${id}/override`, body: { reason: 'Matrix: the supervisor decides to share.' } }),
  ),
  'POST /api/disclosure-decisions/:id/disclosure': onResource(CLINICAL, (w, target) => w.freshDecision(target, 'permitted'), (id) => ({ url: `/api/disclosure-decisions/${id}/disclosure`, body: {} })),
  // Printing a packet again: whoever may read the decision (disclosure.decide).
  'GET /api/disclosures/:id/packet': onResource(CLINICAL, shared((w) => w.disclosure, (w) => w.foreignDisclosure), (id) => ({ url: `/api/disclosures/${id}/packet` })),
  'GET /api/participants/:id/accounting': onResource(ACCOUNTING, onParticipant, (id) => ({ url: `/api/participants/${id}/accounting` })),
  'GET /api/participants/:id/accounting/pdf': onResource(ACCOUNTING, onParticipant, (id) => ({ url: `/api/participants/${id}/accounting/pdf` })),

  // Risky disclosures (issue 4). risk.scan: care staff. message.* and safety.*: care staff within
  // their access, like notes. An event's assigned supervisor (supervisor A here) reads and acts on
  // it through safety.supervise; acknowledging and reassigning are safety.supervise (supervisors
  // only, 403 for the other roles) and then the supervisor's scope (404 outside it).
  'POST /api/risk/scan': org(CARE_STAFF_ONLY, () => ({ url: '/api/risk/scan', body: { text: 'We talked about the job fair.' } })),
  'POST /api/participants/:id/messages': onResource(CLINICAL, onParticipant, (id) => ({
    url: `/api/participants/${id}/messages`,
    body: { channel: 'text', receivedAt: '2026-11-20T18:00:00Z', body: 'Running late, see you at 3.' },
  })),
  'GET /api/participants/:id/messages': onResource(CLINICAL, onParticipant, (id) => ({ url: `/api/participants/${id}/messages` })),
  'GET /api/participants/:id/risk-findings': onResource(CLINICAL, onParticipant, (id) => ({ url: `/api/participants/${id}/risk-findings` })),
  // One open event per participant: each report is about a fresh participant.
  'POST /api/participants/:id/safety-events': onResource(CLINICAL, fresh, (id) => ({ url: `/api/participants/${id}/safety-events`, body: SAFETY_REPORT })),
  'GET /api/participants/:id/safety-events': onResource(CLINICAL, onParticipant, (id) => ({ url: `/api/participants/${id}/safety-events` })),
  'GET /api/safety-events': org({ peer_specialist: 403, supervisor: 'ok', privacy_officer: 403, admin: 403 }, () => ({ url: '/api/safety-events' })),
  'GET /api/safety-events/:id': onResource(CLINICAL, onSafetyEvent, (id) => ({ url: `/api/safety-events/${id}` })),
  'POST /api/safety-events/:id/steps': onResource(CLINICAL, onSafetyEvent, (id) => ({ url: `/api/safety-events/${id}/steps`, body: { step: 'listen', details: 'Matrix: listened.' } })),
  'POST /api/safety-events/:id/acknowledge': onResource(SUPERVISOR_ONLY_ON_EVENT, freshSafetyEvent, (id) => ({ url: `/api/safety-events/${id}/acknowledge` })),
  'POST /api/safety-events/:id/reassign': onResource(SUPERVISOR_ONLY_ON_EVENT, freshSafetyEvent, (id, w) => ({
    url: `/api/safety-events/${id}/reassign`,
    body: { supervisorId: w.b.supervisor.actor.userId },
  })),
  'GET /api/safety-settings': org(ALL_OK, () => ({ url: '/api/safety-settings' })),
  'PUT /api/safety-settings': org({ peer_specialist: 403, supervisor: 403, privacy_officer: 'ok', admin: 'ok' }, () => ({ url: '/api/safety-settings', body: { ackMinutes: 15, escalationOrder: [] } })),

  // The caseload page's "needs attention" (consent.review, then only the asker's own caseload or team).
  'GET /api/caseload/attention': org(CONSENT_REVIEW, () => ({ url: '/api/caseload/attention' })),
};

/** Routes that are not in the matrix on purpose: public ones, and the sign-in steps themselves. */
const NOT_IN_MATRIX = [
  'none GET /',
  'none GET /*',
  'none GET /api/docs',
  'none GET /api/docs.js',
  'none GET /api/health',
  'none GET /api/openapi.json',
  'none POST /api/auth/sign-in',
  'partial GET /api/auth/session',
  'partial POST /api/auth/second-factor',
  'partial POST /api/auth/sign-out',
  'partial POST /api/auth/totp/confirm',
  'partial POST /api/auth/totp/enrol',
];

const LABEL: Record<Role, string> = { peer_specialist: 'a peer specialist', supervisor: 'a supervisor', privacy_officer: 'a privacy officer', admin: 'an administrator' };
const methodOf = (key: string) => key.slice(0, key.indexOf(' '));
const outcomeOf = (status: number): Outcome | number => (status >= 200 && status < 300 ? 'ok' : status);

describe('access matrix: every route × every role × own / other caseload / other organization', () => {
  let h: Harness;
  let w: World;

  const created = async (u: TestUser, url: string, body: unknown): Promise<string> => {
    const r = await h.call(u.token, 'POST', url, body);
    assert.equal(r.status, 201, `${url}: ${r.text}`);
    return (r.json as { id: string }).id;
  };

  before(async () => {
    h = await startHarness();
    const main = await h.org();
    const second = await h.org();
    const a: Record<Role, TestUser> = {
      peer_specialist: await main.user('peer_specialist', 'main'),
      supervisor: await main.user('supervisor', 'main'),
      privacy_officer: await main.user('privacy_officer', 'none'),
      admin: main.admin,
    };
    const b: Record<Role, TestUser> = {
      peer_specialist: await main.user('peer_specialist', 'other'),
      supervisor: await main.user('supervisor', 'other'),
      privacy_officer: await main.user('privacy_officer', 'none'),
      admin: await main.user('admin', 'none'),
    };
    const peerA = a.peer_specialist;
    const participant = await created(peerA, '/api/participants', { profile: sampleProfile() });
    const note = await created(peerA, `/api/participants/${participant}/notes`, NOTE);
    const group = await created(peerA, '/api/groups', { name: 'Matrix circle' });
    const groupSession = await created(peerA, `/api/groups/${group}/sessions`, {
      sessionDate: '2026-11-18',
      sessionType: 'in_person',
      durationMinutes: 60,
      attendance: [{ participantId: participant, present: true, note: 'Attended the matrix circle.' }],
    });
    const onPeerB = await created(b.peer_specialist, '/api/participants', { profile: sampleProfile('Orrin', 'Blackwood') });
    const grant = await created(peerA, `/api/participants/${onPeerB}/break-glass`, { reason: 'Crisis call while peer B is away tonight.' });

    const fPeer = await second.user('peer_specialist', 'main');
    const fPeerOther = await second.user('peer_specialist', 'other');
    const fParticipant = await created(fPeer, '/api/participants', { profile: sampleProfile('Ysolde', 'Marrow') });
    const fNote = await created(fPeer, `/api/participants/${fParticipant}/notes`, NOTE);
    const fGroup = await created(fPeer, '/api/groups', { name: 'Foreign circle' });
    const fGroupSession = await created(fPeer, `/api/groups/${fGroup}/sessions`, {
      sessionDate: '2026-11-18',
      sessionType: 'in_person',
      durationMinutes: 60,
      attendance: [{ participantId: fParticipant, present: true }],
    });
    const fGrant = await created(fPeerOther, `/api/participants/${fParticipant}/break-glass`, { reason: 'Crisis call in the other organization.' });

    const consent = await created(peerA, `/api/participants/${participant}/consents`, CONSENT);
    const fConsent = await created(fPeer, `/api/participants/${fParticipant}/consents`, CONSENT);
    const decision = await created(peerA, `/api/participants/${participant}/disclosure-decisions`, ASK.permitted);
    const fDecision = await created(fPeer, `/api/participants/${fParticipant}/disclosure-decisions`, ASK.permitted);
    // Shared, so the packet can be read again (GET /api/disclosures/:id/packet).
    const disclosure = await created(peerA, `/api/disclosure-decisions/${decision}/disclosure`, {});
    const fDisclosure = await created(fPeer, `/api/disclosure-decisions/${fDecision}/disclosure`, {});
    const safetyEvent = await created(peerA, `/api/participants/${participant}/safety-events`, SAFETY_REPORT);
    const fSafetyEvent = await created(fPeer, `/api/participants/${fParticipant}/safety-events`, SAFETY_REPORT);

    let sources = 0;
    w = {
      a,
      b,
      participant,
      note,
      group,
      groupSession,
      grant,
      foreign: { peer: fPeer, participant: fParticipant, note: fNote, groupSession: fGroupSession, grant: fGrant, colleague: fPeerOther },
      consultationBy: async (author, recipient) => {
        const about = author.actor.orgId === fPeer.actor.orgId ? fParticipant : participant;
        const id = await created(author, `/api/participants/${about}/consultations`, CONSULTATION);
        if (recipient) {
          const sent = await h.call(author.token, 'POST', `/api/consultations/${id}/send`, { recipientId: recipient.actor.userId });
          assert.equal(sent.status, 200, sent.text);
        }
        return id;
      },
      freshParticipant: () => created(peerA, '/api/participants', { profile: sampleProfile('Fresh', 'Matrix') }),
      freshForeignParticipant: () => created(fPeer, '/api/participants', { profile: sampleProfile('Fresh', 'Foreign') }),
      sessionOf: async (u) => {
        // A distinct source per sign-in keeps the per-address sign-in limit out of the way.
        const opened = await signIn(h.ports, u.email, u.password, `matrix-${++sources}`);
        const row = await h.testDb.database.db.selectFrom('sessions').select('id').where('token_hash', '=', tokenHash(opened.token)).executeTakeFirstOrThrow();
        return row.id;
      },
      apiTokenOf: async (u) => (await createApiToken(h.ports, u.actor, 'matrix', undefined, 'test')).id,
      consent,
      foreignConsent: fConsent,
      decision,
      foreignDecision: fDecision,
      disclosure,
      foreignDisclosure: fDisclosure,
      freshConsent: (target) =>
        target === 'other_org' ? created(fPeer, `/api/participants/${fParticipant}/consents`, CONSENT) : created(peerA, `/api/participants/${participant}/consents`, CONSENT),
      freshDecision: (target, kind) =>
        target === 'other_org'
          ? created(fPeer, `/api/participants/${fParticipant}/disclosure-decisions`, ASK[kind])
          : created(peerA, `/api/participants/${participant}/disclosure-decisions`, ASK[kind]),
      safetyEvent,
      foreignSafetyEvent: fSafetyEvent,
      freshSafetyEvent: async (target) => {
        const [who, about] =
          target === 'other_org'
            ? [fPeer, await created(fPeer, '/api/participants', { profile: sampleProfile('Fresh', 'Foreign') })]
            : [peerA, await created(peerA, '/api/participants', { profile: sampleProfile('Fresh', 'Matrix') })];
        return created(who, `/api/participants/${about}/safety-events`, SAFETY_REPORT);
      },
    };
  });
  after(() => h.close());

  /** Sends one cell's request: `unknownId` replaces the resource with an id that does not exist. */
  const send = async (key: string, entry: Entry, role: Role, target: Target | 'org', unknownId = false) => {
    const actor = target === 'other_caseload' ? w.b[role] : w.a[role];
    const req = entry.kind === 'org' ? entry.request(w) : entry.request(unknownId ? randomUUID() : await entry.resource(w, target as Target, role), w);
    return h.call(actor.token, methodOf(key), req.url, req.body);
  };

  test('every signed-in route has an entry, and every entry names a route that exists', () => {
    const full = h.routes.filter((r) => r.auth === 'full').map((r) => `${r.method} ${r.url}`);
    assert.deepEqual(full.filter((k) => !(k in MATRIX)).sort(), [], 'routes without an entry in MATRIX');
    assert.deepEqual(Object.keys(MATRIX).filter((k) => !full.includes(k)).sort(), [], 'entries for routes that no longer exist');
  });

  test('the routes left out are exactly the public ones and the sign-in steps', () => {
    const skipped = h.routes.filter((r) => r.auth !== 'full').map((r) => `${r.auth} ${r.method} ${r.url}`);
    assert.deepEqual(skipped.sort(), NOT_IN_MATRIX);
  });

  test('every signed-in route answers 401 to a request without credentials', async () => {
    const answers: Record<string, number> = {};
    for (const key of Object.keys(MATRIX)) {
      const url = key.slice(key.indexOf(' ') + 1).replace(':id', randomUUID());
      answers[key] = (await h.call(null, methodOf(key), url, methodOf(key) === 'GET' || methodOf(key) === 'DELETE' ? undefined : {})).status;
    }
    assert.deepEqual(answers, Object.fromEntries(Object.keys(MATRIX).map((k) => [k, 401])));
  });

  for (const role of ROLES) {
    test(`${LABEL[role]} is allowed exactly the expected cells and denied the rest with the expected status`, async () => {
      const expected: Record<string, Outcome | number> = {};
      const actual: Record<string, Outcome | number> = {};
      for (const [key, entry] of Object.entries(MATRIX)) {
        if (entry.kind === 'org') {
          expected[key] = entry.expect[role];
          actual[key] = outcomeOf((await send(key, entry, role, 'org')).status);
          continue;
        }
        for (const [i, target] of TARGETS.entries()) {
          expected[`${key} [${target}]`] = entry.expect[role][i]!;
          actual[`${key} [${target}]`] = outcomeOf((await send(key, entry, role, target)).status);
        }
      }
      assert.deepEqual(actual, expected);
    });
  }

  test('a 404 denial is byte-identical to the answer for an id that does not exist', async () => {
    const differing: string[] = [];
    for (const [key, entry] of Object.entries(MATRIX)) {
      if (entry.kind !== 'resource') continue;
      for (const role of ROLES) {
        for (const [i, target] of TARGETS.entries()) {
          if (entry.expect[role][i] !== 404) continue;
          const denied = await send(key, entry, role, target);
          const unknown = await send(key, entry, role, target, true);
          if (denied.status !== 404 || unknown.status !== 404 || denied.text !== unknown.text) {
            differing.push(`${role} ${key} [${target}]: ${denied.status} ${denied.text.slice(0, 120)} ≠ ${unknown.status} ${unknown.text.slice(0, 120)}`);
          }
        }
      }
    }
    assert.deepEqual(differing, []);
  });

  test('search lists only participants the role may see, never another organization’s', async () => {
    const ids = async (u: TestUser) => ((await h.call(u.token, 'GET', '/api/participants')).json as { id: string }[]).map((p) => p.id);
    assert.ok((await ids(w.a.peer_specialist)).includes(w.participant), 'peer A finds their own participant');
    assert.ok(!(await ids(w.b.peer_specialist)).includes(w.participant), 'peer B does not find peer A’s participant');
    assert.ok((await ids(w.a.supervisor)).includes(w.participant), 'supervisor A finds the team’s participant');
    assert.ok(!(await ids(w.b.supervisor)).includes(w.participant), 'supervisor B does not');
    for (const role of ROLES) {
      assert.ok(!(await ids(w.a[role])).includes(w.foreign.participant), `${role} never finds another organization’s participant`);
    }
  });

  test('caseload attention lists only the asker’s own caseload or team, never another organization’s', async () => {
    // The participant has an open safety event and no signed statement, so it is listed wherever it may be.
    const ids = async (u: TestUser) => ((await h.call(u.token, 'GET', '/api/caseload/attention')).json as { participants: { participantId: string }[] }).participants.map((p) => p.participantId);
    assert.ok((await ids(w.a.peer_specialist)).includes(w.participant), 'peer A: their own participant');
    assert.ok(!(await ids(w.b.peer_specialist)).includes(w.participant), 'peer B: not peer A’s participant');
    assert.ok((await ids(w.a.supervisor)).includes(w.participant), 'supervisor A: the team’s participant');
    assert.ok(!(await ids(w.b.supervisor)).includes(w.participant), 'supervisor B: not another team’s');
    assert.deepEqual(await ids(w.a.privacy_officer), [], 'a privacy officer holds no caseload');
    for (const role of ['peer_specialist', 'supervisor'] as const) {
      assert.ok(!(await ids(w.a[role])).includes(w.foreign.participant), `${role}: never another organization’s participant`);
    }
  });
});
