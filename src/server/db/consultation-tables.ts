import type { ColumnType, Generated } from 'kysely';

/**
 * Row types of migration 003 (de-identified case consultation), kept beside tables.ts so that
 * the consultation stores name only their own tables; `Tables` extends this.
 */
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;

export interface ConsultationsTable {
  id: string;
  org_id: string;
  participant_id: string;
  author_id: string;
  recipient_id: string | null;
  status: Generated<string>;
  reason_enc: Buffer;
  original_enc: Buffer;
  detected_spans_enc: Buffer;
  deidentified_enc: Buffer;
  review_seq: Generated<number>;
  note_ids: ColumnType<string[], string, string>;
  created_at: Generated<Date>;
  updated_at: Timestamp;
  sent_at: NullableTimestamp;
  closed_at: NullableTimestamp;
}
export interface ConsultationRedactionsTable {
  id: string;
  org_id: string;
  consultation_id: string;
  review_seq: number;
  start_at: number;
  end_at: number;
  added_by: string;
  created_at: Generated<Date>;
}
export interface ConsultationRestorationsTable {
  id: string;
  org_id: string;
  consultation_id: string;
  review_seq: number;
  start_at: number;
  end_at: number;
  span_type: string;
  reason_enc: Buffer;
  restored_by: string;
  created_at: Generated<Date>;
}
export interface ConsultationRepliesTable {
  id: string;
  org_id: string;
  consultation_id: string;
  author_id: string;
  body_enc: Buffer;
  created_at: Generated<Date>;
}
export interface ConsultationReidentificationsTable {
  id: string;
  org_id: string;
  consultation_id: string;
  participant_id: string;
  user_id: string;
  reason_enc: Buffer;
  supervisors_notified: number;
  created_at: Generated<Date>;
}

/** The consultation tables, merged into `Tables`. */
export interface ConsultationTables {
  consultations: ConsultationsTable;
  consultation_redactions: ConsultationRedactionsTable;
  consultation_restorations: ConsultationRestorationsTable;
  consultation_replies: ConsultationRepliesTable;
  consultation_reidentifications: ConsultationReidentificationsTable;
}
