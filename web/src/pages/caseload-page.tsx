import { type FormEvent, useState } from 'react';
import { api } from '../api/endpoints.ts';
import type { ParticipantSummary } from '../api/types.ts';
import { SubmitButton, TextField } from '../components/fields.tsx';
import { errorFor, FormError } from '../components/form-error.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { Loading, Problem } from '../components/status.tsx';
import { type Loaded, useLoad } from '../components/use-load.ts';
import { paths } from '../router/routes.ts';
import { Link } from '../router/router.tsx';
import { Private } from '../session/privacy-screen.tsx';
import { useSignedIn } from '../session/session-context.tsx';
import { accessLabel } from './access-labels.ts';
import { AttentionBadges } from './caseload/attention-badges.tsx';
import { type CaseloadAttention, caseloadApi, type ParticipantAttention } from './caseload/caseload-api.ts';
import { EnrolParticipantForm } from './caseload/enrol-participant-form.tsx';

const FIELDS = ['q'] as const;

function heading(role: string): string {
  if (role === 'peer_specialist') return 'My caseload';
  if (role === 'supervisor') return 'My team’s participants';
  return 'Participants';
}

/** Nothing to load for roles that hold no caseload (privacy officers, administrators). */
const NO_ATTENTION: Promise<CaseloadAttention> = Promise.resolve({ asOf: '', participants: [] });

/**
 * The participants this person may see, those who need attention first with what needs doing,
 * a search by name (the name goes in the request body), and enrolling a new participant.
 */
export function CaseloadPage() {
  const session = useSignedIn();
  const care = session.user.role === 'peer_specialist' || session.user.role === 'supervisor';
  const all = useLoad('caseload', api.participants);
  const attention = useLoad(`caseload-attention:${care}`, () => (care ? caseloadApi.attention() : NO_ATTENTION));
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<{ q: string; list: ParticipantSummary[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [enrolling, setEnrolling] = useState(false);
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

  const byId = new Map((attention.state === 'ready' ? attention.data.participants : []).map((p) => [p.participantId, p]));
  return (
    <>
      <div className="caseload-head">
        <PageHeading title={title}>{title}</PageHeading>
        {care && !enrolling && (
          <button type="button" className="button" onClick={() => setEnrolling(true)}>
            Enrol a participant
          </button>
        )}
      </div>
      {enrolling && <EnrolParticipantForm forSupervisor={session.user.role === 'supervisor'} onCancel={() => setEnrolling(false)} />}
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
          {found.list.length === 0 ? (
            <p>Check the spelling, or search by the other name. Only people you may see are found.</p>
          ) : (
            <ParticipantList list={found.list.map((p) => ({ ...p, items: byId.get(p.id)?.items ?? [] }))} />
          )}
        </section>
      ) : (
        <Everyone all={all} attention={attention} care={care} team={session.user.role === 'supervisor'} />
      )}
    </>
  );
}

type Row = ParticipantSummary & { readonly items: ParticipantAttention['items'] };

/**
 * Everyone on the caseload: first those who need attention, most pressing first (the server's
 * order), then everyone else by name. Both lists wait for both answers, so nothing jumps under
 * the pointer; if only the attention read fails, the list still shows, with the failure said.
 */
function Everyone({ all, attention, care, team }: { readonly all: Loaded<ParticipantSummary[]> & { reload: () => void }; readonly attention: Loaded<CaseloadAttention> & { reload: () => void }; readonly care: boolean; readonly team: boolean }) {
  if (all.state === 'loading' || attention.state === 'loading') return <Loading>Loading your participants…</Loading>;
  if (all.state === 'failed') return <Problem error={all.error} retry={all.reload} />;
  const needing = attention.state === 'ready' ? attention.data.participants : [];
  const flagged = new Set(needing.map((p) => p.participantId));
  const summaries = new Map(all.data.map((p) => [p.id, p]));
  const attentionRows: Row[] = needing.map((p) => ({
    id: p.participantId,
    displayName: p.displayName,
    pronouns: p.pronouns,
    access: summaries.get(p.participantId)?.access ?? p.access,
    items: p.items,
  }));
  const rest: Row[] = all.data.filter((p) => !flagged.has(p.id)).map((p) => ({ ...p, items: [] }));
  const total = new Set([...flagged, ...summaries.keys()]).size;

  if (total === 0) return <p>No participants yet. When someone is added to your caseload, they appear here.</p>;
  return (
    <>
      {care && (
        <section aria-labelledby="attention-heading">
          <h2 id="attention-heading">Needs attention</h2>
          {attention.state === 'failed' ? (
            <Problem error={attention.error} retry={attention.reload} />
          ) : (
            <p className="attention-summary">
              {needing.length === 0
                ? `Nothing needs attention on ${team ? 'your team’s' : 'your'} caseload right now.`
                : `${needing.length} of ${team ? 'your team’s' : 'your'} ${total} participant${total === 1 ? '' : 's'} ${needing.length === 1 ? 'needs' : 'need'} attention, most pressing first. Each item links to the part of the record that deals with it.`}
            </p>
          )}
          {attentionRows.length > 0 && <ParticipantList list={attentionRows} />}
        </section>
      )}
      {rest.length > 0 && (
        <section aria-labelledby="list-heading">
          <h2 id="list-heading" className={care ? undefined : 'visually-hidden'}>
            {care ? (attentionRows.length > 0 ? 'Everyone else' : 'Everyone') : 'Everyone'}
          </h2>
          <ParticipantList list={rest} />
        </section>
      )}
    </>
  );
}

function ParticipantList({ list }: { readonly list: readonly Row[] }) {
  return (
    <ul className="participant-list">
      {list.map((p) => (
        <li key={p.id} className={p.items.length > 0 ? 'attention-row' : undefined}>
          <div className="row-main">
            <Link to={paths.participant(p.id)} className="participant-link">
              <span className="participant-name">
                <Private>{p.displayName}</Private>
              </span>
              {p.pronouns && <span className="pronouns">{p.pronouns}</span>}
            </Link>
            <span className={`badge access-${p.access}`}>{accessLabel(p.access)}</span>
          </div>
          <AttentionBadges participantId={p.id} items={p.items} />
        </li>
      ))}
    </ul>
  );
}
