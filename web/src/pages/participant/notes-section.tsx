import { useState } from 'react';
import { api } from '../../api/endpoints.ts';
import type { NoteView } from '../../api/types.ts';
import { Loading, Notice, Problem } from '../../components/status.tsx';
import { useLoad } from '../../components/use-load.ts';
import { Private } from '../../session/privacy-screen.tsx';
import { formatDate, formatDateTime } from '../format.ts';
import { NoteEditor } from './note-editor.tsx';
import { NoteHistory } from './note-history.tsx';
import { SESSION_TYPES } from './session-types.ts';

/** Session notes, newest first, with a form to write one and, per note, edit and history. */
export function NotesSection({ participantId }: { readonly participantId: string }) {
  const notes = useLoad(`notes:${participantId}`, () => api.notes(participantId));
  const [saved, setSaved] = useState<string | null>(null);

  const create = async (input: Parameters<typeof api.createNote>[1]) => {
    const note = await api.createNote(participantId, input);
    // A list still loading may have been read before this save: fetch it again instead.
    if (notes.state === 'ready') notes.set([note, ...notes.data]);
    else notes.reload();
    setSaved('Note saved.');
  };
  const replace = (note: NoteView) => {
    if (notes.state === 'ready') notes.set(notes.data.map((n) => (n.id === note.id ? note : n)));
    else notes.reload();
    setSaved('Changes saved. The earlier version is kept in the note’s history.');
  };

  return (
    <div className="notes">
      <details className="new-note" open>
        <summary>Write a note</summary>
        <NoteEditor save={create} submitLabel="Save the note" />
      </details>
      {saved && <Notice>{saved}</Notice>}
      {notes.state === 'loading' && <Loading>Loading notes…</Loading>}
      {notes.state === 'failed' && <Problem error={notes.error} retry={notes.reload} />}
      {notes.state === 'ready' &&
        (notes.data.length === 0 ? (
          <p>No notes yet.</p>
        ) : (
          <ol className="note-list" aria-label="Notes, newest first">
            {notes.data.map((n) => (
              <NoteItem key={n.id} note={n} onSaved={replace} />
            ))}
          </ol>
        ))}
    </div>
  );
}

function NoteItem({ note, onSaved }: { readonly note: NoteView; readonly onSaved: (n: NoteView) => void }) {
  const [mode, setMode] = useState<'read' | 'edit' | 'history'>('read');
  const headingId = `note-${note.id}`;
  return (
    <li className="note" aria-labelledby={headingId}>
      <h3 id={headingId} className="note-title">
        {formatDate(note.sessionDate)} · {SESSION_TYPES[note.sessionType]} · {note.durationMinutes} min
        {note.version > 1 && <span className="badge">Edited (version {note.version})</span>}
      </h3>
      {mode === 'edit' ? (
        <NoteEditor
          initial={{ sessionDate: note.sessionDate, sessionType: note.sessionType, durationMinutes: note.durationMinutes, body: note.body }}
          submitLabel="Save changes"
          onCancel={() => setMode('read')}
          save={async (input) => {
            onSaved(await api.editNote(note.id, input));
            setMode('read');
          }}
        />
      ) : (
        <Private block focusable what="note text">
          <p className="note-body">{note.body}</p>
        </Private>
      )}
      <p className="meta">Last saved {formatDateTime(note.updatedAt)}</p>
      {mode !== 'edit' && (
        <div className="actions">
          <button type="button" className="button secondary small" onClick={() => setMode('edit')}>
            Edit
          </button>
          {note.version > 1 && (
            <button type="button" className="button secondary small" aria-expanded={mode === 'history'} onClick={() => setMode(mode === 'history' ? 'read' : 'history')}>
              {mode === 'history' ? 'Hide earlier versions' : 'Show earlier versions'}
            </button>
          )}
        </div>
      )}
      {mode === 'history' && <NoteHistory noteId={note.id} />}
    </li>
  );
}
