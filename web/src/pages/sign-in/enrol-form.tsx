import { type FormEvent, useEffect, useState } from 'react';
import { api } from '../../api/endpoints.ts';
import type { Enrolment } from '../../api/types.ts';
import { SubmitButton, TextField } from '../../components/fields.tsx';
import { errorFor, FormError } from '../../components/form-error.tsx';
import { Loading, Problem } from '../../components/status.tsx';
import { useSession } from '../../session/session-context.tsx';

const FIELDS = ['code'] as const;

/** First sign-in: set up an authenticator app from a QR code (or the key typed in), then confirm. */
export function EnrolForm() {
  const { signedIn } = useSession();
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` restarts the set-up on "Try again".
  useEffect(() => {
    let live = true;
    setLoadError(null);
    api.beginEnrolment().then(
      (e) => live && setEnrolment(e),
      (e: unknown) => live && setLoadError(e),
    );
    return () => {
      live = false;
    };
  }, [attempt]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const answer = await api.confirmEnrolment(code.replace(/\s+/g, ''));
      await signedIn(answer.csrfToken, answer.recoveryCodes);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  if (loadError) return <Problem error={loadError} retry={() => setAttempt((a) => a + 1)} />;
  if (!enrolment) return <Loading>Preparing your authenticator set-up…</Loading>;
  return (
    <div className="stack">
      <ol className="steps">
        <li>Open an authenticator app on your phone (for example FreeOTP, Aegis, Google or Microsoft Authenticator).</li>
        <li>Add an account and scan this QR code.</li>
        <li>Enter the six-digit code the app shows.</li>
      </ol>
      <figure className="qr">
        <img src={enrolment.qrCodeDataUrl} width={200} height={200} alt="QR code for setting up PeerKeep in your authenticator app" />
        <figcaption>
          Cannot scan? Type this key into the app instead: <code className="secret">{enrolment.secret.replace(/(.{4})/g, '$1 ').trim()}</code>
        </figcaption>
      </figure>
      <form onSubmit={submit} noValidate className="stack">
        <TextField label="Six-digit code from the app" name="code" inputMode="numeric" autoComplete="one-time-code" required value={code} onChange={(e) => setCode(e.target.value)} error={errorFor(error, 'code', FIELDS)} />
        <FormError error={error} fields={FIELDS} />
        <SubmitButton busy={busy} busyLabel="Checking the code…">
          Finish set-up
        </SubmitButton>
      </form>
    </div>
  );
}
