/**
 * Shapes the browser receives, taken from the shared contract (src/contract) that the server's
 * routes validate and serialize with, so a change there fails this build.
 */
import type { Static } from 'typebox';
import type { Staff, Team } from '../../../src/contract/admin.ts';
import type { Enrolment, EnrolmentConfirmed, SessionInfo, SignInAnswer } from '../../../src/contract/auth.ts';
import type { RoleSchema, SessionType } from '../../../src/contract/common.ts';
import type {
  BreakGlassView,
  Contact,
  NoteInput,
  NoteVersionView,
  NoteView,
  ParticipantProfile,
  ParticipantSummary,
  ParticipantView,
} from '../../../src/contract/records.ts';

export type Role = Static<typeof RoleSchema>;
export type { NoteInput, NoteView, ParticipantProfile, ParticipantSummary, ParticipantView, SessionType };
export type NoteVersion = Static<typeof NoteVersionView>;
export type ContactView = Static<typeof Contact>;
export type BreakGlassGrant = Static<typeof BreakGlassView>;

export type { SignInAnswer, Enrolment, EnrolmentConfirmed, SessionInfo, Staff, Team };
export type SignInStatus = SignInAnswer['status'];
export type SessionUser = SessionInfo['user'];

export interface Attendance {
  readonly groupSessionId: string;
  readonly groupName: string;
  readonly sessionDate: string;
  readonly present: boolean;
  readonly noteId: string | null;
}

export interface AccessEntry {
  readonly at: string;
  readonly staffName: string;
  readonly staffRole: string | null;
  readonly action: string;
  readonly purpose: string | null;
}

export interface BreakGlassOpened {
  readonly id: string;
  readonly participantId: string;
  readonly expiresAt: string;
  readonly supervisorsNotified: number;
}

export interface NewStaff {
  email: string;
  displayName: string;
  role: Role;
  teamId?: string;
  password: string;
}

export interface StaffChange {
  role?: Role;
  teamId?: string | null;
  disabled?: boolean;
  unlock?: true;
}
