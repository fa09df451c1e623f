/** The identifier types of the `peerkeep deid` contract (../../../../shared/spec/CONTRACTS.md). */
export type SpanType =
  | 'NAME'
  | 'LOCATION'
  | 'DATE'
  | 'AGE'
  | 'PHONE'
  | 'FAX'
  | 'EMAIL'
  | 'SSN'
  | 'MRN'
  | 'HEALTH_PLAN'
  | 'ACCOUNT'
  | 'LICENSE'
  | 'VEHICLE'
  | 'DEVICE'
  | 'URL'
  | 'IP'
  | 'ID';

/** One removed identifier: `start`/`end` index the ORIGINAL text (UTF-16, end exclusive). */
export interface DeidSpan {
  readonly start: number;
  readonly end: number;
  readonly type: SpanType;
}

/** What the record already knows about the participant and their contacts. */
export interface DeidContext {
  /** Participant's and contacts' names and aliases, as the record holds them. */
  readonly names?: readonly string[];
  /** Known dates (date of birth, event dates) as `YYYY-MM-DD`. */
  readonly dates?: readonly string[];
  /** MRN, Medicaid and other ids on file. */
  readonly ids?: readonly string[];
  /** Street addresses on file. */
  readonly addresses?: readonly string[];
}

/** The redacted text and the spans removed from the original. */
export interface DeidResult {
  readonly text: string;
  readonly spans: readonly DeidSpan[];
}

/**
 * A span found by one layer, before overlaps are resolved. `rank` orders the layers when two
 * candidates overlap: the higher rank names the merged span's type.
 */
export interface Candidate {
  readonly start: number;
  readonly end: number;
  readonly type: SpanType;
  readonly rank: number;
}
