import { type FormEvent, useState } from 'react';
import { SubmitButton, TextArea } from '../../components/fields.tsx';
import { errorFor, FormError } from '../../components/form-error.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { Loading, Notice, Problem } from '../../components/status.tsx';
import { useLoad } from '../../components/use-load.ts';
import { Link } from '../../router/router.tsx';
import { Private } from '../../session/privacy-screen.tsx';
import { formatDateTime } from '../format.ts';
import { consultationApi, consultationPaths, type Shared } from './consultation-api.ts';
import { RECEIVED_STATUS_WORDS, REMOVED_WORDS, removedWords, replyCount, words } from './consultation-words.ts';
import { MarkedText } from './marked-text.tsx';
import { ConsultationUnavailable } from './not-available.tsx';
import { placeholderMarks } from './text-marks.ts';
import { Thread } from './thread.tsx';
import './consultations.css';

/** Consultations sent to me, newest first. Nothing here names the person discussed. */
export function ReceivedList() {
  const rows = useLoad('consultations-received', () => consultationApi.received());
  return (
    <div className="consultations">
      <PageHeading title="Consultations">Consultations sent to you</PageHeading>
      <p>Colleagues ask for your advice here. You read a de-identified text they checked: not the person’s name or record, which you do not need.</p>
      {rows.state === 'loading' && <Loading>Loading consultations…</Loading>}
      {rows.state === 'failed' && <Problem error={rows.error} retry={rows.reload} />}
      {rows.state === 'ready' &&
        (rows.data.length === 0 ? (
          <p className="notice">No consultations have been sent to you.</p>
        ) : (
          <ul className="consultation-list">
            {rows.data.map((r) => (
              <li key={r.id}>
                <Link to={consultationPaths.received(r.id)}>
                  From {r.from.displayName}, {formatDateTime(r.sentAt)}
                </Link>
                <span className={r.status === 'closed' ? 'badge' : 'badge ok-badge'}>{words(RECEIVED_STATUS_WORDS, r.status)}</span>
                <span className="meta">{replyCount(r.replies)} so far</span>
              </li>
            ))}
          </ul>
        ))}
    </div>
  );
}

/** One consultation sent to me: the de-identified text only, the replies, and my reply. */
export function ReceivedConsultation({ id }: { readonly id: string }) {
  const loaded = useLoad(`consultation-shared:${id}`, () => consultationApi.shared(id));
  const [message, setMessage] = useState<string | null>(null);
  const back = (
    <p className="breadcrumb">
      <Link to={consultationPaths.inbox()}>All consultations sent to you</Link>
    </p>
  );
  if (loaded.state === 'loading') return <Loading>Opening the consultation…</Loading>;
  if (loaded.state === 'failed')
    return (
      <>
        {back}
        <ConsultationUnavailable error={loaded.error} retry={loaded.reload} />
      </>
    );
  const c = loaded.data;
  return (
    <div className="consultation">
      {back}
      <PageHeading title="Consultation">Consultation from {c.from.displayName}</PageHeading>
      <dl className="facts">
        <div>
          <dt>Status</dt>
          <dd>
            <strong>{words(RECEIVED_STATUS_WORDS, c.status)}</strong>
          </dd>
        </div>
        <div>
          <dt>Sent</dt>
          <dd>{formatDateTime(c.sentAt)}</dd>
        </div>
      </dl>
      {c.identity && (
        <p className="warning" role="note">
          For an urgent risk, {c.from.displayName} revealed who this is:{' '}
          <strong>
            <Private focusable>{c.identity.displayName}</Private>
          </strong>{' '}
          ({formatDateTime(c.identity.revealedAt)}). Act on it now, and keep it to what the risk needs.
        </p>
      )}
      <section className="panel" aria-labelledby="shared-heading">
        <h2 id="shared-heading">The situation, de-identified</h2>
        <p className="hint">Words in brackets, underlined, stand for what was removed: [PERSON-1] is a person’s name (the same number is the same person), [LOCATION-1] a place, [DATE] a date, [REDACTED] something else the sender removed.</p>
        <MarkedText text={c.text} marks={placeholderMarks(c.text, (code) => (code in REMOVED_WORDS ? removedWords(code) : 'detail'))} what="text" />
      </section>
      {message && <Notice>{message}</Notice>}
      <Thread entries={c.replies.map((r) => ({ id: r.id, who: 'You', body: r.body, createdAt: r.createdAt }))} empty="You have not replied yet." />
      {c.status === 'closed' ? (
        <p className="notice">{c.from.displayName} closed this consultation; it takes no more replies.</p>
      ) : (
        <ReplyForm
          consultation={c}
          onSent={() => {
            setMessage(`Reply sent. ${c.from.displayName} has been told.`);
            loaded.reload();
          }}
        />
      )}
    </div>
  );
}

function ReplyForm({ consultation, onSent }: { readonly consultation: Shared; readonly onSent: () => void }) {
  const [body, setBody] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [local, setLocal] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!body.trim()) return setLocal('Write your advice, then send the reply.');
    setLocal(null);
    setBusy(true);
    setError(null);
    try {
      await consultationApi.reply(consultation.id, body.trim());
      setBody('');
      onSent();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="panel stack" onSubmit={submit} noValidate aria-labelledby="reply-heading">
      <h2 id="reply-heading">Reply</h2>
      <TextArea
        label="Your advice"
        hint={`Only ${consultation.from.displayName} reads it. It is kept, sealed, with the person’s record.`}
        rows={4}
        maxLength={20000}
        value={body}
        onChange={(e) => setBody(e.target.value)}
        error={local ?? errorFor(error, 'body', ['body'])}
      />
      <FormError error={error} fields={['body']} />
      <div className="actions">
        <SubmitButton busy={busy} busyLabel="Sending the reply…">
          Send the reply
        </SubmitButton>
      </div>
    </form>
  );
}
