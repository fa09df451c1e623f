/**
 * The safety protocol of PRODUCT.md capability 4 as data: the steps staff take after a risky
 * disclosure, the order PeerKeep suggests, and what must be done before an event may close.
 * Pure: the server stamps each step with its time and actor and stores it.
 */

/** Urgency of a safety event (a finding's level, or what the reporting staff member judged). */
export const URGENCIES = ['low', 'moderate', 'high', 'imminent'] as const;
export type Urgency = (typeof URGENCIES)[number];

/** Steps staff take, in the order PeerKeep suggests them. */
export const PROTOCOL_STEPS = ['listen', 'inform_participant', 'notify_supervisor', 'referral', 'outside_contact', 'safety_plan', 'closed'] as const;
export type ProtocolStep = (typeof PROTOCOL_STEPS)[number];

/** Steps PeerKeep itself records (opening, escalation) or a supervisor records on the event. */
export type RecordedStep = ProtocolStep | 'opened' | 'acknowledged' | 'reassigned' | 'escalated';

/** How an event ended. */
export const OUTCOMES = [
  'safe_with_plan',
  'connected_to_crisis_services',
  'emergency_services_responded',
  'hospital_or_emergency_department',
  'no_current_risk_after_review',
  'lost_contact',
  'other',
] as const;
export type SafetyOutcome = (typeof OUTCOMES)[number];

/** What each step means, shown to staff beside it. */
export const STEP_GUIDANCE: Readonly<Record<ProtocolStep, string>> = {
  listen: 'Stay with the person and listen. Ask open questions ("What is going on for you right now?"), not leading ones. Do not leave them alone if the risk is imminent.',
  inform_participant: 'Tell the participant what will be shared, with whom and why, before you share it when it is safe to do so.',
  notify_supervisor: 'Tell your supervisor now. PeerKeep notifies them in the app, and by e-mail when the organization has set up its mail server.',
  referral: 'Refer to professionals or emergency services: 988 (call or text), 911 for immediate danger, or the local mobile crisis team. A warm hand-off is best.',
  outside_contact: 'For every person or service outside PeerKeep you contact, record who it was; the disclosure decision and the accounting of disclosures record what was shared and why.',
  safety_plan: 'Link the participant’s safety plan or make one with them (Stanley–Brown: warning signs, coping, distraction, people to ask, professionals, a safer environment).',
  closed: 'Close with an outcome and a follow-up date.',
};

/** What a step request is checked against. */
export interface EventState {
  readonly status: 'open' | 'acknowledged' | 'closed';
  readonly urgency: Urgency;
  /** Steps recorded so far, in order. */
  readonly done: readonly RecordedStep[];
}

export type StepCheck = { readonly ok: true; readonly actedAlone: boolean } | { readonly ok: false; readonly reason: string; readonly missing?: readonly ProtocolStep[] };

/** Steps an event must have before it may close: imminent danger also needs a referral on record. */
export function requiredBeforeClose(urgency: Urgency): readonly ProtocolStep[] {
  const base: ProtocolStep[] = ['listen', 'inform_participant', 'notify_supervisor'];
  return urgency === 'imminent' ? [...base, 'referral'] : base;
}

/**
 * May this step be recorded now? Steps other than closing may repeat and come in any order — a
 * crisis does not follow a script — with two rules: nothing after closing, and an outside contact
 * before the supervisor was told only when the danger is imminent (disclosure-rules.md G2: a peer
 * acts alone only then), and it is marked as such.
 */
export function checkStep(state: EventState, step: ProtocolStep): StepCheck {
  if (state.status === 'closed') return { ok: false, reason: 'This safety event is closed. Open a new one if the danger came back.' };
  const supervisorTold = state.done.includes('notify_supervisor') || state.done.includes('acknowledged');
  if (step === 'outside_contact' && !supervisorTold) {
    if (state.urgency !== 'imminent') return { ok: false, reason: 'Notify your supervisor before contacting anyone outside the program: only imminent danger lets you act alone.', missing: ['notify_supervisor'] };
    return { ok: true, actedAlone: true };
  }
  if (step === 'closed') {
    const missing = requiredBeforeClose(state.urgency).filter((s) => !state.done.includes(s) && !(s === 'notify_supervisor' && supervisorTold));
    if (missing.length > 0) return { ok: false, reason: `Record these steps before closing: ${missing.map((m) => m.replace(/_/g, ' ')).join(', ')}.`, missing };
  }
  return { ok: true, actedAlone: false };
}

/** The protocol steps not yet taken, in the suggested order (what the screen offers next). */
export function nextSteps(state: EventState): readonly ProtocolStep[] {
  if (state.status === 'closed') return [];
  const once: readonly ProtocolStep[] = ['listen', 'inform_participant', 'notify_supervisor', 'safety_plan'];
  return PROTOCOL_STEPS.filter((s) => (once.includes(s) ? !state.done.includes(s) : s !== 'closed' || checkStep(state, 'closed').ok));
}
