import { type FormEvent, useState } from 'react';
import { api } from '../../api/endpoints.ts';
import { TextField, SubmitButton } from '../../components/fields.tsx';
import { errorFor, FormError } from '../../components/form-error.tsx';
import { useSession } from '../../session/session-context.tsx';

const FIELDS = ['email', 'password'] as const;

/** The first step: e-mail and password. `fixedEmail` is set on the lock screen. */
export function PasswordForm({ fixedEmail, submitLabel = 'Continue' }: { readonly fixedEmail?: string; readonly submitLabel?: string }) {
  const { passwordAccepted } = useSession();
  const [email, setEmail] = useState(fixedEmail ?? '');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const answer = await api.signIn(email.trim(), password);
      await passwordAccepted(email.trim(), answer.status, answer.csrfToken);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate className="stack">
      {fixedEmail ? (
        <input type="email" name="email" autoComplete="username" value={fixedEmail} readOnly hidden />
      ) : (
        <TextField label="E-mail address" type="email" name="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} error={errorFor(error, 'email', FIELDS)} />
      )}
      <TextField label="Password" type="password" name="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} error={errorFor(error, 'password', FIELDS)} />
      <FormError error={error} fields={FIELDS} />
      <SubmitButton busy={busy} busyLabel="Checking…">
        {submitLabel}
      </SubmitButton>
    </form>
  );
}
