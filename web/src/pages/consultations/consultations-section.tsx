import { useState } from 'react';
import { Loading, Problem } from '../../components/status.tsx';
import { useLoad } from '../../components/use-load.ts';
import { Link } from '../../router/router.tsx';
import { Private } from '../../session/privacy-screen.tsx';
import { useSignedIn } from '../../session/session-context.tsx';
import { formatDateTime } from '../format.ts';
import { AskForm } from './ask-form.tsx';
import { consultationApi, consultationPaths, type Discussion, type Draft } from './consultation-api.ts';
import { ROLE_WORDS, STATUS_WORDS, words } from './consultation-words.ts';
import './consultations.css';

/**
 * The participant's consultations: when, with whom and why they were discussed (care staff and
 * privacy officers), the asker's unsent drafts, and "Ask for a consultation" (care staff).
 */
export function ConsultationsSection({ participantId }: { readonly participantId: string }) {
  const me = useSignedIn().user;
  const care = me.role === 'peer_specialist' || me.role === 'supervisor';
  const discussions = useLoad(`consultations:${participantId}`, () => consultationApi.discussions(participantId));
  const drafts = useLoad(`consultation-drafts:${participantId}`, () => (care ? consultationApi.drafts(participantId) : Promise.resolve([])));
  const [asking, setAsking] = useState(false);
  return (
    <div className="consultations stack">
      {care && (
        <div className="ask-bar">
          <p>Want a colleague’s advice about this person? They read a de-identified text you have checked, never the record.</p>
          <button type="button" className="button" aria-expanded={asking} onClick={() => setAsking(!asking)}>
            Ask for a consultation
          </button>
        </div>
      )}
      {asking && <AskForm participantId={participantId} onCancel={() => setAsking(false)} />}
      {care && drafts.state === 'failed' && <Problem error={drafts.error} retry={drafts.reload} />}
      {care && drafts.state === 'ready' && drafts.data.length > 0 && <Drafts drafts={drafts.data} />}
      <section aria-labelledby="discussed-heading">
        <h3 id="discussed-heading">When this person was discussed</h3>
        {discussions.state === 'loading' && <Loading>Loading consultations…</Loading>}
        {discussions.state === 'failed' && <Problem error={discussions.error} retry={discussions.reload} />}
        {discussions.state === 'ready' &&
          (discussions.data.length === 0 ? (
            <p className="muted">This person has not been discussed in a consultation.</p>
          ) : (
            <ul className="consultation-list">
              {discussions.data.map((d) => (
                <DiscussionItem key={d.consultationId} entry={d} mine={d.by.id === me.id} />
              ))}
            </ul>
          ))}
      </section>
    </div>
  );
}

function Drafts({ drafts }: { readonly drafts: readonly Draft[] }) {
  return (
    <section aria-labelledby="drafts-heading">
      <h3 id="drafts-heading">Your drafts, not sent yet</h3>
      <ul className="consultation-list">
        {drafts.map((d) => (
          <li key={d.id}>
            <Link to={consultationPaths.mine(d.id)}>
              Continue the review<span className="visually-hidden"> of the draft started {formatDateTime(d.createdAt)}</span>
            </Link>
            <span className="badge">{words(STATUS_WORDS, 'draft')}</span>
            <span className="meta">
              Started {formatDateTime(d.createdAt)} ·{' '}
              <Private focusable what="reason">
                {d.reason}
              </Private>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function DiscussionItem({ entry: d, mine }: { readonly entry: Discussion; readonly mine: boolean }) {
  const title = `${formatDateTime(d.sentAt)}: ${mine ? 'you' : d.by.displayName} asked ${d.with.displayName} (${words(ROLE_WORDS, d.with.role).toLowerCase()})`;
  return (
    <li>
      {mine ? <Link to={consultationPaths.mine(d.consultationId)}>{title}</Link> : <strong>{title}</strong>}
      <span className={d.status === 'closed' ? 'badge' : 'badge ok-badge'}>{words(STATUS_WORDS, d.status)}</span>
      {d.reidentifiedAt && <span className="badge danger-badge">Identity revealed {formatDateTime(d.reidentifiedAt)}</span>}
      <span className="meta">
        Why:{' '}
        <Private focusable what="reason">
          {d.reason}
        </Private>
      </span>
    </li>
  );
}
