import type { Actor } from '../core/access/policy.ts';

/** Who is asking, from where, and why: carried from the HTTP or CLI adapter into every use case. */
export interface RequestContext {
  readonly actor: Actor;
  /** Client address (or "cli"), recorded in the audit log. */
  readonly source: string;
  /** Purpose of use stated by the client, or the role's default. */
  readonly purpose: PurposeOfUse;
}

export type PurposeOfUse = 'care' | 'supervision' | 'audit' | 'administration' | 'emergency' | 'participant_request';
export const PURPOSES: readonly PurposeOfUse[] = [
  'care',
  'supervision',
  'audit',
  'administration',
  'emergency',
  'participant_request',
];

export function defaultPurpose(role: Actor['role']): PurposeOfUse {
  switch (role) {
    case 'peer_specialist':
      return 'care';
    case 'supervisor':
      return 'supervision';
    case 'privacy_officer':
      return 'audit';
    case 'admin':
      return 'administration';
  }
}
