import type { AccessEntry } from '../api/types.ts';
import { ROLE_NAMES } from '../layout/role-names.ts';
import { STEP_WORDS } from './safety/safety-words.ts';

/**
 * The audit log's entries in words, and one row per act: shared by the participant page's "Who
 * accessed the record" section and the printable access report, which a participant may be
 * handed. Every action the server writes has words here (web/e2e/access-words.test.ts reads the
 * server's code for them); an unknown one is still shown as recorded rather than hidden.
 */
export const ACTION_WORDS: Readonly<Record<string, string>> = {
  // The record itself.
  'participant.create': 'Added the participant',
  'participant.search': 'Found the participant in a search',
  'participant.read_identity': 'Saw the name',
  'participant.read_record': 'Opened the profile',
  'participant.update': 'Changed the profile',
  'participant.assign': 'Changed the caseload',
  'participant.caseload_read': 'Saw whose caseload the participant is on',
  'participant.access_report': 'Viewed this access report',
  'participant.erase': 'Erased the record',
  'caseload.attention': 'Saw the caseload’s reminders',
  'note.read': 'Read the notes',
  'note.write': 'Wrote a note',
  'note.edit': 'Edited a note',
  'break_glass.open': 'Opened the record in an emergency',
  'break_glass.grant': 'Opened the record in an emergency',
  'break_glass.list': 'Listed emergency accesses',
  'break_glass.review': 'Reviewed an emergency access',
  // Consents, the limits of confidentiality, disclosures and their accounting.
  'consent.read': 'Read the consents',
  'consent.write': 'Recorded a consent or a signature',
  'consent.create': 'Recorded a consent',
  'consent.revoke': 'Recorded that a consent was taken back',
  'consent.event': 'Recorded the event that ends a consent',
  'consent.export_pdf': 'Printed a consent form',
  'consent.review': 'Listed consents ending soon',
  'consent.expiring_list': 'Listed consents ending soon',
  'acknowledgment.record': 'Recorded the signed limits-of-confidentiality statement',
  'acknowledgment.unsigned_list': 'Listed unsigned limits-of-confidentiality statements',
  'disclosure.decide': 'Asked “May I share this?”',
  'disclosure.make': 'Shared information outside the program',
  'disclosure.override': 'Decided as supervisor to share despite a refusal',
  'disclosure.read_packet': 'Printed a disclosure packet again',
  'accounting.read': 'Opened the accounting of disclosures',
  'accounting.report': 'Produced the accounting of disclosures',
  // Messages, risk and safety.
  'message.read': 'Read logged messages',
  'message.write': 'Logged a message',
  'message.log': 'Logged a message',
  'risk.scan': 'Checked a text for risk (nothing kept)',
  'risk.scan_stored': 'Checked a saved text for risk',
  'safety.read': 'Read the safety events',
  'safety.report': 'Reported a safety concern',
  'safety.open': 'Opened a safety event',
  'safety.act': 'Recorded a safety protocol step',
  'safety.acknowledge': 'Acknowledged a safety event (supervisor)',
  'safety.escalate': 'A safety event passed to the next supervisor',
  'safety.reassign': 'Handed a safety event to another supervisor',
  'safety.join': 'Joined a safety event as supervisor',
  'safety.dashboard': 'Opened the supervisors’ safety dashboard',
  'safety.supervise': 'Supervised a safety event',
  'safety_settings.read': 'Read the safety settings',
  'safety_settings.manage': 'Changed the safety settings',
  'safety_settings.update': 'Changed the safety settings',
  // De-identified consultations.
  'consultation.start': 'Started a de-identified consultation',
  'consultation.create': 'Started a de-identified consultation',
  'consultation.review': 'Reviewed a consultation before sending',
  'consultation.redact': 'Removed words from a consultation before sending',
  'consultation.restore': 'Put back words in a consultation before sending',
  'consultation.send': 'Sent a de-identified consultation',
  'consultation.close': 'Closed a consultation',
  'consultation.reidentify': 'Looked up who a consultation was about',
  'consultation.reidentified': 'Looked up who a consultation was about',
  'consultation.transparency': 'Viewed when the participant was discussed',
  'consultation.receive': 'Opened the consultations sent to them',
  'consultation.inbox': 'Opened the consultations sent to them',
  'consultation.read_shared': 'Read a consultation sent to them',
  'consultation.reply': 'Replied to a consultation',
  // Groups.
  'group.manage': 'Managed a group',
  'group_session.record': 'Recorded a group meeting',
  'group_session.read': 'Read a group meeting',
  // The organization, its staff and sign-in.
  'organization.create': 'Created the organization',
  'user.manage': 'Managed staff accounts',
  'user.create': 'Added a staff account',
  'user.update': 'Changed a staff account',
  'team.manage': 'Managed the teams',
  'audit.read': 'Read the audit log',
  'policy_profile.read': 'Read the program’s rules',
  'policy_profile.manage': 'Changed the program’s rules',
  'policy_profile.update': 'Changed the program’s rules',
  'auth.sign_in': 'Signed in',
  'auth.sign_out': 'Signed out',
  'auth.totp_enrol': 'Set up the sign-in code app',
  'auth.session_revoke': 'Ended a signed-in session',
  'auth.token_create': 'Created an access key for another program',
  'auth.token_revoke': 'Withdrew an access key for another program',
};

/** The server writes each safety protocol step as safety.step.<step>. */
const SAFETY_STEP = 'safety.step.';

export function actionWords(action: string): string {
  const known = ACTION_WORDS[action];
  if (known) return known;
  if (action.startsWith(SAFETY_STEP)) {
    const step = STEP_WORDS[action.slice(SAFETY_STEP.length)];
    if (step) return `Safety protocol step: ${step.charAt(0).toLowerCase()}${step.slice(1)}`;
  }
  return action;
}

export const PURPOSE_WORDS: Readonly<Record<string, string>> = {
  care: 'Care',
  audit: 'Privacy audit',
  administration: 'Administration',
  emergency: 'Emergency',
  supervision: 'Supervision',
  treatment: 'Treatment',
  operations: 'Running the program',
};

export function purposeWords(purpose: string | null): string {
  return purpose ? (PURPOSE_WORDS[purpose] ?? purpose) : '—';
}

export function roleWords(role: string | null): string {
  return role && role in ROLE_NAMES ? ROLE_NAMES[role as keyof typeof ROLE_NAMES] : (role ?? '—');
}

/**
 * The access check written before an act, for acts whose own entry has another name (the check
 * `consent.write`, then `consent.create`). Acts whose check and entry share a name merge as well.
 */
const CHECK_BEFORE: Readonly<Record<string, string>> = {
  'consent.create': 'consent.write',
  'consent.revoke': 'consent.write',
  'consent.event': 'consent.write',
  'acknowledgment.record': 'consent.write',
  'consent.export_pdf': 'consent.read',
  'accounting.report': 'accounting.read',
  'break_glass.grant': 'break_glass.open',
  'note.edit': 'note.write',
  'message.log': 'message.write',
  'consultation.create': 'consultation.start',
  'consultation.reidentified': 'consultation.reidentify',
  'consultation.redact': 'consultation.review',
  'consultation.restore': 'consultation.review',
  'disclosure.read_packet': 'disclosure.decide',
};

const checkBefore = (action: string): string | undefined => CHECK_BEFORE[action] ?? (action.startsWith(SAFETY_STEP) ? 'safety.act' : undefined);

/** Entries this close together, by the same person for the same purpose, can be one act. */
const SAME_ACT_MS = 2_000;

/**
 * One row per act: the audit log holds both the access check and the act's own entry, which a
 * reader would take for two accesses. Rows come newest first, so an act's check is the row after it.
 */
export function oneRowPerAct(rows: readonly AccessEntry[]): AccessEntry[] {
  const out: AccessEntry[] = [];
  for (const row of rows) {
    const newer = out[out.length - 1];
    const sameAct =
      newer !== undefined &&
      newer.staffName === row.staffName &&
      newer.purpose === row.purpose &&
      Math.abs(Date.parse(newer.at) - Date.parse(row.at)) <= SAME_ACT_MS &&
      (newer.action === row.action || checkBefore(newer.action) === row.action);
    if (!sameAct) out.push(row);
  }
  return out;
}
