import type { Role } from '../api/types.ts';

export const ROLE_NAMES: Readonly<Record<Role, string>> = {
  peer_specialist: 'Peer specialist',
  supervisor: 'Supervisor',
  privacy_officer: 'Privacy officer',
  admin: 'Administrator',
};
