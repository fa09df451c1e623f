import { type FormEvent, useState } from 'react';
import { api } from '../api/endpoints.ts';
import type { ParticipantSummary } from '../api/types.ts';
import { SubmitButton, TextField } from '../components/fields.tsx';
import { errorFor, FormError } from '../components/form-error.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { Loading, Problem } from '../components/status.tsx';
import { useLoad } from '../components/use-load.ts';
import { paths } from '../router/routes.ts';
import { Link } from '../router/router.tsx';
import { Private } from '../session/privacy-screen.tsx';
import { useSignedIn } from '../session/session-context.tsx';
import { accessLabel } from './access-labels.ts';

const FIELDS = ['q'] as const;

function heading(role: string): string {
  if (role === 'peer_specialist') return 'My caseload';
  if (role === 'supervisor') return 'My team’s participants';
  return 'Participants';
}

/** The participants this person may see, and a search by name (the name goes in the request body). */
export function CaseloadPage() {
  const session = useSignedIn();
  const all = useLoad('caseload', api.participants);
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<{ q: string; list: ParticipantSummary[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const title = heading(session.user.role);

  const search = async (e: FormEvent) => {
    e.preventDefault();
    const q = query.trim();
    if (!q) {
      setFound(null);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      setFound({ q, list: await api.searchParticipants(q) });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const clear = () => {
    setQuery('');
    setFound(null);
    setError(null);
  };

  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <form className="search" aria-label="Search by name" onSubmit={search} noValidate>
        <TextField
          label="Find a participant by name"
          hint="Whole first or last names, for example “Jordan” or “Rivera”."
          name="q"
          type="search"
          autoComplete="off"
          value={query}
          maxLength={100}
          onChange={(e) => setQuery(e.target.value)}
          error={errorFor(error, 'q', FIELDS)}
        />
        <div className="actions">
          <SubmitButton busy={busy} busyLabel="Searching…">
            Search
          </SubmitButton>
          {found && (
            <button type="button" className="button secondary" onClick={clear}>
              Show everyone again
            </button>
          )}
        </div>
        <FormError error={error} fields={FIELDS} />
      </form>
      {found ? (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading">
            {found.list.length === 0 ? 'No one found' : `${found.list.length} found`} for your search
          </h2>
          {found.list.length === 0 ? <p>Check the spelling, or search by the other name. Only people you may see are found.</p> : <ParticipantList list={found.list} />}
        </section>
      ) : (
        <section aria-labelledby="list-heading">
          <h2 id="list-heading" className="visually-hidden">
            Everyone
          </h2>
          {all.state === 'loading' && <Loading>Loading your participants…</Loading>}
          {all.state === 'failed' && <Problem error={all.error} retry={all.reload} />}
          {all.state === 'ready' &&
            (all.data.length === 0 ? <p>No participants yet. When someone is added to your caseload, they appear here.</p> : <ParticipantList list={all.data} />)}
        </section>
      )}
    </>
  );
}

function ParticipantList({ list }: { readonly list: readonly ParticipantSummary[] }) {
  return (
    <ul className="participant-list">
      {list.map((p) => (
        <li key={p.id}>
          <Link to={paths.participant(p.id)} className="participant-link">
            <span className="participant-name">
              <Private>{p.displayName}</Private>
            </span>
            {p.pronouns && <span className="pronouns">{p.pronouns}</span>}
          </Link>
          <span className={`badge access-${p.access}`}>{accessLabel(p.access)}</span>
        </li>
      ))}
    </ul>
  );
}
