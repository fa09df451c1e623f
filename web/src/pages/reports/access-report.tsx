import { api } from '../../api/endpoints.ts';
import { Loading, Problem } from '../../components/status.tsx';
import { useLoad } from '../../components/use-load.ts';
import { oneRowPerAct } from '../access-history.ts';
import { AccessHistoryTable } from '../access-history-table.tsx';
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
        <AccessHistoryTable acts={acts} className="report-table" />
      )}
    </section>
  );
}
