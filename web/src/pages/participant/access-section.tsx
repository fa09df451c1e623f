import { api } from '../../api/endpoints.ts';
import { Loading, Problem } from '../../components/status.tsx';
import { useLoad } from '../../components/use-load.ts';
import { actionWords, oneRowPerAct, purposeWords, roleWords } from '../access-history.ts';
import { formatDateTime } from '../format.ts';
import type { SectionProps } from './participant-sections.tsx';

/**
 * Who opened, changed or exported this record, when and why (for privacy officers): one row per
 * act, in the same words as the printable access report (access-history.ts).
 */
export function AccessSection({ participantId }: SectionProps) {
  const rows = useLoad(`access:${participantId}`, () => api.accessReport(participantId));
  if (rows.state === 'loading') return <Loading>Loading the access report…</Loading>;
  if (rows.state === 'failed') return <Problem error={rows.error} retry={rows.reload} />;
  const acts = oneRowPerAct(rows.data);
  if (acts.length === 0) return <p>No one has accessed this record yet.</p>;
  return (
    <div className="table-wrap">
      <table>
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
              <td>{actionWords(r.action)}</td>
              <td>{purposeWords(r.purpose)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
