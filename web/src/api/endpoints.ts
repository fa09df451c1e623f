import { request } from './client.ts';
import type {
  AccessEntry,
  Attendance,
  BreakGlassOpened,
  Enrolment,
  EnrolmentConfirmed,
  NewStaff,
  NoteInput,
  NoteVersion,
  NoteView,
  ParticipantSummary,
  ParticipantView,
  SessionInfo,
  SignInAnswer,
  Staff,
  StaffChange,
  Team,
} from './types.ts';

/** Every API call the web app makes, typed. Ids go in paths; names and text only in bodies. */
export const api = {
  signIn: (email: string, password: string) => request<SignInAnswer>('POST', '/api/auth/sign-in', { email, password }),
  secondFactor: (code: string) => request<SignInAnswer>('POST', '/api/auth/second-factor', { code }),
  beginEnrolment: () => request<Enrolment>('POST', '/api/auth/totp/enrol'),
  confirmEnrolment: (code: string) => request<EnrolmentConfirmed>('POST', '/api/auth/totp/confirm', { code }),
  signOut: () => request<{ ok: boolean }>('POST', '/api/auth/sign-out'),
  session: () => request<SessionInfo>('GET', '/api/auth/session'),

  participants: () => request<ParticipantSummary[]>('GET', '/api/participants'),
  searchParticipants: (q: string) => request<ParticipantSummary[]>('POST', '/api/participants/search', { q }),
  participant: (id: string) => request<ParticipantView>('GET', `/api/participants/${encodeURIComponent(id)}`),
  identity: (id: string) => request<ParticipantSummary>('GET', `/api/participants/${encodeURIComponent(id)}/identity`),
  notes: (id: string) => request<NoteView[]>('GET', `/api/participants/${encodeURIComponent(id)}/notes`),
  createNote: (id: string, note: NoteInput) => request<NoteView>('POST', `/api/participants/${encodeURIComponent(id)}/notes`, note),
  editNote: (noteId: string, note: NoteInput) => request<NoteView>('PUT', `/api/notes/${encodeURIComponent(noteId)}`, note),
  noteVersions: (noteId: string) => request<NoteVersion[]>('GET', `/api/notes/${encodeURIComponent(noteId)}/versions`),
  attendance: (id: string) => request<Attendance[]>('GET', `/api/participants/${encodeURIComponent(id)}/attendance`),
  accessReport: (id: string) => request<AccessEntry[]>('GET', `/api/participants/${encodeURIComponent(id)}/access-report`),
  breakGlass: (id: string, reason: string) => request<BreakGlassOpened>('POST', `/api/participants/${encodeURIComponent(id)}/break-glass`, { reason }),

  users: () => request<Staff[]>('GET', '/api/users'),
  createUser: (user: NewStaff) => request<Staff>('POST', '/api/users', user),
  updateUser: (id: string, change: StaffChange) => request<Staff>('PATCH', `/api/users/${encodeURIComponent(id)}`, change),
  teams: () => request<Team[]>('GET', '/api/teams'),
  createTeam: (name: string) => request<Team>('POST', '/api/teams', { name }),
};
