import { type FormEvent, useState } from 'react';
import { api } from '../../api/endpoints.ts';
import { SubmitButton, TextArea } from '../../components/fields.tsx';
import { errorFor, FormError } from '../../components/form-error.tsx';
import { Loading, Problem } from '../../components/status.tsx';
import { useLoad } from '../../components/use-load.ts';
import { navigate } from '../../router/router.tsx';
import { Private } from '../../session/privacy-screen.tsx';
import { formatDate } from '../format.ts';
import { SESSION_TYPES } from '../participant/session-types.ts';
import { consultationApi, consultationPaths } from './consultation-api.ts';

const FIELDS = ['reason', 'summary', 'noteIds'] as const;
const preview = (body: string) => (body.length > 90 ? `${body.slice(0, 90).trimEnd()}…` : body);

/** Starting a consultation: why, the question in one's own words, and which notes to include. */
export function AskForm({ participantId, onCancel }: { readonly participantId: string; readonly onCancel: () => void }) {
  const notes = useLoad(`notes:${participantId}`, () => api.notes(participantId));
  const [reason, setReason] = useState('');
  const [summary, setSummary] = useState('');
  const [noteIds, setNoteIds] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [local, setLocal] = useState<{ field: (typeof FIELDS)[number]; message: string } | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (reason.trim().length < 10) return setLocal({ field: 'reason', message: 'Say in a sentence (at least 10 characters) why you are asking about this person.' });
    if (!summary.trim() && noteIds.length === 0) return setLocal({ field: 'summary', message: 'Write the situation and your question, or pick at least one note below.' });
    setLocal(null);
    setBusy(true);
    setError(null);
    try {
      const c = await consultationApi.start(participantId, { reason: reason.trim(), ...(summary.trim() ? { summary: summary.trim() } : {}), ...(noteIds.length ? { noteIds } : {}) });
      navigate(consultationPaths.mine(c.id));
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };
  const err = (f: (typeof FIELDS)[number]) => (local?.field === f ? local.message : errorFor(error, f, FIELDS));
  const toggle = (id: string) => setNoteIds(noteIds.includes(id) ? noteIds.filter((x) => x !== id) : [...noteIds, id]);
  return (
    <form className="panel stack ask-form" onSubmit={submit} noValidate aria-labelledby="ask-heading">
      <h3 id="ask-heading">Ask for a consultation</h3>
      <p className="hint">
        PeerKeep removes names, places, dates and numbers before anyone else reads it. You check the result beside your text before anything is sent.
      </p>
      <TextArea
        label="Why are you asking about this person?"
        hint="Kept in their record: they may learn when and why they were discussed. Never sent to the colleague."
        rows={2}
        maxLength={2000}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={err('reason')}
      />
      <TextArea
        label="The situation and your question"
        hint="In your own words. Leave it empty if the notes you pick say enough."
        rows={5}
        maxLength={20000}
        value={summary}
        onChange={(e) => setSummary(e.target.value)}
        error={err('summary')}
      />
      <fieldset className="checks note-picks" aria-describedby={err('noteIds') ? 'note-picks-error' : undefined}>
        <legend>Notes to include (optional; their dates are left out)</legend>
        {notes.state === 'loading' && <Loading>Loading notes…</Loading>}
        {notes.state === 'failed' && <Problem error={notes.error} retry={notes.reload} />}
        {notes.state === 'ready' && notes.data.length === 0 && <p className="muted">No notes in this record yet.</p>}
        {notes.state === 'ready' &&
          notes.data.map((n) => (
            <label key={n.id} className="note-pick">
              <input type="checkbox" checked={noteIds.includes(n.id)} onChange={() => toggle(n.id)} />
              <span>
                <strong>
                  {formatDate(n.sessionDate)} · {SESSION_TYPES[n.sessionType]}
                </strong>
                <Private what="note">
                  <span className="sub">{preview(n.body)}</span>
                </Private>
              </span>
            </label>
          ))}
        {err('noteIds') && (
          <p className="field-error" id="note-picks-error">
            {err('noteIds')}
          </p>
        )}
      </fieldset>
      <FormError error={error} fields={FIELDS} />
      <div className="actions">
        <SubmitButton busy={busy} busyLabel="Removing names, places and dates… this can take a few seconds">
          Prepare the de-identified text
        </SubmitButton>
        <button type="button" className="button secondary" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </form>
  );
}
