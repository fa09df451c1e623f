import { api } from '../../api/endpoints.ts';
import { Loading, Problem } from '../../components/status.tsx';
import { useLoad } from '../../components/use-load.ts';
import { Private } from '../../session/privacy-screen.tsx';
import { useSignedIn } from '../../session/session-context.tsx';
import { formatDate, formatDateTime } from '../format.ts';
import { SESSION_TYPES } from './session-types.ts';

/** The earlier versions of a note, newest first, exactly as they were saved. */
export function NoteHistory({ noteId }: { readonly noteId: string }) {
  const me = useSignedIn().user.id;
  const versions = useLoad(`versions:${noteId}`, () => api.noteVersions(noteId));
  if (versions.state === 'loading') return <Loading>Loading earlier versions…</Loading>;
  if (versions.state === 'failed') return <Problem error={versions.error} retry={versions.reload} />;
  if (versions.data.length === 0) return <p>This note has not been changed since it was written.</p>;
  const sorted = [...versions.data].sort((a, b) => b.version - a.version);
  return (
    <ol className="history" aria-label="Earlier versions">
      {sorted.map((v) => (
        <li key={v.version}>
          <p className="meta">
            Version {v.version}, saved {formatDateTime(v.editedAt)} by {v.editedBy === me ? 'you' : 'another staff member'} · {formatDate(v.sessionDate)}, {SESSION_TYPES[v.sessionType]}, {v.durationMinutes} min
          </p>
          <Private block focusable what="note text">
            <p className="note-body">{v.body}</p>
          </Private>
        </li>
      ))}
    </ol>
  );
}
