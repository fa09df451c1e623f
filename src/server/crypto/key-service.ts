import { createHmac } from 'node:crypto';
import type { Db, Tx } from '../db/open-database.ts';
import { newKey, open, seal } from './aead.ts';
import type { MasterKeyRing } from './master-keys.ts';

/** Associated data for each kind of wrapped key, so a key blob only opens where it belongs. */
const aad = {
  orgKey: (orgId: string, version: number) => `org_keys:${orgId}:${version}`,
  indexKey: (orgId: string) => `organizations:index_key:${orgId}`,
  participantKey: (participantId: string) => `participant_keys:${participantId}`,
};

export interface NewOrganizationKeys {
  readonly indexKeyWrapped: Buffer;
  readonly orgKeyWrapped: Buffer;
  readonly masterKeyId: string;
}

/**
 * The key hierarchy: master key (configuration) → organization key (versioned, in org_keys) →
 * participant data key (participant_keys) → sealed fields. Unwrapped organization keys are cached
 * per process by version; participant keys are unwrapped per use (one AES-GCM open, microseconds).
 */
export class KeyService {
  private readonly orgKeys = new Map<string, Buffer>();

  constructor(private readonly ring: MasterKeyRing) {}

  get activeMasterKeyId(): string {
    return this.ring.activeId;
  }

  /** Fresh keys for a new organization (version 1 of its organization key, and its index key). */
  newOrganizationKeys(orgId: string): NewOrganizationKeys {
    const master = this.master(this.ring.activeId);
    return {
      indexKeyWrapped: seal(master, newKey(), aad.indexKey(orgId)),
      orgKeyWrapped: seal(master, newKey(), aad.orgKey(orgId, 1)),
      masterKeyId: this.ring.activeId,
    };
  }

  /** The organization's active key version and key. */
  async activeOrgKey(tx: Tx, orgId: string): Promise<{ version: number; key: Buffer }> {
    const row = await tx
      .selectFrom('org_keys')
      .select(['version', 'wrapped_key', 'master_key_id'])
      .where('org_id', '=', orgId)
      .where('retired_at', 'is', null)
      .orderBy('version', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    return { version: row.version, key: this.unwrapOrgKey(orgId, row.version, row.wrapped_key, row.master_key_id) };
  }

  async orgKey(tx: Tx, orgId: string, version: number): Promise<Buffer> {
    const cached = this.orgKeys.get(`${orgId}:${version}`);
    if (cached) return cached;
    const row = await tx
      .selectFrom('org_keys')
      .select(['wrapped_key', 'master_key_id'])
      .where('org_id', '=', orgId)
      .where('version', '=', version)
      .executeTakeFirstOrThrow();
    return this.unwrapOrgKey(orgId, version, row.wrapped_key, row.master_key_id);
  }

  /** Creates and stores the data key of a new participant. */
  async createParticipantKey(tx: Tx, orgId: string, participantId: string): Promise<Buffer> {
    const { version, key: orgKey } = await this.activeOrgKey(tx, orgId);
    const dataKey = newKey();
    await tx
      .insertInto('participant_keys')
      .values({
        participant_id: participantId,
        org_id: orgId,
        org_key_version: version,
        wrapped_key: seal(orgKey, dataKey, aad.participantKey(participantId)),
      })
      .execute();
    return dataKey;
  }

  /** The participant's data key, or null once it was destroyed (the record was erased). */
  async participantKey(tx: Tx, orgId: string, participantId: string): Promise<Buffer | null> {
    const row = await tx
      .selectFrom('participant_keys')
      .select(['org_key_version', 'wrapped_key'])
      .where('participant_id', '=', participantId)
      .executeTakeFirst();
    if (!row) return null;
    const orgKey = await this.orgKey(tx, orgId, row.org_key_version);
    return open(orgKey, row.wrapped_key, aad.participantKey(participantId));
  }

  /** Crypto-shredding: without its data key, everything sealed for this participant is noise. */
  async destroyParticipantKey(tx: Tx, participantId: string): Promise<void> {
    await tx.deleteFrom('participant_keys').where('participant_id', '=', participantId).execute();
  }

  /** Keyed blind-index values for normalized name tokens (HMAC-SHA256, truncated to 128 bits). */
  async nameTokenDigests(tx: Tx, orgId: string, tokens: readonly string[]): Promise<Buffer[]> {
    const org = await tx
      .selectFrom('organizations')
      .select(['index_key_wrapped', 'index_key_master_id'])
      .where('id', '=', orgId)
      .executeTakeFirstOrThrow();
    const indexKey = open(this.master(org.index_key_master_id), org.index_key_wrapped, aad.indexKey(orgId));
    return tokens.map((t) => createHmac('sha256', indexKey).update(`name:${t}`).digest().subarray(0, 16));
  }

  /**
   * Rotates an organization's key with no downtime: a new version becomes active at once (new
   * participants use it), existing data keys are rewrapped in small transactions, then the old
   * versions are retired. Field ciphertexts never change, so nothing can be lost mid-way; a reader
   * always finds the version its data key row names.
   */
  async rotateOrganizationKey(
    db: Db,
    orgId: string,
    batchSize = 200,
    onProgress?: (rewrapped: number, total: number) => void,
  ): Promise<{ version: number; rewrapped: number }> {
    const version = await db.transaction().execute(async (tx) => {
      const top = await tx
        .selectFrom('org_keys')
        .select((eb) => eb.fn.max('version').as('v'))
        .where('org_id', '=', orgId)
        .executeTakeFirstOrThrow();
      const next = Number(top.v ?? 0) + 1;
      await tx
        .insertInto('org_keys')
        .values({
          org_id: orgId,
          version: next,
          wrapped_key: seal(this.master(this.ring.activeId), newKey(), aad.orgKey(orgId, next)),
          master_key_id: this.ring.activeId,
        })
        .execute();
      return next;
    });
    let rewrapped = 0;
    const total = Number(
      (await db.selectFrom('participant_keys').select((eb) => eb.fn.countAll().as('n')).where('org_id', '=', orgId).where('org_key_version', '<', version).executeTakeFirstOrThrow()).n,
    );
    for (;;) {
      const moved = await db.transaction().execute(async (tx) => {
        const rows = await tx
          .selectFrom('participant_keys')
          .select(['participant_id', 'org_key_version', 'wrapped_key'])
          .where('org_id', '=', orgId)
          .where('org_key_version', '<', version)
          .limit(batchSize)
          .forUpdate()
          .execute();
        const newOrgKey = await this.orgKey(tx, orgId, version);
        for (const row of rows) {
          const oldOrgKey = await this.orgKey(tx, orgId, row.org_key_version);
          const dataKey = open(oldOrgKey, row.wrapped_key, aad.participantKey(row.participant_id));
          await tx
            .updateTable('participant_keys')
            .set({ org_key_version: version, wrapped_key: seal(newOrgKey, dataKey, aad.participantKey(row.participant_id)) })
            .where('participant_id', '=', row.participant_id)
            .execute();
        }
        return rows.length;
      });
      rewrapped += moved;
      onProgress?.(rewrapped, total);
      if (moved < batchSize) break;
    }
    await this.resealGroupNotes(db, orgId, version);
    await this.resealTotpSecrets(db, orgId, version);
    await db
      .updateTable('org_keys')
      .set({ retired_at: new Date() })
      .where('org_id', '=', orgId)
      .where('version', '<', version)
      .where('retired_at', 'is', null)
      .execute();
    return { version, rewrapped };
  }

  /** Group general notes are sealed under the organization key itself: reseal them too. */
  private async resealGroupNotes(db: Db, orgId: string, version: number): Promise<void> {
    await db.transaction().execute(async (tx) => {
      const rows = await tx
        .selectFrom('group_sessions')
        .select(['id', 'org_key_version', 'general_note_enc'])
        .where('org_id', '=', orgId)
        .where('org_key_version', '<', version)
        .forUpdate()
        .execute();
      const newKeyValue = await this.orgKey(tx, orgId, version);
      for (const row of rows) {
        const where = `group_sessions:general_note:${row.id}`;
        const resealed = row.general_note_enc
          ? seal(newKeyValue, open(await this.orgKey(tx, orgId, row.org_key_version), row.general_note_enc, where), where)
          : null;
        await tx
          .updateTable('group_sessions')
          .set({ general_note_enc: resealed, org_key_version: version })
          .where('id', '=', row.id)
          .execute();
      }
    });
  }

  /** TOTP secrets are sealed under the organization key too. */
  private async resealTotpSecrets(db: Db, orgId: string, version: number): Promise<void> {
    await db.transaction().execute(async (tx) => {
      const rows = await tx
        .selectFrom('users')
        .select(['id', 'totp_secret_enc', 'totp_org_key_version'])
        .where('org_id', '=', orgId)
        .where('totp_org_key_version', '<', version)
        .forUpdate()
        .execute();
      const newKeyValue = await this.orgKey(tx, orgId, version);
      for (const row of rows) {
        if (!row.totp_secret_enc || row.totp_org_key_version === null) continue;
        const where = `users:totp_secret:${row.id}`;
        const secret = open(await this.orgKey(tx, orgId, row.totp_org_key_version), row.totp_secret_enc, where);
        await tx
          .updateTable('users')
          .set({ totp_secret_enc: seal(newKeyValue, secret, where), totp_org_key_version: version })
          .where('id', '=', row.id)
          .execute();
      }
    });
  }

  /** Rewraps every organization and index key under the active master key. */
  async rewrapUnderActiveMaster(db: Db): Promise<number> {
    const activeId = this.ring.activeId;
    const active = this.master(activeId);
    return db.transaction().execute(async (tx) => {
      let count = 0;
      const orgKeys = await tx.selectFrom('org_keys').selectAll().where('master_key_id', '!=', activeId).forUpdate().execute();
      for (const k of orgKeys) {
        const key = open(this.master(k.master_key_id), k.wrapped_key, aad.orgKey(k.org_id, k.version));
        await tx
          .updateTable('org_keys')
          .set({ wrapped_key: seal(active, key, aad.orgKey(k.org_id, k.version)), master_key_id: activeId })
          .where('org_id', '=', k.org_id)
          .where('version', '=', k.version)
          .execute();
        count++;
      }
      const orgs = await tx
        .selectFrom('organizations')
        .select(['id', 'index_key_wrapped', 'index_key_master_id'])
        .where('index_key_master_id', '!=', activeId)
        .forUpdate()
        .execute();
      for (const o of orgs) {
        const key = open(this.master(o.index_key_master_id), o.index_key_wrapped, aad.indexKey(o.id));
        await tx
          .updateTable('organizations')
          .set({ index_key_wrapped: seal(active, key, aad.indexKey(o.id)), index_key_master_id: activeId })
          .where('id', '=', o.id)
          .execute();
        count++;
      }
      return count;
    });
  }

  private unwrapOrgKey(orgId: string, version: number, wrapped: Buffer, masterId: string): Buffer {
    const key = open(this.master(masterId), wrapped, aad.orgKey(orgId, version));
    this.orgKeys.set(`${orgId}:${version}`, key);
    return key;
  }

  private master(id: string): Buffer {
    const key = this.ring.keys.get(id);
    if (!key) throw new Error(`master key "${id}" is not configured; add it to PEERKEEP_MASTER_KEY or the key file`);
    return key;
  }
}
