import { type FormEvent, useId, useState } from 'react';
import { SubmitButton, TextField } from '../../components/fields.tsx';
import { errorFor, FormError } from '../../components/form-error.tsx';
import { Loading, Notice, Problem } from '../../components/status.tsx';
import { useLoad } from '../../components/use-load.ts';
import { SignaturePad } from '../consents/signature-pad.tsx';
import { formatDate, today } from '../format.ts';
import { type AcknowledgmentView, LIMITS_PREFIX, limitsApi, type Statement } from './limits-api.ts';
import { takeJustEnrolled } from './limits-prompt.ts';
import type { SectionProps } from './participant-sections.tsx';

/**
 * The limits of confidentiality: the current statement in plain words, whether the participant
 * signed it, and — until they have — the step of going over it with them and recording that it
 * was explained and signed.
 */
export function LimitsSection({ participantId }: SectionProps) {
  const [welcome] = useState(() => takeJustEnrolled(participantId));
  const data = useLoad(`limits:${participantId}`, async () => {
    const [statements, acks] = await Promise.all([limitsApi.statements(), limitsApi.acknowledgments(participantId)]);
    return { statement: statements.find((s) => s.version.startsWith(LIMITS_PREFIX)) ?? null, acks };
  });
  const [saved, setSaved] = useState(false);

  return (
    <div className="limits stack">
      {welcome && (
        <p className="notice" role="status">
          Enrolled. Before anything else, go over what stays private — and when it might have to be shared — with them, then record their signature below.
        </p>
      )}
      {data.state === 'loading' && <Loading>Loading the statement…</Loading>}
      {data.state === 'failed' && <Problem error={data.error} retry={data.reload} />}
      {data.state === 'ready' && !data.data.statement && <p>No limits-of-confidentiality statement is published. Ask your privacy officer.</p>}
      {data.state === 'ready' && data.data.statement && (
        <Limits
          statement={data.data.statement}
          acks={data.data.acks}
          saved={saved}
          onSigned={(ack) => {
            data.set({ ...data.data, acks: [ack, ...data.data.acks] });
            setSaved(true);
          }}
          participantId={participantId}
        />
      )}
    </div>
  );
}

function Limits({ statement, acks, saved, onSigned, participantId }: { readonly statement: Statement; readonly acks: readonly AcknowledgmentView[]; readonly saved: boolean; readonly onSigned: (a: AcknowledgmentView) => void; readonly participantId: string }) {
  const signed = acks.find((a) => a.statementVersion === statement.version);
  const earlier = acks.filter((a) => a.statementVersion.startsWith(LIMITS_PREFIX) && a.statementVersion !== statement.version);
  return (
    <>
      {saved && <Notice>Recorded: the statement was explained and signed.</Notice>}
      {signed ? (
        <p className="limits-status">
          <span className="badge ok-badge">Signed</span> Signed on {formatDate(signed.signedOn)} ({signed.signatureMethod === 'drawn' ? 'drawn signature' : 'typed signature'}), for the current statement.
        </p>
      ) : (
        <p className="warning" role="note">
          {earlier.length > 0
            ? 'They signed an earlier version. The wording has changed: go over the current statement with them and ask them to sign it.'
            : 'Not signed yet. Go over the statement with them, answer their questions, and record their signature.'}
        </p>
      )}
      {signed ? (
        <details>
          <summary>Read the statement they signed</summary>
          <StatementText statement={statement} />
        </details>
      ) : (
        <>
          <StatementText statement={statement} />
          <SignForm statement={statement} participantId={participantId} onSigned={onSigned} />
        </>
      )}
      {earlier.length > 0 && (
        <p className="meta">
          Earlier versions signed: {earlier.map((a) => `${formatDate(a.signedOn)} (${a.statementVersion.slice(LIMITS_PREFIX.length)})`).join(', ')}
        </p>
      )}
    </>
  );
}

function StatementText({ statement }: { readonly statement: Statement }) {
  return (
    <article className="statement panel" aria-label="The limits-of-confidentiality statement">
      <h3>{statement.title}</h3>
      {statement.sections.map((s) => (
        <section key={s.heading}>
          <h4>{s.heading}</h4>
          <p>{s.text}</p>
        </section>
      ))}
      <p className="meta">Version in effect from {formatDate(statement.effectiveFrom)}.</p>
    </article>
  );
}

const FIELDS = ['explained', 'typedName', 'image', 'signedOn'] as const;

function SignForm({ statement, participantId, onSigned }: { readonly statement: Statement; readonly participantId: string; readonly onSigned: (a: AcknowledgmentView) => void }) {
  const ids = useId();
  const [explained, setExplained] = useState(false);
  const [method, setMethod] = useState<'drawn' | 'typed'>('typed');
  const [typedName, setTypedName] = useState('');
  const [image, setImage] = useState<string | null>(null);
  const [signedOn, setSignedOn] = useState(today());
  const [local, setLocal] = useState<{ field: (typeof FIELDS)[number]; message: string } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!explained) return setLocal({ field: 'explained', message: 'Go over the statement with the participant first, then tick this box.' });
    if (method === 'typed' && !typedName.trim()) return setLocal({ field: 'typedName', message: 'Ask the participant to type their name, or choose to draw the signature.' });
    if (method === 'drawn' && !image) return setLocal({ field: 'image', message: 'Ask the participant to sign in the box, or choose to type the name.' });
    if (!signedOn || signedOn > today()) return setLocal({ field: 'signedOn', message: 'Enter the day it was signed; it cannot be in the future.' });
    setLocal(null);
    setError(null);
    setBusy(true);
    try {
      const signature = method === 'typed' ? { method, signedOn, typedName: typedName.trim() } : { method, signedOn, image: image ?? '' };
      onSigned(await limitsApi.record(participantId, { statementVersion: statement.version, signature }));
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };
  const fieldError = (f: (typeof FIELDS)[number]) => (local?.field === f ? local.message : errorFor(error, f, FIELDS));

  return (
    <form className="panel stack" onSubmit={submit} noValidate aria-labelledby={`${ids}-heading`}>
      <h3 id={`${ids}-heading`}>Record that it was explained and signed</h3>
      <div className={fieldError('explained') ? 'field has-error' : 'field'}>
        <label className="check">
          <input type="checkbox" checked={explained} onChange={(e) => setExplained(e.target.checked)} aria-invalid={fieldError('explained') ? true : undefined} aria-describedby={fieldError('explained') ? `${ids}-explained-error` : undefined} />I went over each part with the participant and answered their questions.
        </label>
        {fieldError('explained') && (
          <p className="field-error" id={`${ids}-explained-error`}>
            {fieldError('explained')}
          </p>
        )}
      </div>
      <p>
        What they sign: <q>{statement.acknowledgment}</q>
      </p>
      <fieldset className="pk-fieldset">
        <legend>Signature</legend>
        <div className="actions" role="radiogroup" aria-label="How the participant signs">
          <label className="choice">
            <input type="radio" name={`${ids}-method`} checked={method === 'typed'} onChange={() => setMethod('typed')} />
            The participant types their name
          </label>
          <label className="choice">
            <input type="radio" name={`${ids}-method`} checked={method === 'drawn'} onChange={() => setMethod('drawn')} />
            The participant signs on the screen
          </label>
        </div>
        {method === 'typed' ? (
          <TextField label="Name typed by the participant" autoComplete="off" maxLength={200} value={typedName} onChange={(e) => setTypedName(e.target.value)} error={fieldError('typedName')} />
        ) : (
          <>
            <p className="hint" id={`${ids}-pad-hint`}>
              The participant signs in the box with a mouse, a finger or a pen.
            </p>
            <SignaturePad onChange={setImage} describedBy={`${ids}-pad-hint`} />
            {fieldError('image') ? <p className="field-error">{fieldError('image')}</p> : <p className="muted">{image ? 'Signature drawn.' : 'Not signed yet.'}</p>}
          </>
        )}
        <TextField label="Date signed" type="date" max={today()} value={signedOn} onChange={(e) => setSignedOn(e.target.value)} error={fieldError('signedOn')} />
      </fieldset>
      <FormError error={error} fields={FIELDS} />
      <div className="actions">
        <SubmitButton busy={busy} busyLabel="Recording…">
          Record the signed statement
        </SubmitButton>
      </div>
    </form>
  );
}
