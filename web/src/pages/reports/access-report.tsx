import { api } from '../../api/endpoints.ts';
import { Loading, Problem } from '../../components/status.tsx';
import { useLoad } from '../../components/use-load.ts';
import { oneRowPerAct, actionWords as reportActionWords, purposeWords as reportPurposeWords, roleWords } from '../access-history.ts';
import { formatDateTime } from '../format.ts';
import type { ReportBodyProps } from './report-page.tsx';

/** Who opened or changed the record, from the audit log (privacy officer). */
export function AccessReport({ participantId }: ReportBodyProps) {
  const rows = useLoad(`access:${participantId}`, () => api.accessReport(participantId));
  if (rows.state === 'loading') return <Loading>Loading the access report…</Loading>;
  if (rows.state === 'failed') return <Problem error={rows.error} retry={rows.reload} />;
  const acts = oneRowPerAct(rows.data);
  return (
    <section aria-labelledby="access-heading">
      <h2 id="access-heading">Who accessed the record</h2>
      <p>
        Every time staff open, change, print or share this record, PeerKeep writes it to an audit log that cannot be changed without detection. This lists each allowed access once, newest first: who,
        in what role, what they did, and for what purpose.
      </p>
      {acts.length === 0 ? (
        <p>No one has accessed this record yet.</p>
      ) : (
        <div className="table-wrap">
          <table className="report-table">
            <caption className="visually-hidden">Every access to this record, newest first</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">Role</th>
                <th scope="col">What</th>
                <th scope="col">Why</th>
              </tr>
            </thead>
            <tbody>
              {acts.map((r, i) => (
                // Audit rows carry no id in this report; the list is fixed once loaded.
                // biome-ignore lint/suspicious/noArrayIndexKey: see above
                <tr key={i}>
                  <td>{formatDateTime(r.at)}</td>
                  <td>{r.staffName}</td>
                  <td>{roleWords(r.staffRole)}</td>
                  <td>{reportActionWords(r.action)}</td>
                  <td>{reportPurposeWords(r.purpose)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
