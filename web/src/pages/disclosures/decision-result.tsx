import { useEffect, useRef, useState } from 'react';
import { messageOf } from '../../api/client.ts';
import { Link } from '../../router/router.tsx';
import { paths } from '../../router/routes.ts';
import { Private } from '../../session/privacy-screen.tsx';
import { useSignedIn } from '../../session/session-context.tsx';
import { consentApi, type DecisionView, type DisclosureView } from '../consents/consent-api.ts';
import { formatDateTime } from '../format.ts';
import { askedAbout } from './decision-api.ts';
import { AskYourSupervisor, OverrideForm } from './override-form.tsx';
import { Packet } from './packet.tsx';
import { ReprintPacket } from './reprint-packet.tsx';
import { categoriesInSentence, groundWords, MAY_RECORD, NEEDS_OVERRIDE, outcomeWords, purposeWords, recipientLabel } from './share-words.ts';
import './disclosures.css';

type Level = 2 | 3;

/**
 * The outcome of a "May I share this?" decision with its reasons, rule, citations and
 * obligations, and what can be done next: record the disclosure and print its packet when the
 * decision (or a supervisor's override) allows it; otherwise ask a supervisor, or — for a
 * supervisor — override with a recorded reason.
 */
export function DecisionResult({ decision, onChange, level = 3, focus = true }: { readonly decision: DecisionView; readonly onChange: (d: DecisionView) => void; readonly level?: Level; readonly focus?: boolean }) {
  const d = decision;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focus) heading.current?.focus();
  }, [focus]);
  const words = outcomeWords(d.decision.outcome);
  const asked = askedAbout(d);
  const H = `h${level}` as const;
  const Sub = `h${level + 1}` as 'h3' | 'h4';
  return (
    <section className={`outcome outcome-${words.tone}`} aria-labelledby="outcome-heading">
      <H id="outcome-heading" ref={heading} tabIndex={-1}>
        {words.title}
      </H>
      <p className="asked">
        Sharing {categoriesInSentence(asked.information) || 'information'} with {recipientLabel(asked.recipient).toLowerCase()}, for {purposeWords(asked.purpose).toLowerCase()}.
      </p>
      <p>{d.decision.explanation}</p>
      <p>
        <strong>About the consent on file:</strong> {d.consent.reason}
      </p>
      <p>
        <strong>The rule that decided:</strong> {groundWords(d.groundId)}
      </p>
      {d.decision.obligations.length > 0 && (
        <>
          <Sub>What you must do</Sub>
          <ul>
            {d.decision.obligations.map((o) => (
              <li key={o}>{o}</li>
            ))}
          </ul>
        </>
      )}
      {d.decision.basis.length > 0 && (
        <>
          <Sub>The rules this rests on</Sub>
          <ul>
            {d.decision.basis.map((b) => (
              <li key={b}>{b}</li>
            ))}
          </ul>
        </>
      )}
      <NextStep decision={d} onChange={onChange} sub={Sub} />
    </section>
  );
}

function NextStep({ decision: d, onChange, sub: Sub }: { readonly decision: DecisionView; readonly onChange: (d: DecisionView) => void; readonly sub: 'h3' | 'h4' }) {
  const me = useSignedIn().user;
  const [made, setMade] = useState<DisclosureView | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const record = async () => {
    setBusy(true);
    setError(null);
    try {
      const m = await consentApi.disclose(d.id, {});
      setMade(m);
      onChange({ ...d, disclosureId: m.id });
    } catch (err) {
      setError(err);
    }
    setBusy(false);
  };
  const overrideLine = d.override && (
    <p className="override-line">
      <strong>Override recorded</strong> by {d.override.by === me.id ? `${me.displayName} (you)` : 'a supervisor'} on {formatDateTime(d.override.at)}. Reason: <Private what="reason">{d.override.reason}</Private>
    </p>
  );
  const failure = error !== null && (
    <p className="form-error" role="alert">
      {messageOf(error)}
    </p>
  );

  if (made) {
    return (
      <>
        {overrideLine}
        <div className="tell no-print" role="status">
          <Sub>Disclosure recorded</Sub>
          <p>It is listed with the record’s disclosures. Send only what the packet below names.</p>
          <p>
            <strong>What to tell the participant:</strong> <Private what="text">{made.tellParticipant}</Private>
          </p>
          <p>
            <Link to={paths.participant(d.participantId, 'disclosures')}>See the accounting of disclosures</Link>
          </p>
        </div>
        <Packet disclosure={made} sub={Sub} />
      </>
    );
  }
  if (d.disclosureId) {
    return (
      <>
        {overrideLine}
        <p className="notice">
          This disclosure has been recorded. <Link to={paths.participant(d.participantId, 'disclosures')}>See the accounting of disclosures</Link>. To share something more, ask again.
        </p>
        <ReprintPacket disclosureId={d.disclosureId} sub={Sub} />
      </>
    );
  }
  if (d.decision.outcome === 'deidentified_only') {
    return <p className="warning">Nothing from the record may be shared for this. If it helps, write a summary without anything that could identify the participant; that is not a disclosure of the record.</p>;
  }
  if (MAY_RECORD.has(d.decision.outcome) || d.override) {
    return (
      <>
        {overrideLine}
        <div className="actions">
          <button type="button" className="button" onClick={record} disabled={busy} aria-busy={busy || undefined}>
            {busy ? 'Recording the disclosure…' : 'Record the disclosure'}
          </button>
          <span className="hint">Record it when you send the information: it is logged with the record’s disclosures and gives you the packet to print.</span>
        </div>
        {failure}
      </>
    );
  }
  if (NEEDS_OVERRIDE.has(d.decision.outcome) && me.role === 'supervisor') return <OverrideForm decision={d} onDone={onChange} sub={Sub} />;
  return <AskYourSupervisor decision={d} sub={Sub} />;
}
