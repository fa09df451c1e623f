/** Safety words as staff read them. */
export const URGENCY_WORDS: Record<string, string> = { low: 'Low', moderate: 'Moderate', high: 'High', imminent: 'Imminent danger' };

export const STATUS_WORDS: Record<string, string> = { open: 'Open, waiting for a supervisor', acknowledged: 'Acknowledged by a supervisor', closed: 'Closed' };

export const CATEGORY_WORDS: Record<string, string> = {
  self_harm: 'Harm to self',
  harm_to_others: 'Harm to others',
  child_abuse: 'Child abuse',
  vulnerable_adult_abuse: 'Abuse of a vulnerable adult',
  domestic_violence: 'Violence at home',
  crime: 'Crime',
};

export const STEP_WORDS: Record<string, string> = {
  opened: 'Event opened',
  listen: 'Stay with the person and listen',
  inform_participant: 'Tell the participant what will be shared',
  notify_supervisor: 'Notify the supervisor',
  referral: 'Refer to crisis services or professionals',
  outside_contact: 'Contact outside the program',
  safety_plan: 'Safety plan',
  closed: 'Close with an outcome and a follow-up date',
  acknowledged: 'Acknowledged by a supervisor',
  reassigned: 'Handed to another supervisor',
  escalated: 'Escalated to the next supervisor',
};

export const OUTCOME_WORDS: Record<string, string> = {
  safe_with_plan: 'Safe, with a safety plan',
  connected_to_crisis_services: 'Connected to crisis services',
  emergency_services_responded: 'Emergency services responded',
  hospital_or_emergency_department: 'Went to hospital or an emergency department',
  no_current_risk_after_review: 'No current risk after review',
  lost_contact: 'Lost contact',
  other: 'Other',
};

export const REFERRAL_WORDS: Record<string, string> = {
  crisis_line_988: '988 Suicide & Crisis Lifeline',
  emergency_911: '911 emergency services',
  mobile_crisis: 'Mobile crisis team',
  other_professional: 'Another professional',
};

export const DECISION_WORDS: Record<string, string> = {
  permitted_with_consent: 'Permitted: the participant’s consent covers it',
  permitted_exception: 'Permitted without consent: an exception in the law applies',
  required_report: 'Required: the law requires this report',
  deidentified_only: 'Only without anything that identifies the participant',
  denied: 'Not permitted: do not share',
  escalate: 'Needs a supervisor’s decision before sharing',
};

export function words(map: Record<string, string>, key: string): string {
  return map[key] ?? key.replace(/_/g, ' ');
}

/** "1 minute", "10 minutes", "2 hours 5 minutes", "3 days". */
export function minutesWords(minutes: number): string {
  const unit = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;
  if (minutes < 60) return unit(minutes, 'minute');
  if (minutes < 48 * 60) {
    const h = Math.floor(minutes / 60);
    const m = minutes % 60;
    return m === 0 ? unit(h, 'hour') : `${unit(h, 'hour')} ${unit(m, 'minute')}`;
  }
  return unit(Math.floor(minutes / 1440), 'day');
}

/** How long an event has waited: "just now", "12 minutes ago", "2 hours 5 minutes ago". */
export function ageWords(minutes: number): string {
  return minutes < 1 ? 'just now' : `${minutesWords(minutes)} ago`;
}

/** A time as people say it: "2:05 PM" today, else the date and time. */
export function clockWords(iso: string, now = new Date()): string {
  const at = new Date(iso);
  const sameDay = at.toDateString() === now.toDateString();
  return sameDay ? at.toLocaleTimeString(undefined, { timeStyle: 'short' }) : at.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** The dashboard's line for an event's last escalation. */
export function escalationWords(e: { readonly at: string; readonly toName: string | null; readonly afterMinutes: number | null; readonly exhausted: boolean }): string {
  if (e.exhausted) return `At ${clockWords(e.at)} every supervisor on the list had been told and none acknowledged it`;
  const after = e.afterMinutes !== null ? ` — not acknowledged within ${minutesWords(e.afterMinutes)}` : '';
  return `Escalated to ${e.toName ?? 'the next supervisor'} at ${clockWords(e.at)}${after}`;
}
