import { verifyAuditLog, writeCheckpoints } from '../../server/audit/verify-audit.ts';
import { type Command, UsageError } from '../io.ts';
import { options, withRuntime } from '../operator.ts';

/** `peerkeep audit verify` (exit 1 and the first broken link when the log was tampered with) and `audit checkpoint`. */
export const auditCommand: Command = async (args, io) => {
  const [sub, ...rest] = args;
  options(rest, {});
  return withRuntime(async (rt) => {
    if (sub === 'checkpoint') {
      io.out(`${JSON.stringify({ checkpointsWritten: await writeCheckpoints(rt.database.db, rt.ring) })}\n`);
      return 0;
    }
    if (sub !== 'verify') throw new UsageError('usage: peerkeep audit verify | peerkeep audit checkpoint');
    const reports = await verifyAuditLog(rt.database.db, rt.ring);
    const broken = reports.filter((r) => !r.verdict.ok || r.checkpointProblem);
    const chains = reports.map((r) => ({
      chain: r.orgId ?? 'system',
      entriesChecked: r.verdict.checked,
      ok: r.verdict.ok && !r.checkpointProblem,
      ...(r.verdict.ok ? {} : { firstBrokenEntry: r.verdict.brokenAtSeq, problem: r.verdict.explanation }),
      ...(r.checkpointProblem ? { problem: r.checkpointProblem } : {}),
    }));
    io.out(`${JSON.stringify({ ok: broken.length === 0, chains }, null, 2)}\n`);
    if (broken.length > 0) {
      io.err(`audit log verification FAILED: ${chains.find((c) => !c.ok)?.problem}\n`);
      return 1;
    }
    return 0;
  });
};
