import type { SessionType } from '../../api/types.ts';

export const SESSION_TYPES: Readonly<Record<SessionType, string>> = {
  in_person: 'In person',
  phone: 'Phone',
  telehealth: 'Telehealth',
  text: 'Text messages',
};
