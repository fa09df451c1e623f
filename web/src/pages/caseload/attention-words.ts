import type { AttentionItem } from './caseload-api.ts';

/**
 * Each reason for attention as a short sentence, how pressing it looks (never shown by colour
 * alone: the words and a symbol carry it too), and the section of the record it links to.
 */
export type Tone = 'danger' | 'warn' | 'info';

const URGENCY: Record<string, string> = { imminent: 'imminent danger', high: 'high', moderate: 'moderate', low: 'low' };

/** "Dec 3" (in the browser's language): a calendar date, read at noon UTC so it never shifts a day. */
export function shortDate(isoDate: string): string {
  return new Date(`${isoDate}T12:00:00Z`).toLocaleDateString(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });
}

export interface Badge {
  readonly tone: Tone;
  /** Text before and after the recipient's name (the name goes behind the privacy screen). */
  readonly before: string;
  readonly name?: string;
  readonly after?: string;
  readonly section: 'safety' | 'consents' | 'limits';
}

export function badgeFor(item: AttentionItem): Badge {
  switch (item.kind) {
    case 'safety_event':
      return {
        tone: item.urgency === 'high' || item.urgency === 'imminent' ? 'danger' : 'warn',
        before: `Safety event open — ${URGENCY[item.urgency] ?? item.urgency}${item.status === 'acknowledged' ? ' (a supervisor has it)' : ''}`,
        section: 'safety',
      };
    case 'follow_up':
      if (item.daysLeft < 0) return { tone: 'danger', before: `Follow-up overdue since ${shortDate(item.dueOn)}`, section: 'safety' };
      if (item.daysLeft === 0) return { tone: 'warn', before: 'Follow-up due today', section: 'safety' };
      if (item.daysLeft === 1) return { tone: 'info', before: 'Follow-up due tomorrow', section: 'safety' };
      return { tone: 'info', before: `Follow-up due ${shortDate(item.dueOn)}`, section: 'safety' };
    case 'consent_expiring': {
      const when = item.daysLeft < 0 ? `expired ${shortDate(item.expiresOn)}` : item.daysLeft === 0 ? 'expires today' : `expires ${shortDate(item.expiresOn)}`;
      return { tone: item.daysLeft <= 7 ? 'warn' : 'info', before: 'Consent to ', name: item.recipient || 'a recipient', after: ` ${when}`, section: 'consents' };
    }
    case 'limits_unsigned':
      return { tone: 'warn', before: item.lastSignedVersion ? 'Hasn’t signed the new limits statement' : 'Hasn’t signed the limits statement', section: 'limits' };
  }
}

/** Said before the words, for those who cannot see the badge's colour or symbol. */
export const TONE_WORDS: Readonly<Record<Tone, string>> = { danger: 'Urgent:', warn: 'Soon:', info: 'To plan:' };
export const TONE_SYMBOL: Readonly<Record<Tone, string>> = { danger: '⚠', warn: '!', info: 'i' };
