import { randomUUID } from 'node:crypto';
import { type Selectable, sql } from 'kysely';
import type { FindingView, ReportInput, SafetyEventView, StepInput } from '../../contract/safety.ts';
import type { RiskCategory, RiskLevel } from '../../core/risk/types.ts';
import { firstAssignee, escalationChain, type SupervisorRef } from '../../core/safety/escalation.ts';
import { checkStep, type EventState, nextSteps, type ProtocolStep, type RecordedStep, STEP_GUIDANCE, type Urgency } from '../../core/safety/protocol.ts';
import { emptySteps, type SafetyPlan } from '../../core/safety/safety-plan.ts';
import { auditByActor } from '../audit/audit-log.ts';
import { requireOrganization, requireParticipant, runAsActor } from '../access/enforce.ts';
import { open, openJson, sealJson } from '../crypto/aead.ts';
import type { Tx } from '../db/open-database.ts';
import type { RiskFindingsTable, SafetyEventsTable } from '../db/safety-tables.ts';
import { ConflictError, InvalidInputError, NotFoundError } from '../errors.ts';
import type { Mailer } from '../notifications/mailer.ts';
import { notifyUsers } from '../notifications/notices.ts';
import type { RequestContext } from '../request-context.ts';
import { requireDataKey, sealedAt } from './participant-keys.ts';
import { iso, isoDate, type RecordPorts } from './ports.ts';
import { crisisNumbers, loadSafetySettings } from './safety-settings.ts';

/**
 * Safety events: opened by a finding at high or imminent or by a staff member's own report, walked
 * through the protocol step by step (each stamped with time and actor), closed with an outcome and
 * a follow-up date. Nothing here reports anything outside PeerKeep: an outside contact is made by a
 * person and recorded through the disclosure decision.
 */

/** The record ports plus the mail server, when the server has one (null: in-app notices only). */
export interface SafetyPorts extends RecordPorts {
  readonly mailer?: Mailer | null;
}

export type EventRow = Selectable<SafetyEventsTable>;
type FindingRow = Selectable<RiskFindingsTable>;

const URGENCY_RANK: Readonly<Record<Urgency, number>> = { low: 1, moderate: 2, high: 3, imminent: 4 };

/** Free text written for a step, sealed as one value. */
interface StepDetails {
  readonly text: string | null;
  readonly openQuestions?: readonly string[];
  readonly contacted?: string;
}

/** Active supervisors of the organization, for the escalation chain. */
export async function activeSupervisors(tx: Tx): Promise<SupervisorRef[]> {
  const rows = await tx.selectFrom('users').select(['id', 'team_id']).where('role', '=', 'supervisor').where('disabled_at', 'is', null).orderBy('created_at').execute();
  return rows.map((r) => ({ id: r.id, teamId: r.team_id }));
}

/** The supervisors to try for a participant, in order. */
export async function chainFor(tx: Tx, participantId: string): Promise<{ chain: readonly string[]; supervisors: SupervisorRef[]; teamId: string | null }> {
  const p = await tx.selectFrom('participants').select('team_id').where('id', '=', participantId).executeTakeFirst();
  const teamId = p?.team_id ?? null;
  const supervisors = await activeSupervisors(tx);
  const { escalationOrder } = await loadSafetySettings(tx);
  return { chain: escalationChain(escalationOrder, supervisors, teamId), supervisors, teamId };
}

/** Appends a step to an event (whose row the caller holds locked) and returns its number. */
export async function addStep(
  tx: Tx,
  key: Buffer,
  ev: { id: string; org_id: string; participant_id: string },
  step: RecordedStep,
  actorId: string | null,
  at: Date,
  data: Record<string, unknown>,
  details: StepDetails | null,
): Promise<number> {
  const last = await tx.selectFrom('safety_event_steps').select((eb) => eb.fn.max('seq').as('seq')).where('event_id', '=', ev.id).executeTakeFirst();
  const seq = Number(last?.seq ?? 0) + 1;
  const id = randomUUID();
  await tx
    .insertInto('safety_event_steps')
    .values({
      id,
      org_id: ev.org_id,
      event_id: ev.id,
      participant_id: ev.participant_id,
      seq,
      step,
      actor_id: actorId,
      at,
      data: JSON.stringify(data),
      details_enc: details ? sealJson(key, details, sealedAt.safetyStepDetails(id)) : null,
    })
    .execute();
  return seq;
}

/**
 * The open (not closed) event of a participant, locked. The advisory lock serializes two saves
 * for the same participant, so the second joins the first one's event instead of failing on the
 * one-open-event index (which would lose the note being saved).
 */
async function openEventOf(tx: Tx, participantId: string) {
  await sql`SELECT pg_advisory_xact_lock(hashtext('safety_event:' || ${participantId}))`.execute(tx);
  return tx.selectFrom('safety_events').selectAll().where('participant_id', '=', participantId).where('status', '!=', 'closed').forUpdate().executeTakeFirst();
}

/** Creates an event, assigns it to the first supervisor on the chain and tells them at once. */
async function createEvent(
  tx: Tx,
  key: Buffer,
  ctx: RequestContext,
  participantId: string,
  via: { kind: 'finding'; findingId: string } | { kind: 'staff_report'; report: string },
  urgency: Urgency,
  categories: readonly string[],
): Promise<string> {
  const id = randomUUID();
  const now = new Date();
  const { chain, supervisors, teamId } = await chainFor(tx, participantId);
  const assignee = firstAssignee(chain, supervisors, teamId, via.kind === 'staff_report' ? ctx.actor.userId : null);
  const row = {
    id,
    org_id: ctx.actor.orgId,
    participant_id: participantId,
    opened_via: via.kind,
    finding_id: via.kind === 'finding' ? via.findingId : null,
    opened_by: ctx.actor.userId,
    urgency,
    categories: JSON.stringify(categories),
    report_enc: via.kind === 'staff_report' ? sealJson(key, via.report, sealedAt.safetyReport(id)) : null,
    assigned_supervisor_id: assignee,
    opened_at: now,
    updated_at: now,
  };
  await tx.insertInto('safety_events').values(row).execute();
  await addStep(tx, key, row, 'opened', ctx.actor.userId, now, { via: via.kind, urgency, assignedTo: assignee }, null);
  const notified = assignee ? await notifyUsers(tx, ctx.actor.orgId, [assignee], 'safety_event', id, participantId) : [];
  await auditByActor(tx, ctx, {
    action: 'safety.open',
    outcome: 'succeeded',
    participantId,
    resourceType: 'safety_event',
    resourceId: id,
    detail: { via: via.kind, urgency, assigned: assignee !== null, notified: notified.length },
  });
  return id;
}

/**
 * Opens a safety event for a finding at high or imminent, inside the transaction that stores the
 * note or message. While an event is open for the participant the finding joins it (one event
 * per participant), raising its urgency when the new finding is more urgent.
 */
export async function openEventForFinding(tx: Tx, ports: RecordPorts, ctx: RequestContext, participantId: string, findingId: string, level: 'high' | 'imminent', categories: readonly RiskCategory[]): Promise<string> {
  const key = await requireDataKey(tx, ports.keys, ctx.actor.orgId, participantId);
  const open = await openEventOf(tx, participantId);
  if (!open) return createEvent(tx, key, ctx, participantId, { kind: 'finding', findingId }, level, categories);
  const raised = URGENCY_RANK[level] > URGENCY_RANK[open.urgency as Urgency];
  const merged = [...new Set([...open.categories, ...categories])];
  await tx
    .updateTable('safety_events')
    .set({ urgency: raised ? level : open.urgency, categories: JSON.stringify(merged), updated_at: new Date() })
    .where('id', '=', open.id)
    .execute();
  await auditByActor(tx, ctx, { action: 'safety.join', outcome: 'succeeded', participantId, resourceType: 'safety_event', resourceId: open.id, detail: { findingId, raised } });
  return open.id;
}

/** A staff member's own report, from any screen: opens an event unless one is already open. */
export function reportSafetyEvent(ports: SafetyPorts, ctx: RequestContext, participantId: string, input: ReportInput): Promise<SafetyEventView> {
  return runAsActor(ports.db, ctx, async (tx) => {
    await requireParticipant(tx, ctx, 'safety.report', participantId, { type: 'safety_event', id: null });
    const key = await requireDataKey(tx, ports.keys, ctx.actor.orgId, participantId);
    if (await openEventOf(tx, participantId)) {
      throw new ConflictError('A safety event is already open for this participant. Continue it from the participant’s safety events instead of opening another.', 'participant');
    }
    const id = await createEvent(tx, key, ctx, participantId, { kind: 'staff_report', report: input.report }, input.urgency, input.categories);
    const row = await tx.selectFrom('safety_events').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    return presentEvent(tx, key, row);
  });
}

/**
 * Finds an event and checks the action. The supervisor an event is assigned or escalated to may
 * act on it even outside their team (escalation can reach another team's supervisor, and the
 * protocol needs them now); anyone else needs the action on the participant. Unknown ids and
 * denials answer alike.
 */
async function requireEvent(tx: Tx, ports: RecordPorts, ctx: RequestContext, action: 'safety.read' | 'safety.act', eventId: string, lock = false) {
  const q = tx.selectFrom('safety_events').selectAll().where('id', '=', eventId);
  const row = await (lock ? q.forUpdate() : q).executeTakeFirst();
  if (row && ctx.actor.role === 'supervisor' && row.assigned_supervisor_id === ctx.actor.userId) {
    await requireOrganization(tx, ctx, 'safety.supervise', { type: 'safety_event', id: eventId });
  } else {
    await requireParticipant(tx, ctx, action, row?.participant_id ?? eventId, { type: 'safety_event', id: eventId });
  }
  if (!row) throw new NotFoundError('safety_event');
  const key = await requireDataKey(tx, ports.keys, ctx.actor.orgId, row.participant_id);
  return { row, key };
}

/** One event with its steps, notices, finding and plan. */
export function getSafetyEvent(ports: RecordPorts, ctx: RequestContext, eventId: string): Promise<SafetyEventView> {
  return runAsActor(ports.db, ctx, async (tx) => {
    const { row, key } = await requireEvent(tx, ports, ctx, 'safety.read', eventId);
    return presentEvent(tx, key, row);
  });
}

/** A participant's safety events, newest first. */
export function listParticipantEvents(ports: RecordPorts, ctx: RequestContext, participantId: string): Promise<SafetyEventView[]> {
  return runAsActor(ports.db, ctx, async (tx) => {
    await requireParticipant(tx, ctx, 'safety.read', participantId, { type: 'safety_event', id: null });
    const key = await requireDataKey(tx, ports.keys, ctx.actor.orgId, participantId);
    const rows = await tx.selectFrom('safety_events').selectAll().where('participant_id', '=', participantId).orderBy('opened_at', 'desc').limit(100).execute();
    const out: SafetyEventView[] = [];
    for (const r of rows) out.push(await presentEvent(tx, key, r));
    return out;
  });
}

/** Every finding stored for a participant, discounted ones included, newest first. */
export function listFindings(ports: RecordPorts, ctx: RequestContext, participantId: string): Promise<FindingView[]> {
  return runAsActor(ports.db, ctx, async (tx) => {
    await requireParticipant(tx, ctx, 'safety.read', participantId, { type: 'risk_finding', id: null });
    const key = await requireDataKey(tx, ports.keys, ctx.actor.orgId, participantId);
    const rows = await tx.selectFrom('risk_findings').selectAll().where('participant_id', '=', participantId).orderBy('created_at', 'desc').orderBy('start_at').limit(500).execute();
    return rows.map((r) => presentFinding(key, r));
  });
}

/** What a step's outside contact did with the disclosure decision. */
export interface OutsideContactLink {
  readonly decisionId: string;
  readonly outcome: string;
  readonly disclosureId: string | null;
  readonly tellParticipant: string | null;
  readonly accountingLink: 'recorded' | 'not_disclosable';
}

/**
 * Records one protocol step on an event, checked against the protocol's rules, stamped with the
 * time and the actor; `link` is what the outside contact's disclosure decision recorded.
 */
export function recordStep(ports: SafetyPorts, ctx: RequestContext, eventId: string, input: StepInput, link: OutsideContactLink | null = null): Promise<SafetyEventView> {
  return runAsActor(ports.db, ctx, async (tx) => {
    const { row, key } = await requireEvent(tx, ports, ctx, 'safety.act', eventId, true);
    const check = checkStep(await eventState(tx, row), input.step);
    if (!check.ok) throw new ConflictError(check.reason, 'step');
    const now = new Date();
    const actor = ctx.actor.userId;
    let data: Record<string, unknown> = {};
    let details: StepDetails = { text: 'details' in input ? (input.details ?? null) : null };
    switch (input.step) {
      case 'listen':
        data = { openQuestions: input.openQuestions?.length ?? 0 };
        details = { text: input.details, ...(input.openQuestions ? { openQuestions: input.openQuestions } : {}) };
        break;
      case 'inform_participant':
        data = { participantTold: input.participantTold };
        break;
      case 'notify_supervisor': {
        const target = input.supervisorId ?? row.assigned_supervisor_id ?? (await chainFor(tx, row.participant_id)).chain[0] ?? null;
        if (!target) throw new ConflictError('No active supervisor is set up in this organization. Call your program director or use the crisis numbers now; ask an administrator to add a supervisor.', 'supervisorId');
        if (input.supervisorId) await requireActiveSupervisor(tx, input.supervisorId, 'supervisorId');
        if (!row.assigned_supervisor_id) await tx.updateTable('safety_events').set({ assigned_supervisor_id: target, updated_at: now }).where('id', '=', row.id).execute();
        const ids = await notifyUsers(tx, row.org_id, [target], 'safety_event', row.id, row.participant_id);
        data = { notified: [target], notifications: ids.length, email: ports.mailer === null ? 'not_configured' : 'queued', ...(row.assigned_supervisor_id ? {} : { assignedTo: target }) };
        break;
      }
      case 'referral': {
        const { numbers } = await crisisNumbers(tx);
        const pick = input.to === 'crisis_line_988' ? '988' : input.to === 'emergency_911' ? '911' : input.to === 'mobile_crisis' ? numbers.find((n) => /mobile/i.test(n.label))?.number : undefined;
        data = { to: input.to, number: input.number ?? pick ?? null, warmHandoff: input.warmHandoff };
        break;
      }
      case 'outside_contact':
        data = { actedAlone: check.actedAlone, decisionId: link?.decisionId ?? null, outcome: link?.outcome ?? null, disclosureId: link?.disclosureId ?? null, accountingLink: link?.accountingLink ?? 'pending' };
        details = { text: input.details, contacted: input.contacted };
        break;
      case 'safety_plan':
        data = await linkPlan(tx, key, row, input.planId, input.plan, actor);
        break;
      case 'closed':
        await tx
          .updateTable('safety_events')
          .set({ status: 'closed', outcome: input.outcome, follow_up_on: input.followUpOn, closed_by: actor, closed_at: now, updated_at: now })
          .where('id', '=', row.id)
          .execute();
        data = { outcome: input.outcome, followUpOn: input.followUpOn };
        break;
    }
    const seq = await addStep(tx, key, row, input.step, actor, now, data, details.text === null && !details.contacted && !details.openQuestions ? null : details);
    await auditByActor(tx, ctx, {
      action: `safety.step.${input.step}`,
      outcome: 'succeeded',
      participantId: row.participant_id,
      resourceType: 'safety_event',
      resourceId: row.id,
      detail: { seq, ...(input.step === 'outside_contact' ? { actedAlone: check.actedAlone, disclosureId: link?.disclosureId ?? null } : {}) },
    });
    const updated = await tx.selectFrom('safety_events').selectAll().where('id', '=', row.id).executeTakeFirstOrThrow();
    return presentEvent(tx, key, updated);
  });
}

/** Checks that a step may be recorded now, without writing anything (before an outside contact's decision). */
export function precheckStep(ports: RecordPorts, ctx: RequestContext, eventId: string, step: ProtocolStep): Promise<string> {
  return runAsActor(ports.db, ctx, async (tx) => {
    const { row } = await requireEvent(tx, ports, ctx, 'safety.act', eventId);
    const check = checkStep(await eventState(tx, row), step);
    if (!check.ok) throw new ConflictError(check.reason, 'step');
    return row.participant_id;
  });
}

async function requireActiveSupervisor(tx: Tx, userId: string, field: string): Promise<void> {
  const u = await tx.selectFrom('users').select('id').where('id', '=', userId).where('role', '=', 'supervisor').where('disabled_at', 'is', null).executeTakeFirst();
  if (!u) throw new InvalidInputError(field, 'That is not an active supervisor of this organization. Pick one from the list of users.');
}

/** Links an existing plan of the participant, or stores a new one (sealed). */
async function linkPlan(tx: Tx, key: Buffer, row: EventRow, planId: string | undefined, plan: SafetyPlan | undefined, actor: string): Promise<Record<string, unknown>> {
  if (planId && plan) throw new InvalidInputError('planId', 'Give either the id of an existing plan or a new plan, not both.');
  if (planId) {
    const found = await tx.selectFrom('safety_plans').select('id').where('id', '=', planId).where('participant_id', '=', row.participant_id).executeTakeFirst();
    if (!found) throw new InvalidInputError('planId', 'This participant has no safety plan with that id. Make a new plan in this step instead.');
    return { planId, created: false };
  }
  if (!plan) throw new InvalidInputError('plan', 'Link the participant’s existing safety plan (planId) or make one with them (plan).');
  const empty = emptySteps(plan);
  if (empty.length === 6) throw new InvalidInputError('plan', 'The safety plan is empty. Fill in at least the steps you made together with the participant.');
  const id = randomUUID();
  await tx.insertInto('safety_plans').values({ id, org_id: row.org_id, participant_id: row.participant_id, plan_enc: sealJson(key, plan, sealedAt.safetyPlan(id)), created_by: actor }).execute();
  return { planId: id, created: true, emptySteps: [...empty] };
}

/** The state the protocol rules look at. */
async function eventState(tx: Tx, row: EventRow): Promise<EventState> {
  const steps = await tx.selectFrom('safety_event_steps').select('step').where('event_id', '=', row.id).orderBy('seq').execute();
  return { status: row.status as EventState['status'], urgency: row.urgency as Urgency, done: steps.map((s) => s.step as RecordedStep) };
}

function presentFinding(key: Buffer, r: FindingRow): FindingView {
  return {
    id: r.id,
    participantId: r.participant_id,
    noteId: r.note_id,
    noteVersion: r.note_version,
    messageId: r.message_id,
    category: r.category as FindingView['category'],
    level: r.level as RiskLevel,
    modifiers: { negated: r.negated, historical: r.historical, hypothetical: r.hypothetical, experiencer: r.experiencer as 'participant' | 'other', material: r.material },
    cues: [...r.cues],
    start: r.start_at,
    end: r.end_at,
    evidence: open(key, r.evidence_enc, sealedAt.findingEvidence(r.id)).toString('utf8'),
    detectorVersion: r.detector_version,
    createdAt: iso(r.created_at),
  };
}

/** Display names of these staff, of this organization only (names of staff are not participant data). */
export async function staffNames(tx: Tx, orgId: string, ids: Iterable<string | null | undefined>): Promise<Map<string, string>> {
  const wanted = [...new Set([...ids].filter((id): id is string => typeof id === 'string'))];
  if (wanted.length === 0) return new Map();
  const rows = await tx.selectFrom('users').select(['id', 'display_name']).where('org_id', '=', orgId).where('id', 'in', wanted).execute();
  return new Map(rows.map((r) => [r.id, r.display_name]));
}

/** Every staff id an event's row, steps and notices name: actors and the supervisors in step data. */
function staffIdsOf(row: EventRow, steps: readonly { actor_id: string | null; data: Record<string, unknown> }[], notified: readonly string[], planBy: string | null): string[] {
  const ids: (string | null)[] = [row.opened_by, row.assigned_supervisor_id, row.acknowledged_by, planBy, ...notified];
  for (const s of steps) {
    ids.push(s.actor_id);
    for (const k of ['assignedTo', 'from'] as const) if (typeof s.data[k] === 'string') ids.push(s.data[k] as string);
    const list = s.data['notified'];
    if (Array.isArray(list)) for (const id of list) if (typeof id === 'string') ids.push(id);
  }
  return ids.filter((id): id is string => id !== null);
}

/** The full view of one event. */
export async function presentEvent(tx: Tx, key: Buffer, row: EventRow): Promise<SafetyEventView> {
  const steps = await tx.selectFrom('safety_event_steps').selectAll().where('event_id', '=', row.id).orderBy('seq').execute();
  const finding = row.finding_id ? await tx.selectFrom('risk_findings').selectAll().where('id', '=', row.finding_id).executeTakeFirst() : undefined;
  const notices = await tx
    .selectFrom('notifications as n')
    .leftJoin('notification_emails as m', 'm.notification_id', 'n.id')
    .select(['n.user_id', 'n.kind', 'n.created_at', 'n.read_at', 'm.status'])
    .where('n.subject_id', '=', row.id)
    .orderBy('n.created_at')
    .execute();
  const planStep = [...steps].reverse().find((s) => s.step === 'safety_plan');
  const planId = typeof planStep?.data['planId'] === 'string' ? planStep.data['planId'] : null;
  const plan = planId ? await tx.selectFrom('safety_plans').selectAll().where('id', '=', planId).executeTakeFirst() : undefined;
  const { numbers } = await crisisNumbers(tx);
  const names = await staffNames(tx, row.org_id, staffIdsOf(row, steps, notices.map((n) => n.user_id), plan?.created_by ?? null));
  const state: EventState = { status: row.status as EventState['status'], urgency: row.urgency as Urgency, done: steps.map((s) => s.step as RecordedStep) };
  return {
    id: row.id,
    participantId: row.participant_id,
    openedVia: row.opened_via as 'finding' | 'staff_report',
    openedBy: row.opened_by,
    finding: finding ? presentFinding(key, finding) : null,
    report: row.report_enc ? openJson<string>(key, row.report_enc, sealedAt.safetyReport(row.id)) : null,
    urgency: row.urgency as Urgency,
    categories: [...row.categories],
    status: row.status as SafetyEventView['status'],
    assignedSupervisorId: row.assigned_supervisor_id,
    escalationCount: row.escalation_count,
    acknowledgedBy: row.acknowledged_by,
    acknowledgedAt: row.acknowledged_at ? iso(row.acknowledged_at) : null,
    outcome: row.outcome as SafetyEventView['outcome'],
    followUpOn: row.follow_up_on ? isoDate(row.follow_up_on) : null,
    closedAt: row.closed_at ? iso(row.closed_at) : null,
    openedAt: iso(row.opened_at),
    steps: steps.map((s) => {
      const d = s.details_enc ? openJson<StepDetails>(key, s.details_enc, sealedAt.safetyStepDetails(s.id)) : null;
      return {
        seq: s.seq,
        step: s.step,
        actorId: s.actor_id,
        at: iso(s.at),
        data: s.data,
        details: d ? { text: d.text, ...(d.openQuestions ? { openQuestions: [...d.openQuestions] } : {}), ...(d.contacted ? { contacted: d.contacted } : {}) } : null,
      };
    }),
    nextSteps: nextSteps(state).map((s) => ({ step: s, guidance: STEP_GUIDANCE[s] })),
    crisisNumbers: numbers,
    notifications: notices.map((n) => ({ userId: n.user_id, kind: n.kind, createdAt: iso(n.created_at), readAt: n.read_at ? iso(n.read_at) : null, email: n.status ?? null })),
    safetyPlan: plan ? { id: plan.id, createdAt: iso(plan.created_at), createdBy: plan.created_by, plan: openJson<SafetyEventPlan>(key, plan.plan_enc, sealedAt.safetyPlan(plan.id)) } : null,
    people: [...names].map(([id, displayName]) => ({ id, displayName })),
  };
}

/** The plan as the contract shows it (arrays, mutable for serialization). */
type SafetyEventPlan = NonNullable<SafetyEventView['safetyPlan']>['plan'];
