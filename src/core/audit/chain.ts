import { createHash } from 'node:crypto';

/**
 * The audit chain. Each entry's hash covers its canonical form and the previous entry's hash, so
 * editing, deleting or reordering any past entry breaks every link after it. Entries never hold
 * note text or names: who, what, which participant (id), when, why, from where.
 */
export interface AuditEntry {
  readonly orgId: string | null;
  readonly at: Date;
  readonly actorId: string | null;
  readonly actorRole: string | null;
  readonly action: string;
  readonly outcome: AuditOutcome;
  readonly participantId: string | null;
  readonly resourceType: string | null;
  readonly resourceId: string | null;
  readonly purpose: string | null;
  readonly source: string | null;
  /** Ids, counts and codes only — never participant data. */
  readonly detail: Readonly<Record<string, string | number | boolean | null>>;
}

export type AuditOutcome = 'allowed' | 'denied' | 'succeeded' | 'failed';

export const GENESIS_HASH = '0'.repeat(64);

/** A stable text form: fixed field order, sorted detail keys, time as epoch milliseconds. */
export function canonicalForm(entry: AuditEntry): string {
  const detail = Object.keys(entry.detail)
    .sort()
    .map((k) => [k, entry.detail[k] ?? null]);
  return JSON.stringify([
    entry.orgId,
    entry.at.getTime(),
    entry.actorId,
    entry.actorRole,
    entry.action,
    entry.outcome,
    entry.participantId,
    entry.resourceType,
    entry.resourceId,
    entry.purpose,
    entry.source,
    detail,
  ]);
}

export function chainHash(prevHash: string, entry: AuditEntry): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonicalForm(entry)).digest('hex');
}

export interface StoredAuditEntry extends AuditEntry {
  readonly seq: string;
  readonly prevHash: string;
  readonly hash: string;
}

export type ChainVerdict =
  | { readonly ok: true; readonly checked: number; readonly headHash: string }
  | {
      readonly ok: false;
      readonly checked: number;
      readonly brokenAtSeq: string;
      readonly problem: 'entry-altered' | 'link-broken';
      readonly explanation: string;
    };

/**
 * Walks one chain in sequence order and reports the first broken link. An altered entry no
 * longer matches its own hash; a deleted or reordered entry leaves a prev-hash that does not match
 * the entry before it.
 */
export function verifyChain(entries: Iterable<StoredAuditEntry>, startHash = GENESIS_HASH): ChainVerdict {
  let prev = startHash;
  let checked = 0;
  for (const e of entries) {
    if (e.prevHash !== prev) {
      return {
        ok: false,
        checked,
        brokenAtSeq: e.seq,
        problem: 'link-broken',
        explanation: `entry ${e.seq} does not follow the entry before it: an entry was deleted, inserted or moved just before it`,
      };
    }
    if (chainHash(prev, e) !== e.hash) {
      return {
        ok: false,
        checked,
        brokenAtSeq: e.seq,
        problem: 'entry-altered',
        explanation: `entry ${e.seq} was changed after it was written`,
      };
    }
    prev = e.hash;
    checked++;
  }
  return { ok: true, checked, headHash: prev };
}
