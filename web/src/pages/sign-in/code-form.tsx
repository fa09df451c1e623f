import { type FormEvent, useState } from 'react';
import { api } from '../../api/endpoints.ts';
import { SubmitButton, TextField } from '../../components/fields.tsx';
import { errorFor, FormError } from '../../components/form-error.tsx';
import { useSession } from '../../session/session-context.tsx';

const FIELDS = ['code'] as const;

/** The second step: the current code from the authenticator app, or a recovery code. */
export function CodeForm() {
  const { signedIn } = useSession();
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const answer = await api.secondFactor(code.replace(/\s+/g, ''));
      await signedIn(answer.csrfToken);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate className="stack">
      <TextField
        label="Code from your authenticator app"
        hint="Six digits, from the app you set up for PeerKeep. Lost your device? Enter one of your recovery codes instead."
        name="code"
        inputMode="text"
        autoComplete="one-time-code"
        required
        value={code}
        onChange={(e) => setCode(e.target.value)}
        error={errorFor(error, 'code', FIELDS)}
      />
      <FormError error={error} fields={FIELDS} />
      <SubmitButton busy={busy} busyLabel="Checking the code…">
        Sign in
      </SubmitButton>
    </form>
  );
}
