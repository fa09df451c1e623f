import { request } from '../../api/client.ts';
import type { BreakGlassGrant } from '../../api/types.ts';

export type { BreakGlassGrant };
export type ReviewOutcome = 'appropriate' | 'inappropriate';

export const breakGlassApi = {
  /** Grants in the reviewer's scope, newest first: a supervisor's team's, or all for a privacy officer. */
  list: () => request<BreakGlassGrant[]>('GET', '/api/break-glass'),
  review: (grantId: string, outcome: ReviewOutcome, note: string) =>
    request<{ ok: boolean }>('POST', `/api/break-glass/${encodeURIComponent(grantId)}/review`, { outcome, ...(note.trim() ? { note } : {}) }),
};

export const OUTCOME_WORDS: Readonly<Record<ReviewOutcome, string>> = {
  appropriate: 'Appropriate: a real emergency, and the access fitted it',
  inappropriate: 'Not appropriate: follow up with the staff member',
};

/** How long a grant lasts (or lasted), in words. */
export function grantLength(createdAt: string, expiresAt: string): string {
  const minutes = Math.round((Date.parse(expiresAt) - Date.parse(createdAt)) / 60_000);
  return minutes >= 120 && minutes % 60 === 0 ? `${minutes / 60} hours` : `${minutes} minutes`;
}
