import { paths } from '../../router/routes.ts';
import { Link } from '../../router/router.tsx';
import { Private } from '../../session/privacy-screen.tsx';
import { badgeFor, TONE_SYMBOL, TONE_WORDS } from './attention-words.ts';
import type { AttentionItem } from './caseload-api.ts';
import './caseload.css';

/** A participant's reasons for attention, each a link to the part of the record that deals with it. */
export function AttentionBadges({ participantId, items }: { readonly participantId: string; readonly items: readonly AttentionItem[] }) {
  if (items.length === 0) return null;
  return (
    <ul className="attention-badges" aria-label="Needs attention">
      {items.map((item) => {
        const b = badgeFor(item);
        return (
          <li key={keyOf(item)}>
            <Link to={paths.participant(participantId, b.section)} className={`attention-badge tone-${b.tone}`}>
              <span className="attention-symbol" aria-hidden="true">
                {TONE_SYMBOL[b.tone]}
              </span>
              <span className="visually-hidden">{TONE_WORDS[b.tone]} </span>
              {b.before}
              {b.name !== undefined && <Private what="recipient">{b.name}</Private>}
              {b.after}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

function keyOf(item: AttentionItem): string {
  switch (item.kind) {
    case 'safety_event':
    case 'follow_up':
      return `${item.kind}:${item.eventId}`;
    case 'consent_expiring':
      return `${item.kind}:${item.consentId}`;
    case 'limits_unsigned':
      return item.kind;
  }
}
