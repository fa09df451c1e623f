import { useState } from 'react';
import { Loading, Problem } from '../../components/status.tsx';
import { useLoad } from '../../components/use-load.ts';
import { formatDateTime } from '../format.ts';
import { policyApi, type PolicyProfileVersion } from './policy-api.ts';
import { profileLines } from './policy-words.ts';

/**
 * Every version of the profile, newest first, from the server's own list (the rows are never
 * changed, so the numbers are the ones decisions name). Any earlier version can be opened to read
 * its values, e.g. to see what a past "May I share this?" answer was based on.
 */
export function PolicyHistory() {
  const versions = useLoad('policy-versions', policyApi.versions);
  return (
    <section aria-labelledby="policy-history-heading">
      <h3 id="policy-history-heading">Version history</h3>
      {versions.state === 'loading' ? (
        <Loading>Loading the versions…</Loading>
      ) : versions.state === 'failed' ? (
        <Problem error={versions.error} retry={versions.reload} />
      ) : (
        <Versions list={versions.data} />
      )}
    </section>
  );
}

function Versions({ list }: { readonly list: readonly PolicyProfileVersion[] }) {
  const [shown, setShown] = useState<number | null>(null);
  const inForce = list[0]?.version ?? 0;
  if (list.length <= 1) return <p>No changes yet: the built-in starting profile (version 0) is in force.</p>;
  const open = list.find((v) => v.version === shown);
  return (
    <>
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">Versions of the policy profile, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Version</th>
              <th scope="col">When</th>
              <th scope="col">By</th>
              <th scope="col">Values</th>
            </tr>
          </thead>
          <tbody>
            {list.map((v) => (
              <tr key={v.version}>
                <td>{v.version === inForce ? `${v.version} (in force)` : v.version}</td>
                <td>{v.setAt ? formatDateTime(v.setAt) : '—'}</td>
                <td>{v.version === 0 ? 'PeerKeep’s built-in starting profile' : (v.setByName ?? 'Unknown staff member')}</td>
                <td>
                  {v.version !== inForce && (
                    <button type="button" className="button secondary small" aria-expanded={shown === v.version} aria-controls="policy-version-values" onClick={() => setShown(shown === v.version ? null : v.version)}>
                      {shown === v.version ? 'Hide' : 'Show'} the values<span className="visually-hidden"> of version {v.version}</span>
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div id="policy-version-values" aria-live="polite">
        {open && (
          <section className="panel" aria-labelledby="policy-version-values-heading">
            <h4 id="policy-version-values-heading">Version {open.version}, no longer in force</h4>
            <dl className="policy-lines">
              {profileLines(open).map((l) => (
                <div key={l.key}>
                  <dt>{l.label}</dt>
                  <dd>
                    <span className="policy-value">{l.value}</span>
                  </dd>
                </div>
              ))}
            </dl>
          </section>
        )}
      </div>
    </>
  );
}
