import { api } from '../../api/endpoints.ts';
import { Loading, Problem } from '../../components/status.tsx';
import { useLoad } from '../../components/use-load.ts';
import type { SectionProps } from './participant-sections.tsx';

/** The group meetings this participant attended or missed (their own part only). */
export function AttendanceSection({ participantId }: SectionProps) {
  const rows = useLoad(`attendance:${participantId}`, () => api.attendance(participantId));
  if (rows.state === 'loading') return <Loading>Loading group attendance…</Loading>;
  if (rows.state === 'failed') return <Problem error={rows.error} retry={rows.reload} />;
  if (rows.data.length === 0) return <p>No group meetings recorded for this participant.</p>;
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Group</th>
            <th scope="col">Attended</th>
          </tr>
        </thead>
        <tbody>
          {rows.data.map((r) => (
            <tr key={r.groupSessionId}>
              <td>{r.sessionDate}</td>
              <td>{r.groupName}</td>
              <td>{r.present ? 'Yes' : 'No'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
