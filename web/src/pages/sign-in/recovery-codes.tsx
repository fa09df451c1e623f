import { useState } from 'react';
import { PageHeading } from '../../components/page-heading.tsx';
import { useSession } from '../../session/session-context.tsx';

/** Shown once after enrolment: the recovery codes, with copy and print, before going on. */
export function RecoveryCodes({ codes }: { readonly codes: readonly string[] }) {
  const { recoveryCodesSaved } = useSession();
  const [saved, setSaved] = useState(false);
  const [copied, setCopied] = useState<'no' | 'yes' | 'failed'>('no');

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(codes.join('\n'));
      setCopied('yes');
    } catch {
      setCopied('failed');
    }
  };

  return (
    <main id="main" className="auth-card recovery">
      <PageHeading title="Save your recovery codes">Save your recovery codes</PageHeading>
      <p>
        Your authenticator app is set up. If you lose your phone, each of these codes lets you sign in <strong>once</strong>. PeerKeep will not show them again: print them
        or copy them somewhere safe (not in an e-mail), now.
      </p>
      <ul className="codes" aria-label="Recovery codes">
        {codes.map((c) => (
          <li key={c}>
            <code>{c}</code>
          </li>
        ))}
      </ul>
      <div className="actions no-print">
        <button type="button" className="button secondary" onClick={copy}>
          Copy the codes
        </button>
        <button type="button" className="button secondary" onClick={() => window.print()}>
          Print the codes
        </button>
      </div>
      <p role="status" className="no-print">
        {copied === 'yes' ? 'Copied. Paste them into your password manager or a safe place.' : copied === 'failed' ? 'This browser did not allow copying. Print them, or write them down.' : ''}
      </p>
      <div className="no-print stack">
        <label className="check">
          <input type="checkbox" checked={saved} onChange={(e) => setSaved(e.target.checked)} /> I have saved my recovery codes
        </label>
        <button type="button" className="button" disabled={!saved} onClick={recoveryCodesSaved}>
          Continue to PeerKeep
        </button>
      </div>
    </main>
  );
}
