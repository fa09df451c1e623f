import type { ColumnType, Generated } from 'kysely';

/**
 * Row types of migration 004 (risky disclosures and the safety protocol), kept beside tables.ts so
 * the safety stores name only their own tables; `Tables` extends this.
 */
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** jsonb written as JSON text, read back parsed. */
type Json<T> = ColumnType<T, string, string>;

export interface ParticipantMessagesTable {
  id: string;
  org_id: string;
  participant_id: string;
  logged_by: string;
  channel: string;
  received_at: Timestamp;
  body_enc: Buffer;
  created_at: Generated<Date>;
}
export interface RiskFindingsTable {
  id: string;
  org_id: string;
  participant_id: string;
  note_id: string | null;
  note_version: number | null;
  message_id: string | null;
  category: string;
  level: string;
  negated: boolean;
  historical: boolean;
  hypothetical: boolean;
  experiencer: string;
  material: boolean;
  cues: Json<string[]>;
  start_at: number;
  end_at: number;
  evidence_enc: Buffer;
  detector_version: string;
  created_at: Generated<Date>;
}
export interface SafetyEventsTable {
  id: string;
  org_id: string;
  participant_id: string;
  opened_via: string;
  finding_id: string | null;
  opened_by: string | null;
  urgency: string;
  categories: Json<string[]>;
  report_enc: Buffer | null;
  status: Generated<string>;
  assigned_supervisor_id: string | null;
  escalation_count: Generated<number>;
  escalated_at: NullableTimestamp;
  escalation_exhausted: Generated<boolean>;
  acknowledged_by: string | null;
  acknowledged_at: NullableTimestamp;
  outcome: string | null;
  follow_up_on: ColumnType<Date | null, string | null | undefined, string | null>;
  closed_by: string | null;
  closed_at: NullableTimestamp;
  opened_at: Timestamp;
  updated_at: Timestamp;
}
export interface SafetyPlansTable {
  id: string;
  org_id: string;
  participant_id: string;
  plan_enc: Buffer;
  created_by: string;
  created_at: Generated<Date>;
}
export interface SafetyEventStepsTable {
  id: string;
  org_id: string;
  event_id: string;
  participant_id: string;
  seq: number;
  step: string;
  actor_id: string | null;
  at: Timestamp;
  data: Json<Record<string, unknown>>;
  details_enc: Buffer | null;
}
export interface NotificationEmailsTable {
  id: string;
  org_id: string;
  notification_id: string;
  user_id: string;
  status: Generated<string>;
  attempts: Generated<number>;
  last_error: string | null;
  created_at: Generated<Date>;
  sent_at: NullableTimestamp;
}
export interface SafetySettingsTable {
  org_id: string;
  ack_minutes: Generated<number>;
  escalation_order: Json<string[]>;
  updated_by: string | null;
  updated_at: Generated<Date>;
}

/** The tables of migration 004. */
export interface SafetyTables {
  participant_messages: ParticipantMessagesTable;
  risk_findings: RiskFindingsTable;
  safety_events: SafetyEventsTable;
  safety_plans: SafetyPlansTable;
  safety_event_steps: SafetyEventStepsTable;
  notification_emails: NotificationEmailsTable;
  safety_settings: SafetySettingsTable;
}
