import { useState } from 'react';
import { Loading, Notice, Problem } from '../../components/status.tsx';
import { useLoad } from '../../components/use-load.ts';
import { formatDateTime } from '../format.ts';
import { policyApi, type PolicyProfileView } from './policy-api.ts';
import { PolicyForm } from './policy-form.tsx';
import { PolicyHistory } from './policy-history.tsx';
import { profileLines } from './policy-words.ts';
import './policy-admin.css';

/**
 * The organization's policy profile: the version in force and each of its answers in words with
 * what it changes, a form that saves a new version (after a confirmation), and the history.
 */
export function PolicyProfileSection() {
  const profile = useLoad('policy-profile', policyApi.get);
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [historyKey, setHistoryKey] = useState(0);

  if (profile.state === 'loading') return <Loading>Loading the policy profile…</Loading>;
  if (profile.state === 'failed') return <Problem error={profile.error} retry={profile.reload} />;
  const p = profile.data;

  const onSaved = (next: PolicyProfileView) => {
    profile.set(next);
    setEditing(false);
    setSaved(`Version ${next.version} saved. New “May I share this?” answers use it from now on; earlier decisions keep the version they used.`);
    setHistoryKey((k) => k + 1);
  };

  return (
    <div className="stack policy">
      <p className="section-intro">
        The policy profile tells PeerKeep which laws and duties apply to this program. Every “May I share this?” answer records the version it used, so changing the profile never rewrites a
        past decision.
      </p>
      {saved && <Notice>{saved}</Notice>}
      <div className="panel">
        <h3>{p.version === 0 ? 'Built-in starting profile (version 0)' : `Version ${p.version}, in force`}</h3>
        <p className="meta">{p.version === 0 ? 'No one has set a profile yet: these are PeerKeep’s cautious defaults.' : p.setAt ? `Set ${formatDateTime(p.setAt)}.` : ''}</p>
        <dl className="policy-lines">
          {profileLines(p).map((l) => (
            <div key={l.key}>
              <dt>{l.label}</dt>
              <dd>
                <span className="policy-value">{l.value}</span>
                <span className="policy-effect">{l.effect}</span>
              </dd>
            </div>
          ))}
        </dl>
      </div>
      {editing ? (
        <PolicyForm current={p} onCancel={() => setEditing(false)} onSaved={onSaved} />
      ) : (
        <p>
          <button
            type="button"
            className="button"
            onClick={() => {
              setSaved(null);
              setEditing(true);
            }}
          >
            Change the policy profile
          </button>
        </p>
      )}
      <PolicyHistory key={historyKey} />
    </div>
  );
}
