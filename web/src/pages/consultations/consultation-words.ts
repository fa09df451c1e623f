/** Consultation words as staff read them. */

/** What kind of thing was removed, in plain words (the de-identifier's codes never reach the page). */
export const REMOVED_WORDS: Record<string, string> = {
  NAME: 'name',
  LOCATION: 'place',
  DATE: 'date',
  AGE: 'age',
  PHONE: 'phone number',
  FAX: 'fax number',
  EMAIL: 'e-mail address',
  SSN: 'Social Security number',
  MRN: 'medical record number',
  HEALTH_PLAN: 'health plan number',
  ACCOUNT: 'account number',
  LICENSE: 'licence number',
  VEHICLE: 'vehicle number',
  DEVICE: 'device number',
  URL: 'web address',
  IP: 'internet address',
  ID: 'identifying number',
  REDACTED: 'your removal',
};

export function removedWords(type: string): string {
  return REMOVED_WORDS[type] ?? 'identifying detail';
}

/** The author's status words. */
export const STATUS_WORDS: Record<string, string> = {
  draft: 'Draft, not sent yet',
  sent: 'Sent, open for replies',
  closed: 'Closed',
};

/** The recipient's status words. */
export const RECEIVED_STATUS_WORDS: Record<string, string> = {
  sent: 'Open: you can reply',
  closed: 'Closed by the sender',
};

export const ROLE_WORDS: Record<string, string> = {
  peer_specialist: 'Peer specialist',
  supervisor: 'Supervisor',
  privacy_officer: 'Privacy officer',
  admin: 'Administrator',
};

export function words(map: Record<string, string>, key: string): string {
  return map[key] ?? key.replace(/_/g, ' ');
}

/** "1 reply", "3 replies". */
export function replyCount(n: number): string {
  return n === 1 ? '1 reply' : `${n} replies`;
}
