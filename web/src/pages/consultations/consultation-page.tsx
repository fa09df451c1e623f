import { type FormEvent, useState } from 'react';
import { messageOf } from '../../api/client.ts';
import { SubmitButton, TextArea } from '../../components/fields.tsx';
import { errorFor, FormError } from '../../components/form-error.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { Loading, Notice } from '../../components/status.tsx';
import { useLoad } from '../../components/use-load.ts';
import { Link } from '../../router/router.tsx';
import { paths } from '../../router/routes.ts';
import { Private } from '../../session/privacy-screen.tsx';
import { formatDateTime } from '../format.ts';
import { type Consultation, consultationApi } from './consultation-api.ts';
import { STATUS_WORDS, words } from './consultation-words.ts';
import { ConsultationUnavailable } from './not-available.tsx';
import { RedactionReview } from './redaction-review.tsx';
import { SendForm } from './send-form.tsx';
import { Thread } from './thread.tsx';
import './consultations.css';

/**
 * The author's consultation: the review of the de-identified text beside the original while it
 * is a draft, then sending it; once sent, the replies, closing, and (for an urgent risk only)
 * revealing who it is.
 */
export function ConsultationPage({ id }: { readonly id: string }) {
  const loaded = useLoad(`consultation:${id}`, () => consultationApi.get(id));
  const [message, setMessage] = useState<string | null>(null);
  if (loaded.state === 'loading') return <Loading>Opening the consultation…</Loading>;
  if (loaded.state === 'failed') return <ConsultationUnavailable error={loaded.error} retry={loaded.reload} />;
  const c = loaded.data;
  const changed = (view: Consultation, text: string) => {
    loaded.set(view);
    setMessage(text);
  };
  return (
    <div className="consultation">
      <p className="breadcrumb">
        <Link to={paths.participant(c.participantId, 'consultations')}>Back to the participant’s consultations</Link>
      </p>
      <PageHeading title="Consultation">{c.status === 'draft' ? 'Review the de-identified text' : 'Consultation'}</PageHeading>
      <dl className="facts">
        <div>
          <dt>Status</dt>
          <dd>
            <strong>{words(STATUS_WORDS, c.status)}</strong>
          </dd>
        </div>
        <div>
          <dt>Why you asked (kept in the record, not sent)</dt>
          <dd>
            <Private focusable what="reason">
              {c.reason}
            </Private>
          </dd>
        </div>
        <div>
          <dt>Started</dt>
          <dd>{formatDateTime(c.createdAt)}</dd>
        </div>
        {c.recipient && c.sentAt && (
          <div>
            <dt>Sent to</dt>
            <dd>
              {c.recipient.displayName}, {formatDateTime(c.sentAt)}
            </dd>
          </div>
        )}
        {c.closedAt && (
          <div>
            <dt>Closed</dt>
            <dd>{formatDateTime(c.closedAt)}</dd>
          </div>
        )}
      </dl>
      {c.status === 'draft' && (
        <p>
          PeerKeep removed what it recognised as names, places, dates and numbers. Compare the two texts: show a removal after all if the advice needs it (you say why), or remove more words. Then
          choose a colleague and send.
        </p>
      )}
      {message && <Notice>{message}</Notice>}
      <RedactionReview consultation={c} editable={c.status === 'draft'} onChange={changed} />
      {c.status === 'draft' ? (
        <SendForm consultation={c} onSent={(view) => changed(view, `Sent to ${view.recipient?.displayName ?? 'your colleague'}. You will see their replies here.`)} />
      ) : (
        <>
          <Thread entries={c.replies.map((r) => ({ id: r.id, who: r.from.displayName, body: r.body, createdAt: r.createdAt }))} empty={c.status === 'closed' ? 'No replies were given before it closed.' : 'No replies yet. You are told when one arrives.'} />
          {c.status === 'sent' && <CloseControl consultation={c} onClosed={(view) => changed(view, 'Closed. The colleague can still read it but can no longer reply.')} />}
          <Reidentifications consultation={c} />
          <RevealForm consultation={c} onRevealed={() => loaded.reload()} />
        </>
      )}
    </div>
  );
}

function CloseControl({ consultation, onClosed }: { readonly consultation: Consultation; readonly onClosed: (view: Consultation) => void }) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const close = async () => {
    setBusy(true);
    setError(null);
    try {
      onClosed(await consultationApi.close(consultation.id));
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };
  return (
    <div className="close-control">
      {!confirming ? (
        <button type="button" className="button secondary" onClick={() => setConfirming(true)}>
          Close this consultation
        </button>
      ) : (
        <section className="panel stack" aria-labelledby="close-heading">
          <h2 id="close-heading">Close this consultation?</h2>
          <p>The colleague can still read it, but can no longer reply. This cannot be undone; to ask again, start a new consultation.</p>
          <div className="actions">
            <button type="button" className="button" onClick={close} disabled={busy} aria-busy={busy || undefined}>
              {busy ? 'Closing…' : 'Yes, close it'}
            </button>
            <button type="button" className="button secondary" onClick={() => setConfirming(false)} disabled={busy}>
              Keep it open
            </button>
          </div>
          {error ? (
            <p className="form-error" role="alert">
              {messageOf(error)}
            </p>
          ) : null}
        </section>
      )}
    </div>
  );
}

function Reidentifications({ consultation: c }: { readonly consultation: Consultation }) {
  if (c.reidentifications.length === 0) return null;
  return (
    <div className="warning" role="note">
      <p>
        <strong>You revealed who this is to the colleague.</strong>
      </p>
      <ul className="plain-list">
        {c.reidentifications.map((r) => (
          <li key={r.id}>
            {formatDateTime(r.at)}: {r.reason} ({r.supervisorsNotified === 1 ? '1 supervisor told' : `${r.supervisorsNotified} supervisors told`})
          </li>
        ))}
      </ul>
    </div>
  );
}

function RevealForm({ consultation: c, onRevealed }: { readonly consultation: Consultation; readonly onRevealed: () => void }) {
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [local, setLocal] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (reason.trim().length < 10) return setLocal('Describe the urgent risk that makes this necessary, in at least 10 characters.');
    setLocal(null);
    setBusy(true);
    setError(null);
    try {
      await consultationApi.reidentify(c.id, reason.trim());
      onRevealed();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <details className="reveal">
      <summary>Reveal who this is (urgent risk only)</summary>
      <form className="stack" onSubmit={submit} noValidate>
        <p className="warning">
          Only when the person is at urgent risk and the colleague must be able to reach them. The colleague is then shown the person’s name, your supervisors are told at once, and it is recorded in the
          person’s record.
        </p>
        <TextArea label="What is the urgent risk?" rows={2} maxLength={2000} value={reason} onChange={(e) => setReason(e.target.value)} error={local ?? errorFor(error, 'reason', ['reason'])} />
        <FormError error={error} fields={['reason']} />
        <div className="actions">
          <SubmitButton busy={busy} busyLabel="Revealing…" className="button danger">
            Reveal who this is to {c.recipient?.displayName ?? 'the colleague'}
          </SubmitButton>
        </div>
      </form>
    </details>
  );
}
