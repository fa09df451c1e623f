import { useState } from 'react';
import { Loading, Problem } from '../../components/status.tsx';
import { useLoad } from '../../components/use-load.ts';
import { Private } from '../../session/privacy-screen.tsx';
import { useSignedIn } from '../../session/session-context.tsx';
import { accountingPdfPath, consentApi } from '../consents/consent-api.ts';
import { formatDate, formatDateTime } from '../format.ts';
import { ReprintPacket } from './reprint-packet.tsx';
import { categoriesWords, purposeWords } from './share-words.ts';
import '../consents/consents.css';

/** The accounting of disclosures: what was shared, with whom, when, why and on what ground. */
export function DisclosuresSection({ participantId }: { readonly participantId: string }) {
  const report = useLoad(`accounting:${participantId}`, () => consentApi.accounting(participantId));
  // Those who make disclosures may print a packet again (the server allows them, not privacy officers).
  const role = useSignedIn().user.role;
  const mayPrint = role === 'peer_specialist' || role === 'supervisor';
  const [printing, setPrinting] = useState<string | null>(null);
  const printButton = (id: string, when: string) =>
    mayPrint && (
      <button type="button" className="button secondary small" aria-label={`Print the packet of ${when}`} onClick={() => setPrinting(id)}>
        Print the packet
      </button>
    );
  return (
    <div className="disclosures">
      <p className="section-intro">Every disclosure recorded from this record. The participant may ask for this list; print it for them.</p>
      <p>
        <a className="button secondary" href={accountingPdfPath(participantId)} target="_blank" rel="noopener">
          Print the accounting of disclosures (PDF, opens in a new tab)
        </a>
      </p>
      {report.state === 'loading' && <Loading>Loading disclosures…</Loading>}
      {report.state === 'failed' && <Problem error={report.error} retry={report.reload} />}
      {report.state === 'ready' && (
        <>
          <p className="hint">
            Covers disclosures since {formatDate(report.data.hipaaFrom)} (HIPAA, 6 years) and since {formatDate(report.data.part2From)} (Part 2, 3 years).
          </p>
          {report.data.entries.length === 0 ? (
            <p>{report.data.exempt.length === 0 ? 'No disclosures recorded.' : 'No disclosures that must be listed for the participant.'}</p>
          ) : (
            <div className="table-wrap">
              <table>
                <caption className="visually-hidden">Disclosures, newest first</caption>
                <thead>
                  <tr>
                    <th scope="col">When</th>
                    <th scope="col">To</th>
                    <th scope="col">What</th>
                    <th scope="col">Why</th>
                    <th scope="col">Ground</th>
                    <th scope="col">By</th>
                    {mayPrint && <th scope="col">Packet</th>}
                  </tr>
                </thead>
                <tbody>
                  {report.data.entries.map((e) => (
                    <tr key={e.disclosureId}>
                      <td>{formatDateTime(e.disclosedAt)}</td>
                      <td>
                        <Private>{e.recipient}</Private>
                        {e.recipientContact && <span className="muted"> ({e.recipientContact})</span>}
                      </td>
                      <td>{categoriesWords(e.information)}</td>
                      <td>{purposeWords(e.purpose)}</td>
                      <td>{e.basis.join('; ')}</td>
                      <td>{e.disclosedBy}</td>
                      {mayPrint && <td>{printButton(e.disclosureId, formatDateTime(e.disclosedAt))}</td>}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {report.data.exempt.length > 0 && (
            <>
              <h3 id="exempt-heading">Recorded, but left out of the participant’s accounting</h3>
              <p className="hint">The law does not require these to be listed for the participant (for example, sharing they signed a consent for, or for their treatment). They stay in the record.</p>
              <ul aria-labelledby="exempt-heading" className="exempt-list">
                {report.data.exempt.map((x) => (
                  <li key={x.disclosureId}>
                    {formatDateTime(x.disclosedAt)}: {x.reason} {printButton(x.disclosureId, formatDateTime(x.disclosedAt))}
                  </li>
                ))}
              </ul>
            </>
          )}
          {printing && <ReprintPacket key={printing} disclosureId={printing} sub="h3" start />}
        </>
      )}
    </div>
  );
}
