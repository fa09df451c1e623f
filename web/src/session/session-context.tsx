import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { ApiError, onSessionEnded, setCsrfToken } from '../api/client.ts';
import { api } from '../api/endpoints.ts';
import type { SessionInfo, SignInStatus } from '../api/types.ts';
import type { SessionState } from './session-state.ts';

interface SessionActions {
  readonly state: SessionState;
  /** After the password step: go on to the code, or to setting up the authenticator. */
  readonly passwordAccepted: (email: string, status: SignInStatus, csrfToken: string) => Promise<void>;
  /** After the code (or enrolment) step: load who is signed in. */
  readonly signedIn: (csrfToken: string, recoveryCodes?: readonly string[]) => Promise<void>;
  readonly recoveryCodesSaved: () => void;
  readonly signOut: () => Promise<void>;
  /** Hide everything and end the session; the password brings the person back to the same page. */
  readonly lock: (reason: 'idle' | 'manual' | 'ended') => void;
  readonly startOver: () => void;
}

const SessionContext = createContext<SessionActions | null>(null);

export function useSession(): SessionActions {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}

/** The signed-in session; only for pages shown after sign-in. */
export function useSignedIn(): SessionInfo {
  const { state } = useSession();
  if (state.kind !== 'signed-in') throw new Error('useSignedIn before sign-in');
  return state.session;
}

export function SessionProvider({ children }: { readonly children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ kind: 'loading' });

  useEffect(() => {
    api.session().then(
      (session) => {
        if (session.secondFactorPassed) {
          setCsrfToken(session.csrfToken);
          setState({ kind: 'signed-in', session });
        } else {
          // A half-finished sign-in from an earlier visit: start again cleanly.
          setCsrfToken(session.csrfToken);
          api.signOut().catch(() => {});
          setCsrfToken(null);
          setState({ kind: 'signed-out' });
        }
      },
      (e: unknown) => setState({ kind: 'signed-out', ...(e instanceof ApiError && e.status === 401 ? {} : { notice: 'PeerKeep could not check your session. Sign in to continue.' }) }),
    );
  }, []);

  const lock = useCallback((reason: 'idle' | 'manual' | 'ended') => {
    setState((s) => {
      if (s.kind !== 'signed-in') return s;
      // End the server session too: a locked screen must not leave a working cookie behind.
      if (reason !== 'ended') api.signOut().catch(() => {});
      setCsrfToken(null);
      return { kind: 'locked', email: s.session.user.email, displayName: s.session.user.displayName, reason };
    });
  }, []);

  useEffect(() => onSessionEnded(() => lock('ended')), [lock]);

  const actions = useMemo<SessionActions>(
    () => ({
      state,
      passwordAccepted: async (email, status, csrfToken) => {
        setCsrfToken(csrfToken);
        setState(status === 'enrolment_required' ? { kind: 'enrol', email } : { kind: 'second-factor', email });
      },
      signedIn: async (csrfToken, recoveryCodes) => {
        setCsrfToken(csrfToken);
        const session = await api.session();
        setCsrfToken(session.csrfToken);
        setState(recoveryCodes ? { kind: 'recovery-codes', codes: recoveryCodes, session } : { kind: 'signed-in', session });
      },
      recoveryCodesSaved: () => setState((s) => (s.kind === 'recovery-codes' ? { kind: 'signed-in', session: s.session } : s)),
      signOut: async () => {
        await api.signOut().catch(() => {});
        setCsrfToken(null);
        setState({ kind: 'signed-out', notice: 'You have signed out.' });
      },
      lock,
      startOver: () => {
        api.signOut().catch(() => {});
        setCsrfToken(null);
        setState({ kind: 'signed-out' });
      },
    }),
    [state, lock],
  );
  return <SessionContext.Provider value={actions}>{children}</SessionContext.Provider>;
}
