import type { SessionInfo } from '../api/types.ts';

/** Where the person is in signing in. Recovery codes live only in this state, never in storage. */
export type SessionState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'signed-out'; readonly notice?: string }
  | { readonly kind: 'second-factor'; readonly email: string }
  | { readonly kind: 'enrol'; readonly email: string }
  | { readonly kind: 'recovery-codes'; readonly codes: readonly string[]; readonly session: SessionInfo }
  | { readonly kind: 'signed-in'; readonly session: SessionInfo }
  | { readonly kind: 'locked'; readonly email: string; readonly displayName: string; readonly reason: 'idle' | 'ended' | 'manual' };
