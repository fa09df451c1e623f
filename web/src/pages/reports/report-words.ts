import type { AccessEntry } from '../../api/types.ts';
import { actionWords, purposeWords } from '../participant/access-words.ts';

/**
 * Audit actions in words for the printed access report, which a participant may be handed: the
 * record's own actions come from participant/access-words.ts, these add consent, disclosure,
 * safety and consultation work. An action not named anywhere is shown as recorded.
 */
const MORE: Readonly<Record<string, string>> = {
  'participant.search': 'Found the participant in a search',
  'accounting.read': 'Opened the accounting of disclosures',
  'accounting.report': 'Produced the accounting of disclosures',
  'consent.read': 'Read the consents',
  'consent.write': 'Recorded a consent or a signature',
  'consent.create': 'Recorded a consent',
  'consent.revoke': 'Recorded that a consent was taken back',
  'consent.event': 'Recorded the event that ends a consent',
  'consent.export_pdf': 'Printed a consent form',
  'acknowledgment.record': 'Recorded the signed limits-of-confidentiality statement',
  'disclosure.decide': 'Asked “May I share this?”',
  'disclosure.make': 'Shared information outside the program',
  'disclosure.override': 'Decided as supervisor to share despite a refusal',
  'message.read': 'Read logged messages',
  'message.write': 'Logged a message',
  'message.log': 'Logged a message',
  'risk.scan_stored': 'Checked a saved text for risk',
  'safety.read': 'Read the safety events',
  'safety.report': 'Reported a safety concern',
  'safety.open': 'Opened a safety event',
  'safety.act': 'Recorded a safety protocol step',
  'safety.acknowledge': 'Acknowledged a safety event (supervisor)',
  'safety.escalate': 'A safety event passed to the next supervisor',
  'safety.reassign': 'Handed a safety event to another supervisor',
  'consultation.start': 'Started a de-identified consultation',
  'consultation.create': 'Started a de-identified consultation',
  'consultation.review': 'Reviewed a consultation before sending',
  'consultation.send': 'Sent a de-identified consultation',
  'consultation.close': 'Closed a consultation',
  'consultation.reidentify': 'Looked up who a consultation was about',
  'consultation.reidentified': 'Looked up who a consultation was about',
  'consultation.transparency': 'Viewed when the participant was discussed',
  'group_session.record': 'Recorded a group meeting',
  'group_session.read': 'Read a group meeting',
  'break_glass.open': 'Opened the record in an emergency',
  'break_glass.review': 'Reviewed an emergency access',
};

export function reportActionWords(action: string): string {
  return MORE[action] ?? actionWords(action);
}

const MORE_PURPOSES: Readonly<Record<string, string>> = { supervision: 'Supervision', treatment: 'Treatment', operations: 'Running the program' };

export function reportPurposeWords(purpose: string | null): string {
  return (purpose && MORE_PURPOSES[purpose]) ?? purposeWords(purpose);
}

/**
 * The access check written before an act, for acts whose result entry has another name (the
 * check `consent.write`, then `consent.create`). Acts whose check and result share a name appear
 * twice under the same name.
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
};

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
      (newer.action === row.action || CHECK_BEFORE[newer.action] === row.action);
    if (!sameAct) out.push(row);
  }
  return out;
}
