import { type FormEvent, useState } from 'react';
import type { NoteInput, SessionType } from '../../api/types.ts';
import { SelectField, SubmitButton, TextArea, TextField } from '../../components/fields.tsx';
import { errorFor, FormError } from '../../components/form-error.tsx';
import { matchRoute } from '../../router/routes.ts';
import { navigate, usePath } from '../../router/router.tsx';
import { today } from '../format.ts';
import { safetyEventPath } from '../safety/safety-section.tsx';
import { HighlightedNote, RiskPanel, shownCheck } from './risk-findings.tsx';
import { safetyEventForSavedNote } from './risk-protocol.ts';
import { useRiskCheck } from './risk-scan-hook.ts';
import { SESSION_TYPES } from './session-types.ts';

const FIELDS = ['sessionDate', 'sessionType', 'durationMinutes', 'body'] as const;

/**
 * Writing a new note or editing one; `save` sends it and resolves when it is stored. While the
 * peer types, the draft is checked for risky disclosures and the findings shown beside it; at
 * high or imminent danger one button saves the note and opens its safety event.
 */
export function NoteEditor({ initial, save, onCancel, submitLabel }: { readonly initial?: NoteInput; readonly save: (note: NoteInput) => Promise<void>; readonly onCancel?: () => void; readonly submitLabel: string }) {
  const [sessionDate, setSessionDate] = useState(initial?.sessionDate ?? today());
  const [sessionType, setSessionType] = useState<SessionType>(initial?.sessionType ?? 'in_person');
  const [duration, setDuration] = useState(String(initial?.durationMinutes ?? 45));
  const [body, setBody] = useState(initial?.body ?? '');
  const [busy, setBusy] = useState<'save' | 'protocol' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [localError, setLocalError] = useState<{ field: string; message: string } | null>(null);
  const check = useRiskCheck(body, true);
  // The editor sits on a participant's page; the address names whose (an id only).
  const route = matchRoute(usePath());
  const participantId = route.page === 'participant' ? route.id : null;

  /** The note as typed, or null (with the field error shown) when it cannot be saved yet. */
  const checked = (): NoteInput | null => {
    const minutes = Number(duration);
    // Checked here too so the person hears about it before anything is sent.
    if (!body.trim()) {
      setLocalError({ field: 'body', message: 'Write the note before saving it.' });
      return null;
    }
    if (!Number.isInteger(minutes) || minutes < 1 || minutes > 1440) {
      setLocalError({ field: 'durationMinutes', message: 'Enter the length of the session in whole minutes, from 1 to 1440.' });
      return null;
    }
    setLocalError(null);
    return { sessionDate, sessionType, durationMinutes: minutes, body };
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return; // a save (or the protocol's save) is already under way
    const note = checked();
    if (!note) return;
    setBusy('save');
    setError(null);
    try {
      await save(note);
      if (!initial) setBody('');
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  };

  /** One click from a high or imminent finding: save the note, then continue its safety event. */
  const startProtocol = async () => {
    if (busy) return;
    const scan = shownCheck(check)?.result;
    const note = checked();
    if (!note || !scan || !participantId) return;
    setBusy('protocol');
    setError(null);
    try {
      await save(note);
      navigate(safetyEventPath(await safetyEventForSavedNote(participantId, scan, note.sessionDate)));
    } catch (err) {
      setError(err);
      setBusy(null);
    }
  };

  const shown = shownCheck(check);
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
      <div className="note-compose">
        <div>
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
          {shown && shown.text === body && shown.result.findings.length > 0 && <HighlightedNote checked={shown} />}
        </div>
        <RiskPanel check={check} text={body} onStartProtocol={startProtocol} starting={busy === 'protocol'} protocolAvailable={participantId !== null} />
      </div>
      <FormError error={error} fields={FIELDS} />
      <div className="actions">
        <SubmitButton busy={busy === 'save'} busyLabel="Saving…">
          {submitLabel}
        </SubmitButton>
        {onCancel && (
          <button type="button" className="button secondary" onClick={onCancel} disabled={busy !== null}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
