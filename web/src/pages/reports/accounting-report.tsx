import { Loading, Problem } from '../../components/status.tsx';
import { useLoad } from '../../components/use-load.ts';
import { Private } from '../../session/privacy-screen.tsx';
import { consentApi } from '../consents/consent-api.ts';
import { formatDate, formatDateTime } from '../format.ts';
import type { ReportBodyProps } from './report-page.tsx';

const LIST_NAMES: Readonly<Record<string, string>> = { hipaa: 'HIPAA', part2: 'Part 2' };

/**
 * The accounting of disclosures as handed to the participant (45 CFR 164.528; 42 CFR 2.25): the
 * same content as the server's PDF (the server already names categories and purposes in words). Disclosures the law leaves out of the participant's copy are
 * shown to staff on screen and never printed.
 */
export function AccountingReportBody({ participantId }: ReportBodyProps) {
  const report = useLoad(`accounting:${participantId}`, () => consentApi.accounting(participantId));
  if (report.state === 'loading') return <Loading>Loading the disclosures…</Loading>;
  if (report.state === 'failed') return <Problem error={report.error} retry={report.reload} />;
  const r = report.data;
  return (
    <>
      <section aria-labelledby="lookback-heading">
        <h2 id="lookback-heading">What this report covers</h2>
        <p>This lists the disclosures of your information that the law says we must account for to you:</p>
        <ul>
          <li>
            <strong>HIPAA</strong> (45 CFR 164.528): disclosures in the six years before this report, since {formatDate(r.hipaaFrom)}. The law leaves out routine sharing, such as for your
            treatment, for payment or for running the program, sharing with you, and sharing you authorized in writing.
          </li>
          <li>
            <strong>42 CFR Part 2</strong> (§ 2.25), for substance use disorder records: every disclosure made with your consent in the three years before this report, since{' '}
            {formatDate(r.part2From)}.
          </li>
        </ul>
        <p>You may ask for this list once a year at no charge. Ask your peer specialist or the privacy officer if anything here is unclear or looks wrong.</p>
      </section>
      <section aria-labelledby="entries-heading">
        <h2 id="entries-heading">Disclosures</h2>
        {r.entries.length === 0 ? (
          <p>There are no disclosures to list for this period.</p>
        ) : (
          <div className="table-wrap">
            <table className="report-table">
              <caption className="visually-hidden">Disclosures, oldest first</caption>
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">To</th>
                  <th scope="col">What</th>
                  <th scope="col">Why</th>
                  <th scope="col">On what basis</th>
                  <th scope="col">Shared by</th>
                  <th scope="col">Listed under</th>
                </tr>
              </thead>
              <tbody>
                {r.entries.map((e) => (
                  <tr key={e.disclosureId}>
                    <td>{formatDateTime(e.disclosedAt)}</td>
                    <td>
                      <Private>{e.recipient}</Private>
                      {e.recipientContact && <span className="sub">{e.recipientContact}</span>}
                    </td>
                    <td>{e.information.join(', ')}</td>
                    <td>{e.purpose}</td>
                    <td>{e.basis.join('; ')}</td>
                    <td>{e.disclosedBy}</td>
                    <td>{e.listedUnder.map((l) => LIST_NAMES[l] ?? l).join(', ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {r.exempt.length > 0 && (
        <section aria-labelledby="exempt-heading" className="no-print staff-only">
          <h2 id="exempt-heading">For staff: recorded but not on the participant’s copy</h2>
          <p className="hint">These disclosures are in the record but the law does not require listing them for the participant, so they are not printed.</p>
          <ul>
            {r.exempt.map((x) => (
              <li key={x.disclosureId}>
                {formatDateTime(x.disclosedAt)}: {x.reason}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
