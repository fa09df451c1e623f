import { type FormEvent, useEffect, useRef, useState } from 'react';
import { ApiError, messageOf } from '../../api/client.ts';
import { TextArea } from '../../components/fields.tsx';
import { Link } from '../../router/router.tsx';
import { useSignedIn } from '../../session/session-context.tsx';
import type { DecisionView } from '../consents/consent-api.ts';
import { askedAbout, decisionApi, decisionPath } from './decision-api.ts';
import { categoriesInSentence, outcomeWords, purposeWords, recipientLabel } from './share-words.ts';

/** The server takes a reason of 10 to 2000 characters (OverrideInput). */
const MIN_REASON = 10;
const MAX_REASON = 2000;

/**
 * A supervisor overrides a denied or escalated decision: a required reason, then a confirmation
 * that says exactly what will be recorded, then the override (kept with the decision and in
 * the audit log). The disclosure itself is still recorded as its own step afterwards.
 */
export function OverrideForm({ decision, onDone, sub: Sub }: { readonly decision: DecisionView; readonly onDone: (d: DecisionView) => void; readonly sub: 'h3' | 'h4' }) {
  const me = useSignedIn().user;
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const confirmHeading = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (confirming) confirmHeading.current?.focus();
  }, [confirming]);

  const review = (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    const r = reason.trim();
    if (r.length < MIN_REASON) return setProblem(`Write why you allow this disclosure (at least ${MIN_REASON} characters): what you know that the rules could not, and who agreed.`);
    setProblem(null);
    setConfirming(true);
  };
  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      onDone(await decisionApi.override(decision.id, reason.trim()));
    } catch (err) {
      setError(err);
      if (err instanceof ApiError && err.field?.endsWith('reason')) setConfirming(false);
    }
    setBusy(false);
  };

  return (
    <div className="override panel">
      <Sub>Override and allow this disclosure</Sub>
      <p>
        PeerKeep said: <strong>{outcomeWords(decision.decision.outcome).title.toLowerCase()}</strong>. As a supervisor you may decide it should go ahead. Your override and its reason are kept with this decision and in the audit log, and the disclosure will be listed in the participant’s accounting of disclosures.
      </p>
      {!confirming ? (
        <form className="stack" onSubmit={review} noValidate>
          <TextArea
            label="Why you allow it (required)"
            hint="For example: what you know that the rules could not, who you consulted, and what the participant agreed to."
            rows={3}
            maxLength={MAX_REASON}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            error={problem ?? (error instanceof ApiError && error.field?.endsWith('reason') ? error.message : null)}
          />
          <div className="actions">
            <button type="submit" className="button">
              Override and allow this disclosure
            </button>
          </div>
        </form>
      ) : (
        <section className="confirm" aria-labelledby="override-confirm">
          <p id="override-confirm" ref={confirmHeading} tabIndex={-1}>
            <strong>Check before you record it.</strong> PeerKeep will record:
          </p>
          <ul>
            <li>an override of this decision by {me.displayName} (you), now;</li>
            <li>
              your reason: “<span className="quoted">{reason.trim()}</span>”;
            </li>
            <li>that the disclosure may then be recorded and sent; it will be listed in the participant’s accounting of disclosures.</li>
          </ul>
          <div className="actions">
            <button type="button" className="button danger" onClick={confirm} disabled={busy} aria-busy={busy || undefined}>
              {busy ? 'Recording the override…' : 'Record the override'}
            </button>
            <button type="button" className="button secondary" onClick={() => setConfirming(false)} disabled={busy}>
              Go back and change the reason
            </button>
          </div>
        </section>
      )}
      {error !== null && !(error instanceof ApiError && error.field?.endsWith('reason')) && (
        <p className="form-error" role="alert">
          {messageOf(error)}
        </p>
      )}
    </div>
  );
}

/**
 * What a peer sees when a decision needs a supervisor: do not share, and what to send the
 * supervisor — the link to this decision (an id only) and what it is about, without the
 * participant's name.
 */
export function AskYourSupervisor({ decision, sub: Sub }: { readonly decision: DecisionView; readonly sub: 'h3' | 'h4' }) {
  const asked = askedAbout(decision);
  const link = `${window.location.origin}${decisionPath(decision.id)}`;
  const message = `Please review a “May I share this?” decision in PeerKeep. It said: “${outcomeWords(decision.decision.outcome).title}”. I would share ${categoriesInSentence(asked.information)} with ${recipientLabel(asked.recipient).toLowerCase()}, for ${purposeWords(asked.purpose).toLowerCase()}. Open it here: ${link}`;
  return (
    <div className="ask-supervisor warning">
      <Sub>Ask your supervisor</Sub>
      <p>
        <strong>A supervisor’s override is needed to share this.</strong> Do not share it now. Your supervisor can open this decision, review it and, if they allow it, record an override with the reason. Then you can record the disclosure from the same page.
      </p>
      <p>What to tell them (it names no one, so you may e-mail it or read it out):</p>
      <blockquote className="message-to-send">{message}</blockquote>
      <p>
        <Link to={decisionPath(decision.id)}>Open this decision on its own page</Link> (to come back to it after the override).
      </p>
    </div>
  );
}
