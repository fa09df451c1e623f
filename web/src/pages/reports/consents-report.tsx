import { ConsentTerms } from '../consents/consent-terms.tsx';
import { Loading, Problem } from '../../components/status.tsx';
import { useLoad } from '../../components/use-load.ts';
import { Private } from '../../session/privacy-screen.tsx';
import { type ConsentView, consentApi, consentStatus, recipientWords } from '../consents/consent-api.ts';
import { formatDateTime } from '../format.ts';
import type { ReportBodyProps } from './report-page.tsx';
import { consentPdfDownload } from './reports-api.ts';

/** Every consent on file, in words, newest first; each signed form can be opened on screen. */
export function ConsentsReport({ participantId }: ReportBodyProps) {
  const consents = useLoad(`consents:${participantId}`, () => consentApi.consents(participantId));
  if (consents.state === 'loading') return <Loading>Loading the consents…</Loading>;
  if (consents.state === 'failed') return <Problem error={consents.error} retry={consents.reload} />;
  return (
    <section aria-labelledby="consents-heading">
      <h2 id="consents-heading">Releases of information</h2>
      <p>
        Each consent lets the program share the named information with the named recipient, for the purpose written, until it ends or you take it back. Taking one back applies to everything
        shared from then on.
      </p>
      {consents.data.length === 0 ? (
        <p>No consents on file: nothing is shared on the ground of consent.</p>
      ) : (
        <ol className="report-consents">
          {consents.data.map((c) => (
            <ConsentEntry key={c.id} consent={c} />
          ))}
        </ol>
      )}
    </section>
  );
}

function ConsentEntry({ consent: c }: { readonly consent: ConsentView }) {
  const status = consentStatus(c);
  return (
    <li className="report-consent">
      <h3>
        To <Private>{recipientWords(c.recipient)}</Private> <span className="report-status">({status.label})</span>
      </h3>
      <dl className="facts">
        <ConsentTerms consent={c} />
        {c.revocation && (
          <div>
            <dt>Taken back</dt>
            <dd>
              {formatDateTime(c.revocation.at)}, {c.revocation.form === 'oral' ? 'out loud, with a witness' : 'in writing'}
            </dd>
          </div>
        )}
        {c.part2 && (
          <div>
            <dt>Rules</dt>
            <dd>42 CFR Part 2 consent (substance use disorder records)</dd>
          </div>
        )}
      </dl>
      <p className="no-print">
        <a href={consentPdfDownload(c.id)} download>
          Download the signed form (PDF)
        </a>
      </p>
    </li>
  );
}
