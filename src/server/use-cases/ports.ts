import type { KeyService } from '../crypto/key-service.ts';
import type { Db } from '../db/open-database.ts';

/** What the record use cases need from the outside world: the database and the keys. */
export interface RecordPorts {
  readonly db: Db;
  readonly keys: KeyService;
}

/** ISO text for a timestamp column value (pg returns Date). */
export function iso(d: Date): string {
  return d.toISOString();
}

/** 'YYYY-MM-DD' for a date column value (the pool returns date columns as text). */
export function isoDate(d: Date | string): string {
  return typeof d === 'string' ? d : d.toISOString().slice(0, 10);
}
