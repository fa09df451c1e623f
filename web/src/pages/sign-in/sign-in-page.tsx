import { PageHeading } from '../../components/page-heading.tsx';
import { Notice } from '../../components/status.tsx';
import { useSession } from '../../session/session-context.tsx';
import { CodeForm } from './code-form.tsx';
import { EnrolForm } from './enrol-form.tsx';
import { PasswordForm } from './password-form.tsx';

/** Signing in, step by step: password, then the code (or, the first time, the authenticator set-up). */
export function SignInPage() {
  const { state, startOver } = useSession();
  const step = state.kind === 'second-factor' ? 'code' : state.kind === 'enrol' ? 'enrol' : 'password';
  const title = step === 'code' ? 'Enter your code' : step === 'enrol' ? 'Set up your authenticator app' : 'Sign in to PeerKeep';
  return (
    <main id="main" className="auth-card">
      <p className="brand-line" aria-hidden="true">
        PeerKeep
      </p>
      <PageHeading title={title}>{title}</PageHeading>
      {state.kind === 'signed-out' && state.notice && <Notice>{state.notice}</Notice>}
      {step === 'password' && <PasswordForm />}
      {step === 'code' && <CodeForm />}
      {step === 'enrol' && (
        <>
          <p>PeerKeep asks for a second step at every sign-in, so a stolen password alone cannot open anyone’s record.</p>
          <EnrolForm />
        </>
      )}
      {step !== 'password' && (
        <p>
          <button type="button" className="link-button" onClick={startOver}>
            Start again with a different account
          </button>
        </p>
      )}
    </main>
  );
}
