import { api } from '../../api/endpoints.ts';
import { Loading, Problem } from '../../components/status.tsx';
import { useLoad } from '../../components/use-load.ts';
import { oneRowPerAct } from '../access-history.ts';
import { AccessHistoryTable } from '../access-history-table.tsx';
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
  return <AccessHistoryTable acts={acts} />;
}
