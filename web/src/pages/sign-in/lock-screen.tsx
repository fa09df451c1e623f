import { PageHeading } from '../../components/page-heading.tsx';
import { useSession } from '../../session/session-context.tsx';
import { PasswordForm } from './password-form.tsx';

const WHY = {
  idle: 'No one used PeerKeep for a while, so it hid this screen and closed your session.',
  manual: 'You locked PeerKeep.',
  ended: 'Your session ended (it may have timed out or been signed out elsewhere).',
} as const;

/**
 * The lock screen replaces the whole app (nothing of the record stays on the page). The password
 * (then the authenticator code) open a new session and bring the person back to the page they were on.
 */
export function LockScreen() {
  const { state, startOver } = useSession();
  if (state.kind !== 'locked') return null;
  return (
    <main id="main" className="auth-card lock">
      <p className="brand-line" aria-hidden="true">
        PeerKeep
      </p>
      <PageHeading title="PeerKeep is locked">PeerKeep is locked</PageHeading>
      <p>
        {WHY[state.reason]} Enter the password of <strong>{state.displayName}</strong> to carry on where you left off.
      </p>
      <PasswordForm fixedEmail={state.email} submitLabel="Unlock" />
      <p>
        <button type="button" className="link-button" onClick={startOver}>
          Not you? Sign in as someone else
        </button>
      </p>
    </main>
  );
}
