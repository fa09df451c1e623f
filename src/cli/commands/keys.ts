import { appendAudit } from '../../server/audit/audit-log.ts';
import { loadConfig } from '../../server/config.ts';
import { addKeyToFile, initKeyFile, pruneKeyFile } from '../../server/crypto/master-keys.ts';
import { asSystem } from '../../server/db/tenancy.ts';
import { type Command, UsageError } from '../io.ts';
import { OPERATOR_ID, options, withRuntime } from '../operator.ts';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * `peerkeep keys init` creates the master key file. `peerkeep keys rotate` gives every organization
 * (or `--org SHORT`) a new organization key and rewraps its participants' data keys, online;
 * `--master` first adds a new master key to the key file and rewraps organization keys under it.
 */
export const keysCommand: Command = async (args, io) => {
  const [sub, ...rest] = args;
  const config = loadConfig();
  if (sub === 'init') {
    options(rest, {});
    if (config.masterKeyEnv) throw new UsageError('PEERKEEP_MASTER_KEY is set: the key comes from the environment, no file is needed');
    mkdirSync(dirname(config.keyFile), { recursive: true });
    const id = initKeyFile(config.keyFile);
    io.out(`${JSON.stringify({ keyFile: config.keyFile, activeKey: id, note: 'Back this file up somewhere safe and separate from the database: without it the data cannot be read.' }, null, 2)}\n`);
    return 0;
  }
  if (sub !== 'rotate') throw new UsageError('usage: peerkeep keys init | peerkeep keys rotate [--org SHORT] [--master]');
  const o = options(rest, { org: { type: 'string' }, master: { type: 'boolean' } });
  if (o.master) {
    if (config.masterKeyEnv) throw new UsageError('with PEERKEEP_MASTER_KEY, add the new key to the variable (id:base64, last is active) and run "peerkeep keys rotate" again');
    addKeyToFile(config.keyFile);
  }
  return withRuntime(async (rt) => {
    const orgs = await asSystem(rt.database.db, (tx) => {
      const q = tx.selectFrom('organizations').select(['id', 'slug']);
      return (o.org ? q.where('slug', '=', o.org) : q).execute();
    });
    if (o.org && orgs.length === 0) throw new UsageError(`there is no organization with the short name "${o.org}"`);
    const rewrappedUnderMaster = await rt.keys.rewrapUnderActiveMaster(rt.database.db);
    const results = [];
    for (const org of orgs) {
      const r = await rt.keys.rotateOrganizationKey(rt.database.db, org.id, 200, (done, total) => {
        io.err(`${org.slug}: ${done} of ${total} participant keys rewrapped\n`);
      });
      await asSystem(rt.database.db, (tx) =>
        appendAudit(tx, { orgId: org.id, at: new Date(), actorId: OPERATOR_ID, actorRole: 'operator', action: 'keys.rotate', outcome: 'succeeded', participantId: null, resourceType: 'org_key', resourceId: null, purpose: 'administration', source: 'cli', detail: { version: r.version, rewrapped: r.rewrapped } }),
      );
      results.push({ organization: org.slug, newKeyVersion: r.version, participantKeysRewrapped: r.rewrapped });
    }
    let prunedMasterKeys: string[] = [];
    if (o.master && !o.org) {
      const inUse = await asSystem(rt.database.db, async (tx) => {
        const a = await tx.selectFrom('org_keys').select('master_key_id').distinct().execute();
        const b = await tx.selectFrom('organizations').select('index_key_master_id').distinct().execute();
        return new Set([...a.map((x) => x.master_key_id), ...b.map((x) => x.index_key_master_id)]);
      });
      prunedMasterKeys = pruneKeyFile(config.keyFile, inUse);
    }
    io.out(`${JSON.stringify({ activeMasterKey: rt.ring.activeId, keysRewrappedUnderMaster: rewrappedUnderMaster, organizations: results, prunedMasterKeys }, null, 2)}\n`);
    return 0;
  });
};
