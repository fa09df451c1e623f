import { type FormEvent, useState } from 'react';
import { api } from '../../api/endpoints.ts';
import { SubmitButton, TextArea } from '../../components/fields.tsx';
import { errorFor, FormError } from '../../components/form-error.tsx';

const FIELDS = ['reason'] as const;

/** Emergency access to a record outside the caseload: a stated reason, flagged to supervisors. */
export function BreakGlassForm({ participantId, onOpened }: { readonly participantId: string; readonly onOpened: () => void }) {
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api.breakGlass(participantId, reason.trim());
      onOpened();
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <section className="break-glass" aria-labelledby="break-glass-heading">
      <h2 id="break-glass-heading">Emergency access (break the glass)</h2>
      <p>
        Only in an emergency, when you need this person’s record now and their own staff cannot help. Your supervisor is told at once, the access ends on its own after a
        short time, and it is reviewed.
      </p>
      <form onSubmit={submit} noValidate className="stack">
        <TextArea
          label="Why do you need this record now?"
          hint="At least 10 characters. Say what is happening, not who told you; this reason is kept in the audit log."
          name="reason"
          rows={3}
          required
          minLength={10}
          maxLength={2000}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={errorFor(error, 'reason', FIELDS)}
        />
        <FormError error={error} fields={FIELDS} />
        <SubmitButton busy={busy} busyLabel="Opening…" className="button danger">
          Open the record in an emergency
        </SubmitButton>
      </form>
    </section>
  );
}
