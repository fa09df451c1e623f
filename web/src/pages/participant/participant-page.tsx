import { ApiError } from '../../api/client.ts';
import { api } from '../../api/endpoints.ts';
import { PageHeading } from '../../components/page-heading.tsx';
import { Loading, Problem } from '../../components/status.tsx';
import { useLoad } from '../../components/use-load.ts';
import { paths } from '../../router/routes.ts';
import { Link } from '../../router/router.tsx';
import { Private } from '../../session/privacy-screen.tsx';
import { useSignedIn } from '../../session/session-context.tsx';
import { accessLabel } from '../access-labels.ts';
import { BreakGlassForm } from './break-glass-form.tsx';
import { PARTICIPANT_SECTIONS } from './participant-sections.tsx';

/**
 * One participant: the name first (only what the person may see), then the sections their role
 * opens. A record outside their reach looks exactly like one that does not exist; care staff are
 * offered break-the-glass there.
 */
export function ParticipantPage({ id, section }: { readonly id: string; readonly section: string }) {
  const session = useSignedIn();
  const identity = useLoad(`identity:${id}`, () => api.identity(id));
  const sections = PARTICIPANT_SECTIONS.filter((s) => s.roles.includes(session.user.role));
  const current = sections.find((s) => s.id === section) ?? sections[0];

  if (identity.state === 'loading') return <Loading>Opening the record…</Loading>;
  if (identity.state === 'failed') {
    if (identity.error instanceof ApiError && identity.error.status === 404) {
      return (
        <>
          <PageHeading title="Record not available">Record not available</PageHeading>
          <p>This record is not on your caseload, or no record has this link. Check the link, or find the person from your caseload.</p>
          {(session.user.role === 'peer_specialist' || session.user.role === 'supervisor') && <BreakGlassForm participantId={id} onOpened={identity.reload} />}
          <p>
            <Link to={paths.caseload()}>Back to the caseload</Link>
          </p>
        </>
      );
    }
    return <Problem error={identity.error} retry={identity.reload} />;
  }

  const p = identity.data;
  return (
    <>
      <p className="breadcrumb">
        <Link to={paths.caseload()}>Caseload</Link>
      </p>
      <div className="record-head">
        <PageHeading title="Participant record">
          <Private focusable>{p.displayName}</Private>
        </PageHeading>
        {p.pronouns && <span className="pronouns">{p.pronouns}</span>}
        <span className={`badge access-${p.access}`}>{accessLabel(p.access)}</span>
      </div>
      {p.access === 'break_glass' && (
        <p className="warning" role="note">
          You opened this record with emergency access. Your supervisor has been told, and this access will be reviewed.
        </p>
      )}
      {sections.length > 0 && (
        <nav aria-label="Sections of the record" className="tabs">
          <ul>
            {sections.map((s) => (
              <li key={s.id}>
                <Link to={paths.participant(id, s.id)} aria-current={s.id === current?.id ? 'page' : undefined}>
                  {s.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {current ? (
        <section aria-labelledby="section-heading" className="record-section">
          <h2 id="section-heading">{current.label}</h2>
          <current.Component participantId={id} />
        </section>
      ) : (
        <p>Your role shows only the name of this participant.</p>
      )}
    </>
  );
}
