import { type FormEvent, useState } from 'react';
import { SelectField, SubmitButton } from '../../components/fields.tsx';
import { errorFor, FormError } from '../../components/form-error.tsx';
import { Loading, Problem } from '../../components/status.tsx';
import { useLoad } from '../../components/use-load.ts';
import { type Consultation, consultationApi, type Recipient } from './consultation-api.ts';

const FIELDS = ['recipientId'] as const;

function optionText(r: Recipient): string {
  return r.team ? `${r.displayName} (${r.sameTeam ? 'your team' : r.team})` : r.displayName;
}

/** Choosing the colleague and sending the reviewed text; the text is frozen from then on. */
export function SendForm({ consultation, onSent }: { readonly consultation: Consultation; readonly onSent: (view: Consultation) => void }) {
  const recipients = useLoad('consultation-recipients', () => consultationApi.recipients());
  const [to, setTo] = useState('');
  const [checked, setChecked] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [local, setLocal] = useState<{ field: 'to' | 'checked'; message: string } | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!to) return setLocal({ field: 'to', message: 'Choose the colleague who should read it.' });
    if (!checked) return setLocal({ field: 'checked', message: 'Read the text on the right once more, then tick the box to confirm it identifies no one.' });
    setLocal(null);
    setBusy(true);
    setError(null);
    try {
      onSent(await consultationApi.send(consultation.id, to));
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };
  if (recipients.state === 'loading') return <Loading>Loading the colleagues you can ask…</Loading>;
  if (recipients.state === 'failed') return <Problem error={recipients.error} retry={recipients.reload} />;
  const supervisors = recipients.data.filter((r) => r.role === 'supervisor');
  const peers = recipients.data.filter((r) => r.role === 'peer_specialist');
  return (
    <form className="panel stack send-form" onSubmit={submit} noValidate aria-labelledby="send-heading">
      <h2 id="send-heading">Send for advice</h2>
      <p>
        The colleague reads only the text under “What the colleague will read”. They do not see the original, the person’s name or their record, and they do not need access to it.
      </p>
      <SelectField label="Colleague to ask" value={to} onChange={(e) => setTo(e.target.value)} error={local?.field === 'to' ? local.message : errorFor(error, 'recipientId', FIELDS)}>
        <option value="">Choose a colleague…</option>
        {supervisors.length > 0 && (
          <optgroup label="Supervisors">
            {supervisors.map((r) => (
              <option key={r.id} value={r.id}>
                {optionText(r)}
              </option>
            ))}
          </optgroup>
        )}
        {peers.length > 0 && (
          <optgroup label="Peer specialists">
            {peers.map((r) => (
              <option key={r.id} value={r.id}>
                {optionText(r)}
              </option>
            ))}
          </optgroup>
        )}
      </SelectField>
      <div className={local?.field === 'checked' ? 'field has-error' : 'field'}>
        <label className="check">
          <input type="checkbox" checked={checked} onChange={(e) => setChecked(e.target.checked)} aria-describedby={local?.field === 'checked' ? 'send-check-error' : undefined} />I read the text the colleague will
          read: nothing in it identifies the person.
        </label>
        {local?.field === 'checked' && (
          <p className="field-error" id="send-check-error">
            {local.message}
          </p>
        )}
      </div>
      <FormError error={error} fields={FIELDS} />
      <div className="actions">
        <SubmitButton busy={busy} busyLabel="Sending…">
          Send the de-identified text
        </SubmitButton>
      </div>
    </form>
  );
}
