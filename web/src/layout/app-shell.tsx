import type { ReactNode } from 'react';
import { Link } from '../router/router.tsx';
import { usePrivacyScreen } from '../session/privacy-screen.tsx';
import { useSession, useSignedIn } from '../session/session-context.tsx';
import { NAV_ITEMS } from './nav-items.ts';
import { ROLE_NAMES } from './role-names.ts';

/** The frame around every signed-in page: skip link, menu, privacy screen, lock and sign-out. */
export function AppShell({ page, children }: { readonly page: string; readonly children: ReactNode }) {
  const session = useSignedIn();
  const { signOut, lock } = useSession();
  const privacy = usePrivacyScreen();
  const items = NAV_ITEMS.filter((i) => i.roles.includes(session.user.role));
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to the page content
      </a>
      <header className="topbar">
        <Link to="/" className="brand">
          PeerKeep
        </Link>
        <nav aria-label="Main">
          <ul>
            {items.map((i) => (
              <li key={i.to}>
                <Link to={i.to} aria-current={i.pages.includes(page) ? 'page' : undefined}>
                  {i.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="account">
          <button type="button" className="toggle" aria-pressed={privacy.on} onClick={privacy.toggle} title="Hide names and note text on screen, for work in public places">
            Privacy screen: {privacy.on ? 'on' : 'off'}
          </button>
          <span className="who">
            {session.user.displayName}
            <span className="role"> · {ROLE_NAMES[session.user.role]}</span>
          </span>
          <button type="button" className="button secondary small" onClick={() => lock('manual')}>
            Lock
          </button>
          <button type="button" className="button secondary small" onClick={signOut}>
            Sign out
          </button>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
