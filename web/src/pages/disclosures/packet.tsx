import { Private } from '../../session/privacy-screen.tsx';
import type { DisclosureView } from '../consents/consent-api.ts';
import { formatDateTime } from '../format.ts';
import { allowedByWords, categoryWords, groundWords, purposeWords, recipientLabel } from './share-words.ts';

/**
 * The disclosure packet as the server built it (disclosures.ts): only the categories that were
 * shared, the minimum-necessary note, the consent's scope, and the Part 2 redisclosure notice
 * where the law requires it. The server makes no PDF of it: Print uses the browser's print (the
 * stylesheet prints this packet alone), where "Save as PDF" gives a file.
 */
export function Packet({ disclosure: m, sub: Sub }: { readonly disclosure: DisclosureView; readonly sub: 'h3' | 'h4' }) {
  const to = [m.recipient.person, m.recipient.organization].filter(Boolean).join(', ');
  return (
    <section className="pk-packet" aria-labelledby="packet-heading">
      <div className="actions no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          Print the packet
        </button>
        <span className="hint">Prints this packet only. To keep a file, choose “Save as PDF” as the printer.</span>
      </div>
      <Sub id="packet-heading">Disclosure packet</Sub>
      <p className="packet-lead">Released on {formatDateTime(m.disclosedAt)}. Only the information listed here is released; nothing else from the record.</p>
      <dl className="packet-facts">
        <div>
          <dt>To</dt>
          <dd>
            {to ? <Private>{to}</Private> : recipientLabel(m.recipientType)}
            {m.recipient.contact && (
              <>
                {' '}
                (<Private what="contact">{m.recipient.contact}</Private>)
              </>
            )}
          </dd>
        </div>
        <div>
          <dt>Information released</dt>
          <dd>
            <ul>
              {m.packet.categories.map((c) => (
                <li key={c}>{categoryWords(c)}</li>
              ))}
            </ul>
          </dd>
        </div>
        <div>
          <dt>Purpose</dt>
          <dd>{purposeWords(m.purpose)}</dd>
        </div>
        <div>
          <dt>Allowed by</dt>
          <dd>
            {allowedByWords(m.outcome, m.overridden)}
          </dd>
        </div>
        <div>
          <dt>{m.overridden ? 'PeerKeep’s finding' : 'Rule'}</dt>
          <dd>{groundWords(m.groundId)}</dd>
        </div>
        <div>
          {/* After an override the citations are those PeerKeep gave for its advice, not a permission. */}
          <dt>{m.overridden ? 'Rules PeerKeep cited' : 'Rules relied on'}</dt>
          <dd>{m.basis.join('; ')}</dd>
        </div>
        <div>
          <dt>Minimum necessary</dt>
          <dd>{m.packet.minimumNecessary}</dd>
        </div>
        {m.packet.consentScope && (
          <div>
            <dt>Consent</dt>
            <dd>{m.packet.consentScope}</dd>
          </div>
        )}
      </dl>
      {m.packet.part2Notice && (
        <div className="part2-notice">
          <Sub>Notice to the recipient: 42 CFR Part 2</Sub>
          <p>{m.packet.part2Notice}</p>
          {m.packet.part2NoticeVersion && <p className="muted">Notice version {m.packet.part2NoticeVersion}</p>}
        </div>
      )}
      <p className="packet-foot">Recorded in the accounting of disclosures by {m.disclosedByName}.</p>
    </section>
  );
}
