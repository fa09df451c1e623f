/**
 * Shapes the browser receives. Record shapes come from the shared contract (src/contract), so a
 * change there fails this build; sign-in and staff shapes are declared inline in their server
 * routes for now and are mirrored here.
 */
import type { Static } from 'typebox';
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

export type SignInStatus = 'signed_in' | 'second_factor_required' | 'enrolment_required';

export interface SignInAnswer {
  readonly status: SignInStatus;
  readonly csrfToken: string;
}

export interface Enrolment {
  readonly otpauthUri: string;
  readonly qrCodeDataUrl: string;
  readonly secret: string;
}

export interface EnrolmentConfirmed extends SignInAnswer {
  readonly recoveryCodes: string[];
}

export interface SessionUser {
  readonly id: string;
  readonly displayName: string;
  readonly email: string;
  readonly role: Role;
  readonly organizationId: string;
  readonly teamId: string | null;
}

export interface SessionInfo {
  readonly user: SessionUser;
  readonly secondFactorPassed: boolean;
  readonly csrfToken: string | null;
  readonly idleMinutes: number;
}

export interface Staff {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  readonly role: Role;
  readonly teamId: string | null;
  readonly secondFactorEnrolled: boolean;
  readonly locked: boolean;
  readonly disabled: boolean;
}

export interface Team {
  readonly id: string;
  readonly name: string;
}

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
