import { paths } from '../../router/routes.ts';
import { Link } from '../../router/router.tsx';
import { useSignedIn } from '../../session/session-context.tsx';
import type { SectionProps } from '../participant/participant-sections.tsx';
import { reportsFor } from './report-kinds.ts';
import './reports.css';

/** The record's printable reports that this role may produce, each opening as a clean page to print. */
export function ReportsSection({ participantId }: SectionProps) {
  const role = useSignedIn().user.role;
  const reports = reportsFor(role);
  return (
    <div className="reports">
      <p className="section-intro">Each report opens as a page made for printing: it carries the date, who produced it, and page numbers. Producing a report is recorded in the audit log.</p>
      <ul className="report-list">
        {reports.map((r) => (
          <li key={r.kind}>
            <h3>
              <Link to={paths.report(participantId, r.kind)}>{r.title}</Link>
            </h3>
            <p>{r.summary}</p>
          </li>
        ))}
      </ul>
      {role === 'privacy_officer' && <p className="hint">Consents and the limits-of-confidentiality statement are printed by the participant’s peer specialist or supervisor.</p>}
      {role !== 'privacy_officer' && <p className="hint">The access report (who saw this record) is produced by the privacy officer.</p>}
    </div>
  );
}
