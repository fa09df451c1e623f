import { ConsentTerms } from './consent-terms.tsx';
import { type FormEvent, useId, useState } from 'react';
import { messageOf } from '../../api/client.ts';
import { SubmitButton, TextField } from '../../components/fields.tsx';
import { Loading, Notice, Problem } from '../../components/status.tsx';
import { useLoad } from '../../components/use-load.ts';
import { Private } from '../../session/privacy-screen.tsx';
import { formatDateTime } from '../format.ts';
import { type ConsentView, consentApi, consentPdfPath, consentStatus, recipientWords } from './consent-api.ts';
import { ConsentWizard } from './consent-wizard.tsx';
import './consents.css';

/** A participant's consents (ROI) with their status in words, the wizard for a new one, the PDF and revocation. */
export function ConsentsSection({ participantId }: { readonly participantId: string }) {
  const consents = useLoad(`consents:${participantId}`, () => consentApi.consents(participantId));
  const profile = useLoad('policy-profile', () => consentApi.policyProfile());
  const [adding, setAdding] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);

  const replace = (c: ConsentView, message: string) => {
    if (consents.state === 'ready') consents.set(consents.data.some((x) => x.id === c.id) ? consents.data.map((x) => (x.id === c.id ? c : x)) : [c, ...consents.data]);
    else consents.reload();
    setSaved(message);
  };

  return (
    <div className="consents">
      <p className="section-intro">A consent lets this program share named information with a named recipient, for a purpose, until it ends or is taken back.</p>
      {saved && <Notice>{saved}</Notice>}
      {adding ? (
        profile.state === 'loading' ? (
          <Loading>Loading the program’s rules…</Loading>
        ) : profile.state === 'failed' ? (
          <Problem error={profile.error} retry={profile.reload} />
        ) : (
          <div className="panel">
            <ConsentWizard
              participantId={participantId}
              part2={profile.data.part2Program}
              onCancel={() => setAdding(false)}
              onSaved={(c) => {
                setAdding(false);
                replace(c, 'Consent saved. Print the form from the list below for the participant’s copy.');
              }}
            />
          </div>
        )
      ) : (
        <p>
          <button
            type="button"
            className="button"
            onClick={() => {
              setSaved(null);
              setAdding(true);
            }}
          >
            Record a new consent
          </button>
        </p>
      )}
      <h3>Consents on file</h3>
      {consents.state === 'loading' && <Loading>Loading consents…</Loading>}
      {consents.state === 'failed' && <Problem error={consents.error} retry={consents.reload} />}
      {consents.state === 'ready' &&
        (consents.data.length === 0 ? (
          <p>No consents on file. Nothing may be shared on the ground of consent until one is recorded.</p>
        ) : (
          <ul className="consent-list" aria-label="Consents, newest first">
            {consents.data.map((c) => (
              <ConsentItem key={c.id} consent={c} onRevoked={(r) => replace(r, 'Revocation recorded. It applies to every disclosure from now on.')} />
            ))}
          </ul>
        ))}
    </div>
  );
}

function ConsentItem({ consent: c, onRevoked }: { readonly consent: ConsentView; readonly onRevoked: (c: ConsentView) => void }) {
  const [revoking, setRevoking] = useState(false);
  const status = consentStatus(c);
  const headingId = `consent-${c.id}`;
  return (
    <li className="consent-item" aria-labelledby={headingId}>
      <h3 id={headingId}>
        To <Private>{recipientWords(c.recipient)}</Private>
        <span className={`badge ${status.tone}-badge`}>{status.label}</span>
      </h3>
      <dl className="facts">
        <ConsentTerms consent={c} />
        {c.revocation && (
          <div>
            <dt>Revoked</dt>
            <dd>
              {formatDateTime(c.revocation.at)}, {c.revocation.form === 'oral' ? `out loud (witness: ${c.revocation.witness ?? 'none'})` : 'in writing'}
            </dd>
          </div>
        )}
        {c.part2 && (
          <div>
            <dt>Rules</dt>
            <dd>42 CFR Part 2 consent</dd>
          </div>
        )}
      </dl>
      <div className="actions">
        <a className="button secondary small" href={consentPdfPath(c.id)} target="_blank" rel="noopener">
          Preview or print the form (PDF, opens in a new tab)
        </a>
        {(c.status === 'active' || c.status === 'revocation_on_hold') && !c.revocation && !revoking && (
          <button type="button" className="button secondary small" onClick={() => setRevoking(true)}>
            Record a revocation
          </button>
        )}
      </div>
      {revoking && <RevokeForm consentId={c.id} onCancel={() => setRevoking(false)} onDone={onRevoked} />}
    </li>
  );
}

function RevokeForm({ consentId, onCancel, onDone }: { readonly consentId: string; readonly onCancel: () => void; readonly onDone: (c: ConsentView) => void }) {
  const ids = useId();
  const [form, setForm] = useState<'written' | 'oral'>('written');
  const [witness, setWitness] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      onDone(await consentApi.revoke(consentId, { form, ...(form === 'oral' && witness.trim() ? { witness: witness.trim() } : {}) }));
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };
  return (
    <form className="stack revoke-form" onSubmit={submit} noValidate>
      <fieldset className="pk-fieldset">
        <legend>How did the participant take back this consent?</legend>
        <label className="choice">
          <input type="radio" name={`${ids}-form`} checked={form === 'written'} onChange={() => setForm('written')} />
          In writing (keep the signed letter or form)
        </label>
        <label className="choice">
          <input type="radio" name={`${ids}-form`} checked={form === 'oral'} onChange={() => setForm('oral')} />
          Out loud, with a witness
        </label>
        {form === 'oral' && <TextField label="Witness who heard it" hint="Another staff member’s full name." value={witness} onChange={(e) => setWitness(e.target.value)} error={error ? messageOf(error) : null} />}
      </fieldset>
      {error !== null && form !== 'oral' && (
        <p className="form-error" role="alert">
          {messageOf(error)}
        </p>
      )}
      <div className="actions">
        <SubmitButton busy={busy} busyLabel="Recording…" className="button danger">
          Record the revocation
        </SubmitButton>
        <button type="button" className="button secondary" onClick={onCancel}>
          Keep the consent
        </button>
      </div>
    </form>
  );
}
