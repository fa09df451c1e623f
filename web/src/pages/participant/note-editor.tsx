import { type FormEvent, useState } from 'react';
import type { NoteInput, SessionType } from '../../api/types.ts';
import { SelectField, SubmitButton, TextArea, TextField } from '../../components/fields.tsx';
import { errorFor, FormError } from '../../components/form-error.tsx';
import { today } from '../format.ts';
import { SESSION_TYPES } from './session-types.ts';

const FIELDS = ['sessionDate', 'sessionType', 'durationMinutes', 'body'] as const;

/** Writing a new note or editing one; `save` sends it and resolves when it is stored. */
export function NoteEditor({ initial, save, onCancel, submitLabel }: { readonly initial?: NoteInput; readonly save: (note: NoteInput) => Promise<void>; readonly onCancel?: () => void; readonly submitLabel: string }) {
  const [sessionDate, setSessionDate] = useState(initial?.sessionDate ?? today());
  const [sessionType, setSessionType] = useState<SessionType>(initial?.sessionType ?? 'in_person');
  const [duration, setDuration] = useState(String(initial?.durationMinutes ?? 45));
  const [body, setBody] = useState(initial?.body ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [localError, setLocalError] = useState<{ field: string; message: string } | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const minutes = Number(duration);
    // Checked here too so the person hears about it before anything is sent.
    if (!body.trim()) return setLocalError({ field: 'body', message: 'Write the note before saving it.' });
    if (!Number.isInteger(minutes) || minutes < 1 || minutes > 1440) return setLocalError({ field: 'durationMinutes', message: 'Enter the length of the session in whole minutes, from 1 to 1440.' });
    setLocalError(null);
    setBusy(true);
    setError(null);
    try {
      await save({ sessionDate, sessionType, durationMinutes: minutes, body });
      if (!initial) setBody('');
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const fieldError = (f: string) => (localError?.field === f ? localError.message : errorFor(error, f, FIELDS));
  return (
    <form className="note-editor stack" onSubmit={submit} noValidate>
      <div className="row">
        <TextField label="Date of the session" type="date" name="sessionDate" required value={sessionDate} onChange={(e) => setSessionDate(e.target.value)} error={fieldError('sessionDate')} />
        <SelectField label="Kind of session" name="sessionType" value={sessionType} onChange={(e) => setSessionType(e.target.value as SessionType)} error={fieldError('sessionType')}>
          {Object.entries(SESSION_TYPES).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
        <TextField label="Length (minutes)" type="number" name="durationMinutes" min={1} max={1440} inputMode="numeric" required value={duration} onChange={(e) => setDuration(e.target.value)} error={fieldError('durationMinutes')} />
      </div>
      <TextArea
        label="Note"
        hint="What happened and what comes next, in the participant’s own words where you can. Notes are encrypted and every read is logged."
        name="body"
        rows={initial ? 6 : 5}
        required
        maxLength={50_000}
        value={body}
        onChange={(e) => setBody(e.target.value)}
        error={fieldError('body')}
      />
      <FormError error={error} fields={FIELDS} />
      <div className="actions">
        <SubmitButton busy={busy} busyLabel="Saving…">
          {submitLabel}
        </SubmitButton>
        {onCancel && (
          <button type="button" className="button secondary" onClick={onCancel} disabled={busy}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
