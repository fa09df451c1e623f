import { type ComponentType, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { api } from '../../api/endpoints.ts';
import { PageHeading } from '../../components/page-heading.tsx';
import { Loading, Problem } from '../../components/status.tsx';
import { useLoad } from '../../components/use-load.ts';
import { ROLE_NAMES } from '../../layout/role-names.ts';
import { paths } from '../../router/routes.ts';
import { Link } from '../../router/router.tsx';
import { Private } from '../../session/privacy-screen.tsx';
import { useSignedIn } from '../../session/session-context.tsx';
import { formatDateTime } from '../format.ts';
import { NotFoundPage } from '../not-found-page.tsx';
import { AccessReport } from './access-report.tsx';
import { AccountingReportBody } from './accounting-report.tsx';
import { ConsentsReport } from './consents-report.tsx';
import { LimitsReport } from './limits-report.tsx';
import { type ReportKind, reportsFor } from './report-kinds.ts';
import { accountingPdfDownload, accountingPdfView } from './reports-api.ts';
import './reports.css';

export interface ReportBodyProps {
  readonly participantId: string;
}

const BODIES: Readonly<Record<ReportKind, ComponentType<ReportBodyProps>>> = {
  accounting: AccountingReportBody,
  access: AccessReport,
  consents: ConsentsReport,
  limits: LimitsReport,
};

/**
 * One printable report about a participant. On screen: a way back, Print, and the PDF where the
 * server makes one. On paper (reports.css): only the report, black on white, with its header
 * (who it is about, when and by whom it was produced) and page numbers. The participant's name is
 * in the report, never in the address or the tab title.
 */
export function ReportPage({ id, kind }: { readonly id: string; readonly kind: string }) {
  const session = useSignedIn();
  const info = reportsFor(session.user.role).find((r) => r.kind === kind);
  const identity = useLoad(`identity:${id}`, () => api.identity(id));
  const [generatedAt] = useState(() => new Date().toISOString());
  if (!info) return <NotFoundPage />;

  const back = (
    <p className="breadcrumb no-print">
      <Link to={paths.participant(id, 'reports')}>Back to the record’s reports</Link>
    </p>
  );
  if (identity.state === 'loading') return <Loading>Preparing the report…</Loading>;
  if (identity.state === 'failed') {
    if (identity.error instanceof ApiError && identity.error.status === 404) {
      return (
        <>
          <PageHeading title="Report not available">Report not available</PageHeading>
          <p>This record is not one you can produce reports for, or no record has this link. Check the link, or open the person’s record from your caseload.</p>
          <p>
            <Link to={paths.caseload()}>Back to the caseload</Link>
          </p>
        </>
      );
    }
    return <Problem error={identity.error} retry={identity.reload} />;
  }

  const Body = BODIES[info.kind];
  return (
    <>
      {back}
      <div className="report-toolbar no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          Print
        </button>
        {info.kind === 'accounting' && (
          <>
            <a className="button secondary" href={accountingPdfView(id)} target="_blank" rel="noopener">
              Open the PDF (new tab)
            </a>
            <a className="button secondary" href={accountingPdfDownload(id)} download>
              Download PDF
            </a>
          </>
        )}
      </div>
      <article className="report" aria-labelledby="report-title">
        <header className="report-header">
          <p className="report-org">{session.organizationName} · confidential record</p>
          <div id="report-title">
            <PageHeading title={info.title}>{info.title}</PageHeading>
          </div>
          <dl className="report-meta">
            <div>
              <dt>Participant</dt>
              <dd>
                <Private focusable>{identity.data.displayName}</Private>
              </dd>
            </div>
            <div>
              <dt>Produced</dt>
              <dd>{formatDateTime(generatedAt)}</dd>
            </div>
            <div>
              <dt>Produced by</dt>
              <dd>
                {session.user.displayName}, {ROLE_NAMES[session.user.role].toLowerCase()}
              </dd>
            </div>
          </dl>
        </header>
        <Body participantId={id} />
        <footer className="report-footer">
          <p>Confidential. This report holds information about one person; keep it out of sight and shred it when it is no longer needed.</p>
        </footer>
      </article>
    </>
  );
}
