import type { AccessEntry } from '../api/types.ts';
import { actionWords, purposeWords, roleWords } from './access-history.ts';
import { formatDateTime } from './format.ts';

/**
 * The access history as a table, one row per act: the participant page's section and the printable
 * access report show the same rows in the same words.
 */
export function AccessHistoryTable({ acts, className }: { readonly acts: readonly AccessEntry[]; readonly className?: string }) {
  return (
    <div className="table-wrap">
      <table className={className}>
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
