import { ROLE_NAMES } from '../../layout/role-names.ts';

/** Audit actions in words a participant could be read to; an unknown action is shown as recorded. */
const ACTIONS: Readonly<Record<string, string>> = {
  'participant.create': 'Added the participant',
  'participant.read_identity': 'Saw the name',
  'participant.read_record': 'Opened the profile',
  'participant.update': 'Changed the profile',
  'participant.assign': 'Changed the caseload',
  'participant.caseload_read': 'Checked who holds the caseload',
  'participant.access_report': 'Viewed this access report',
  'note.read': 'Read the notes',
  'note.write': 'Wrote a note',
  'note.edit': 'Edited a note',
  'participant.erase': 'Erased the record',
  'break_glass.grant': 'Opened the record in an emergency',
};

const PURPOSES: Readonly<Record<string, string>> = {
  care: 'Care',
  audit: 'Privacy audit',
  administration: 'Administration',
  emergency: 'Emergency',
};

export function actionWords(action: string): string {
  return ACTIONS[action] ?? action;
}

export function purposeWords(purpose: string | null): string {
  return purpose ? (PURPOSES[purpose] ?? purpose) : '—';
}

export function roleWords(role: string | null): string {
  return role && role in ROLE_NAMES ? ROLE_NAMES[role as keyof typeof ROLE_NAMES] : (role ?? '—');
}
