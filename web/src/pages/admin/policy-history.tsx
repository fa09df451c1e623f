import { Loading, Problem } from '../../components/status.tsx';
import { useLoad } from '../../components/use-load.ts';
import { formatDateTime } from '../format.ts';
import { type AuditLine, policyApi, type PolicyProfileView } from './policy-api.ts';

/**
 * Earlier versions: when each change was made and by whom, from the audit log. Version numbers are
 * shown only when the log holds exactly one change per version (each save takes the next number
 * under a lock, in the same transaction as its audit entry), so a number is never guessed.
 */
export function PolicyHistory({ current, canReadAudit }: { readonly current: PolicyProfileView; readonly canReadAudit: boolean }) {
  return (
    <section aria-labelledby="policy-history-heading">
      <h3 id="policy-history-heading">Version history</h3>
      {canReadAudit ? (
        <Changes current={current} />
      ) : (
        <p className="hint">Earlier versions are kept, and every decision names the version it used. The list of changes comes from the audit log, which the privacy officer reads.</p>
      )}
    </section>
  );
}

function Changes({ current }: { readonly current: PolicyProfileView }) {
  const changes = useLoad('policy-changes', policyApi.changes);
  if (changes.state === 'loading') return <Loading>Loading the changes…</Loading>;
  if (changes.state === 'failed') return <Problem error={changes.error} retry={changes.reload} />;
  const done: AuditLine[] = changes.data.filter((c) => c.outcome === 'succeeded');
  if (done.length === 0) return <p>No changes yet: the built-in starting profile (version 0) is in force.</p>;
  const numbered = done.length === current.version;
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">Changes to the policy profile, newest first</caption>
        <thead>
          <tr>
            {numbered && <th scope="col">Version</th>}
            <th scope="col">When</th>
            <th scope="col">By</th>
          </tr>
        </thead>
        <tbody>
          {done.map((c, i) => (
            <tr key={c.seq}>
              {numbered && <td>{i === 0 ? `${current.version} (in force)` : current.version - i}</td>}
              <td>{formatDateTime(c.at)}</td>
              <td>{c.actorName ?? 'Unknown staff member'}</td>
            </tr>
          ))}
          {numbered && (
            <tr>
              <td>0</td>
              <td>—</td>
              <td>PeerKeep’s built-in starting profile</td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
