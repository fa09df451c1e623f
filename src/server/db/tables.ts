import type { ColumnType, Generated } from 'kysely';
import type { ConsultationTables } from './consultation-tables.ts';
import type { SafetyTables } from './safety-tables.ts';

/** Column types as the pg driver returns them on both backends (see stack-notes §3.2). */
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
/** `date` columns: read back as Date at UTC midnight, written as 'YYYY-MM-DD'. */
type DateColumn = ColumnType<Date, string, string>;
/** int8 comes back as a string from pg; we only ever compare and print it. */
type BigSerial = ColumnType<string, never, never>;

export interface OrganizationsTable {
  id: string;
  name: string;
  slug: string;
  idle_minutes: Generated<number>;
  index_key_wrapped: Buffer;
  index_key_master_id: string;
  created_at: Generated<Date>;
}
export interface OrgKeysTable {
  org_id: string;
  version: number;
  wrapped_key: Buffer;
  master_key_id: string;
  created_at: Generated<Date>;
  retired_at: NullableTimestamp;
}
export interface TeamsTable {
  id: string;
  org_id: string;
  name: string;
  created_at: Generated<Date>;
}
export interface UsersTable {
  id: string;
  org_id: string;
  email: string;
  display_name: string;
  role: string;
  team_id: string | null;
  platform_admin: Generated<boolean>;
  password_hash: string;
  totp_secret_enc: Buffer | null;
  totp_org_key_version: number | null;
  totp_enabled: Generated<boolean>;
  totp_last_step: ColumnType<string | null, number | null | undefined, number | null>;
  failed_signins: Generated<number>;
  locked_until: NullableTimestamp;
  disabled_at: NullableTimestamp;
  created_at: Generated<Date>;
}
export interface RecoveryCodesTable {
  id: string;
  org_id: string;
  user_id: string;
  code_hash: string;
  used_at: NullableTimestamp;
}
export interface SessionsTable {
  id: string;
  org_id: string;
  user_id: string;
  token_hash: string;
  csrf_token: string;
  mfa_passed: boolean;
  source: string | null;
  created_at: Generated<Date>;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  revoked_at: NullableTimestamp;
}
export interface ApiTokensTable {
  id: string;
  org_id: string;
  user_id: string;
  name: string;
  token_hash: string;
  created_at: Generated<Date>;
  expires_at: NullableTimestamp;
  last_used_at: NullableTimestamp;
  revoked_at: NullableTimestamp;
}
export interface RateLimitsTable {
  bucket: string;
  window_start: Timestamp;
  hits: number;
}
export interface ParticipantsTable {
  id: string;
  org_id: string;
  team_id: string | null;
  profile_enc: Buffer | null;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Timestamp;
  erased_at: NullableTimestamp;
}
export interface ParticipantKeysTable {
  participant_id: string;
  org_id: string;
  org_key_version: number;
  wrapped_key: Buffer;
}
export interface ParticipantNameTokensTable {
  org_id: string;
  participant_id: string;
  token: Buffer;
}
export interface CaseloadAssignmentsTable {
  id: string;
  org_id: string;
  participant_id: string;
  user_id: string;
  assigned_by: string | null;
  assigned_at: Generated<Date>;
  ended_at: NullableTimestamp;
}
export interface GroupsTable {
  id: string;
  org_id: string;
  team_id: string | null;
  name: string;
  facilitator_id: string;
  created_at: Generated<Date>;
}
export interface GroupSessionsTable {
  id: string;
  org_id: string;
  group_id: string;
  session_date: DateColumn;
  session_type: string;
  duration_minutes: number;
  facilitator_id: string;
  general_note_enc: Buffer | null;
  org_key_version: number;
  created_at: Generated<Date>;
}
export interface NotesTable {
  id: string;
  org_id: string;
  participant_id: string;
  author_id: string;
  group_session_id: string | null;
  session_date: DateColumn;
  session_type: string;
  duration_minutes: number;
  body_enc: Buffer;
  version: Generated<number>;
  last_edited_by: string;
  created_at: Generated<Date>;
  updated_at: Timestamp;
}
export interface NoteVersionsTable {
  note_id: string;
  version: number;
  org_id: string;
  participant_id: string;
  session_date: DateColumn;
  session_type: string;
  duration_minutes: number;
  body_enc: Buffer;
  edited_by: string;
  edited_at: Timestamp;
}
export interface GroupAttendanceTable {
  group_session_id: string;
  participant_id: string;
  org_id: string;
  present: boolean;
  note_id: string | null;
}
export interface BreakGlassTable {
  id: string;
  org_id: string;
  participant_id: string;
  user_id: string;
  reason_enc: Buffer;
  created_at: Generated<Date>;
  expires_at: Timestamp;
  reviewed_by: string | null;
  reviewed_at: NullableTimestamp;
  review_outcome: string | null;
  review_note_enc: Buffer | null;
}
export interface NotificationsTable {
  id: string;
  org_id: string;
  user_id: string;
  kind: string;
  subject_id: string | null;
  participant_id: string | null;
  created_at: Generated<Date>;
  read_at: NullableTimestamp;
}
export interface AuditLogTable {
  seq: BigSerial;
  org_id: string | null;
  at: Timestamp;
  actor_id: string | null;
  actor_role: string | null;
  action: string;
  outcome: string;
  participant_id: string | null;
  resource_type: string | null;
  resource_id: string | null;
  purpose: string | null;
  source: string | null;
  detail: ColumnType<Record<string, unknown>, string, never>;
  prev_hash: string;
  hash: string;
}
export interface AuditCheckpointsTable {
  id: BigSerial;
  org_id: string | null;
  seq: ColumnType<string, string, never>;
  hash: string;
  mac: string;
  at: Generated<Date>;
}

export interface PolicyProfilesTable {
  org_id: string;
  version: number;
  profile: ColumnType<Record<string, unknown>, string, never>;
  created_by: string | null;
  created_at: Generated<Date>;
}
export interface ConsentsTable {
  id: string;
  org_id: string;
  participant_id: string;
  release_enc: Buffer;
  part2: boolean;
  signed_on: DateColumn;
  signature_method: string;
  expiry_kind: string;
  expires_on: ColumnType<Date | null, string | null, string | null>;
  expiry_event_occurred_at: NullableTimestamp;
  expiry_event_recorded_by: string | null;
  criminal_justice: Generated<boolean>;
  irrevocable_event_occurred_at: NullableTimestamp;
  revoked_at: NullableTimestamp;
  revocation_form: string | null;
  revocation_recorded_by: string | null;
  revocation_enc: Buffer | null;
  created_by: string;
  created_at: Generated<Date>;
}
export interface ConsentDocumentsTable {
  consent_id: string;
  org_id: string;
  participant_id: string;
  pdf_enc: Buffer;
  created_at: Generated<Date>;
}
export interface ConfidentialityAcknowledgmentsTable {
  id: string;
  org_id: string;
  participant_id: string;
  statement_version: string;
  signed_on: DateColumn;
  signature_method: string;
  signature_enc: Buffer;
  recorded_by: string;
  created_at: Generated<Date>;
}
export interface DisclosureDecisionsTable {
  id: string;
  org_id: string;
  participant_id: string;
  asked_by: string;
  asked_at: Generated<Date>;
  profile_version: number;
  consent_id: string | null;
  inputs_enc: Buffer;
  outcome: string;
  ground_id: string;
  decision: ColumnType<Record<string, unknown>, string, never>;
  overridden_by: string | null;
  overridden_at: NullableTimestamp;
  override_reason_enc: Buffer | null;
}
export interface DisclosuresTable {
  id: string;
  org_id: string;
  participant_id: string;
  decision_id: string;
  consent_id: string | null;
  disclosed_at: Timestamp;
  disclosed_by: string;
  recipient_type: string;
  purpose: string;
  outcome: string;
  ground_id: string;
  citations: string[];
  profile_version: number;
  includes_part2: boolean;
  part2_notice_version: string | null;
  overridden: Generated<boolean>;
  accountable_hipaa: boolean;
  accountable_part2: boolean;
  packet_enc: Buffer;
  retain_until: DateColumn;
}

/** Every table PeerKeep's stores may touch. */
export interface Tables extends ConsultationTables, SafetyTables {
  organizations: OrganizationsTable;
  org_keys: OrgKeysTable;
  teams: TeamsTable;
  users: UsersTable;
  recovery_codes: RecoveryCodesTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  rate_limits: RateLimitsTable;
  participants: ParticipantsTable;
  participant_keys: ParticipantKeysTable;
  participant_name_tokens: ParticipantNameTokensTable;
  caseload_assignments: CaseloadAssignmentsTable;
  groups: GroupsTable;
  group_sessions: GroupSessionsTable;
  notes: NotesTable;
  note_versions: NoteVersionsTable;
  group_attendance: GroupAttendanceTable;
  break_glass: BreakGlassTable;
  notifications: NotificationsTable;
  audit_log: AuditLogTable;
  audit_checkpoints: AuditCheckpointsTable;
  policy_profiles: PolicyProfilesTable;
  consents: ConsentsTable;
  consent_documents: ConsentDocumentsTable;
  confidentiality_acknowledgments: ConfidentialityAcknowledgmentsTable;
  disclosure_decisions: DisclosureDecisionsTable;
  disclosures: DisclosuresTable;
}
