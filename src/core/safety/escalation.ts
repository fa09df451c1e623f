/**
 * Who a safety event goes to, and when an unacknowledged imminent event passes to the next
 * supervisor. Pure: the server supplies the supervisors, the settings and the clock.
 */

/** A supervisor who may receive safety events. */
export interface SupervisorRef {
  readonly id: string;
  readonly teamId: string | null;
}

/**
 * The supervisors to try, in order: the organization's list when it set one (only those still
 * active), otherwise the participant's team's supervisors first, then the others.
 */
export function escalationChain(order: readonly string[], active: readonly SupervisorRef[], participantTeamId: string | null): readonly string[] {
  const ids = new Set(active.map((s) => s.id));
  const listed = order.filter((id, i) => ids.has(id) && order.indexOf(id) === i);
  if (listed.length > 0) return listed;
  const team = active.filter((s) => participantTeamId !== null && s.teamId === participantTeamId).map((s) => s.id);
  return [...team, ...active.map((s) => s.id).filter((id) => !team.includes(id))];
}

/**
 * The supervisor an event is assigned to when it opens: a supervisor of the participant's team
 * who is on the chain, else the first on the chain; never the staff member who reported it when
 * someone else can take it (a supervisor does not supervise their own report).
 */
export function firstAssignee(chain: readonly string[], active: readonly SupervisorRef[], participantTeamId: string | null, reporterId: string | null): string | null {
  const others = chain.filter((id) => id !== reporterId);
  const candidates = others.length > 0 ? others : chain;
  const teamIds = new Set(active.filter((s) => participantTeamId !== null && s.teamId === participantTeamId).map((s) => s.id));
  return candidates.find((id) => teamIds.has(id)) ?? candidates[0] ?? null;
}

/** The state of an event that escalation looks at. */
export interface EscalationState {
  readonly urgency: string;
  readonly status: string;
  readonly openedAt: Date;
  readonly escalatedAt: Date | null;
  readonly assignedSupervisorId: string | null;
  /** Supervisors it was already assigned to, in order (the current one last). */
  readonly tried: readonly string[];
  readonly exhausted: boolean;
}

export type EscalationChoice =
  | { readonly kind: 'wait'; readonly dueAt: Date | null }
  | { readonly kind: 'escalate'; readonly to: string }
  | { readonly kind: 'exhausted' };

/**
 * What to do with one event now: only imminent events still open (not acknowledged) escalate, once
 * `ackMinutes` have passed since it opened or since its last escalation. The next supervisor is the
 * first on the chain not yet tried; when none is left it is reported once as exhausted.
 */
export function chooseEscalation(e: EscalationState, chain: readonly string[], ackMinutes: number, now: Date): EscalationChoice {
  if (e.urgency !== 'imminent' || e.status !== 'open' || e.exhausted) return { kind: 'wait', dueAt: null };
  const since = e.escalatedAt ?? e.openedAt;
  const dueAt = new Date(since.getTime() + ackMinutes * 60_000);
  if (now < dueAt) return { kind: 'wait', dueAt };
  const next = chain.find((id) => !e.tried.includes(id) && id !== e.assignedSupervisorId);
  return next ? { kind: 'escalate', to: next } : { kind: 'exhausted' };
}
