import { type FormEvent, useState } from 'react';
import { SelectField, SubmitButton, TextArea } from '../../components/fields.tsx';
import { errorFor, FormError } from '../../components/form-error.tsx';
import { Loading, Problem } from '../../components/status.tsx';
import { useLoad } from '../../components/use-load.ts';
import { navigate, Link } from '../../router/router.tsx';
import { formatDateTime } from '../format.ts';
import { type SafetyEvent, type SafetyReport, safetyApi } from './safety-api.ts';
import { CATEGORY_WORDS, STATUS_WORDS, URGENCY_WORDS, words } from './safety-words.ts';
import './safety.css';

export const safetyEventPath = (eventId: string) => `/safety-events/${eventId}`;

/** The participant's safety events, open first, and the "Report a safety concern" action. */
export function SafetySection({ participantId }: { readonly participantId: string }) {
  const events = useLoad(`safety:${participantId}`, () => safetyApi.events(participantId));
  const [reporting, setReporting] = useState(false);
  return (
    <div className="safety stack">
      <div className="safety-report-bar">
        <p>Heard something that worries you about this person’s safety or someone else’s? Report it now: your supervisor is told at once.</p>
        <button type="button" className="button danger" aria-expanded={reporting} onClick={() => setReporting(!reporting)}>
          Report a safety concern
        </button>
      </div>
      {reporting && <ReportForm participantId={participantId} onCancel={() => setReporting(false)} />}
      {events.state === 'loading' && <Loading>Loading safety events…</Loading>}
      {events.state === 'failed' && <Problem error={events.error} retry={events.reload} />}
      {events.state === 'ready' && (
        <>
          <EventList title="Open safety events" empty="No open safety events." events={events.data.filter((e) => e.status !== 'closed')} />
          <EventList title="Past safety events" empty="No closed safety events." events={events.data.filter((e) => e.status === 'closed')} />
        </>
      )}
    </div>
  );
}

function EventList({ title, empty, events }: { readonly title: string; readonly empty: string; readonly events: readonly SafetyEvent[] }) {
  return (
    <section aria-label={title}>
      <h3>{title}</h3>
      {events.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="safety-list">
          {events.map((e) => (
            <li key={e.id}>
              <Link to={safetyEventPath(e.id)}>
                {words(URGENCY_WORDS, e.urgency)} · {e.categories.map((c) => words(CATEGORY_WORDS, c)).join(', ') || 'No category given'}
              </Link>
              <span className={`badge urgency-${e.urgency}`}>{words(STATUS_WORDS, e.status)}</span>
              <span className="meta">
                Opened {formatDateTime(e.openedAt)} {e.openedVia === 'finding' ? 'by a note scan' : 'by a staff report'}
                {e.closedAt ? ` · closed ${formatDateTime(e.closedAt)}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

const REPORT_FIELDS = ['urgency', 'categories', 'report'] as const;

function ReportForm({ participantId, onCancel }: { readonly participantId: string; readonly onCancel: () => void }) {
  const [urgency, setUrgency] = useState<SafetyReport['urgency']>('high');
  const [categories, setCategories] = useState<SafetyReport['categories']>(['self_harm']);
  const [report, setReport] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [local, setLocal] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!report.trim()) return setLocal('Describe in a few words what you saw or heard, then send the report.');
    setLocal(null);
    setBusy(true);
    setError(null);
    try {
      const event = await safetyApi.report(participantId, { urgency, categories, report: report.trim() });
      navigate(safetyEventPath(event.id));
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };
  const toggle = (c: SafetyReport['categories'][number]) => setCategories(categories.includes(c) ? categories.filter((x) => x !== c) : [...categories, c]);
  return (
    <form className="panel stack" onSubmit={submit} noValidate aria-labelledby="report-heading">
      <h3 id="report-heading">Report a safety concern</h3>
      <SelectField label="How urgent is it?" value={urgency} onChange={(e) => setUrgency(e.target.value as SafetyReport['urgency'])} error={errorFor(error, 'urgency', REPORT_FIELDS)} hint="Imminent: danger now or within hours. If someone is in danger right now, call 911 first.">
        {Object.entries(URGENCY_WORDS).map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </SelectField>
      <fieldset className="checks">
        <legend>What kind of danger? (choose any that fit)</legend>
        {Object.entries(CATEGORY_WORDS).map(([v, l]) => (
          <label key={v} className="check-inline">
            <input type="checkbox" checked={categories.includes(v as never)} onChange={() => toggle(v as SafetyReport['categories'][number])} /> {l}
          </label>
        ))}
      </fieldset>
      <TextArea label="What did you see or hear?" hint="A short description in your own words. It is sealed with the record." rows={3} maxLength={4000} value={report} onChange={(e) => setReport(e.target.value)} error={local ?? errorFor(error, 'report', REPORT_FIELDS)} />
      <FormError error={error} fields={REPORT_FIELDS} />
      <div className="actions">
        <SubmitButton busy={busy} busyLabel="Opening the safety event…" className="button danger">
          Open a safety event
        </SubmitButton>
        <button type="button" className="button secondary" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </form>
  );
}
