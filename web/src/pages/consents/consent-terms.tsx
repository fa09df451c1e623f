import { formatDate } from '../format.ts';
import { type ConsentView, categoryLabel, purposeLabel } from './consent-api.ts';

/**
 * What a consent allows, in words (information, purpose, end, signature): the rows of a `dl.facts`
 * shared by the consents section and the printable consents report.
 */
export function ConsentTerms({ consent: c }: { readonly consent: ConsentView }) {
  return (
    <>
      <div>
        <dt>Information</dt>
        <dd>{c.categories.map(categoryLabel).join(', ')}</dd>
      </div>
      <div>
        <dt>Purpose</dt>
        <dd>{c.purposes.map(purposeLabel).join(', ') || c.purposeDescription}</dd>
      </div>
      <div>
        <dt>Ends</dt>
        <dd>{c.expiry.on ? formatDate(c.expiry.on) : `When: ${c.expiry.event ?? 'an event'}`}</dd>
      </div>
      <div>
        <dt>Signed</dt>
        <dd>
          {formatDate(c.signature.signedOn)} ({c.signature.method === 'drawn' ? 'drawn' : 'typed'} signature{c.signature.signer === 'representative' ? ', by a representative' : ''})
        </dd>
      </div>
    </>
  );
}
