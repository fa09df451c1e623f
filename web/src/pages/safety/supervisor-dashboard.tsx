import { type FormEvent, useEffect, useState } from 'react';
import { messageOf } from '../../api/client.ts';
import { SelectField, SubmitButton } from '../../components/fields.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { Loading, Notice, Problem } from '../../components/status.tsx';
import { useLoad } from '../../components/use-load.ts';
import { paths } from '../../router/routes.ts';
import { Link } from '../../router/router.tsx';
import { useSignedIn } from '../../session/session-context.tsx';
import { formatDateTime } from '../format.ts';
import { type DashboardRow, safetyApi } from './safety-api.ts';
import { safetyEventPath } from './safety-section.tsx';
import { ageWords, CATEGORY_WORDS, escalationWords, STATUS_WORDS, URGENCY_WORDS, words } from './safety-words.ts';
import './safety.css';

/** Supervisors: open safety events in their scope, most urgent and oldest first; acknowledge, reassign. */
export function SupervisorDashboard() {
  const me = useSignedIn().user.id;
  const rows = useLoad('safety-dashboard', () => safetyApi.dashboard());
  // Ages and escalations move while the page is open: fetch again every minute.
  const { reload } = rows;
  useEffect(() => {
    const timer = window.setInterval(reload, 60_000);
    return () => window.clearInterval(timer);
  }, [reload]);
  const settings = useLoad('safety-settings', () => safetyApi.settings().catch(() => null));
  const [notice, setNotice] = useState<string | null>(null);
  const supervisors = settings.state === 'ready' && settings.data ? settings.data.escalationOrder.filter((s) => s.id !== me) : [];
  return (
    <div className="safety">
      <PageHeading title="Safety events">Open safety events</PageHeading>
      <p>Most urgent first, then longest waiting. Acknowledge an event to tell the peer you have it; imminent events not acknowledged in time go to the next supervisor.</p>
      {notice && <Notice>{notice}</Notice>}
      {rows.state === 'loading' && <Loading>Loading open safety events…</Loading>}
      {rows.state === 'failed' && <Problem error={rows.error} retry={rows.reload} />}
      {rows.state === 'ready' &&
        (rows.data.length === 0 ? (
          <p className="notice">No open safety events in your teams.</p>
        ) : (
          <div className="table-wrap">
            <table className="dashboard">
              <caption className="visually-hidden">Open safety events, most urgent and oldest first</caption>
              <thead>
                <tr>
                  <th scope="col">Urgency</th>
                  <th scope="col">Kind of danger</th>
                  <th scope="col">Waiting</th>
                  <th scope="col">Status</th>
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody>
                {rows.data.map((r) => (
                  <Row
                    key={r.id}
                    row={r}
                    supervisors={supervisors}
                    onChanged={(message) => {
                      setNotice(message);
                      rows.reload();
                    }}
                  />
                ))}
              </tbody>
            </table>
          </div>
        ))}
    </div>
  );
}

function Row({ row, supervisors, onChanged }: { readonly row: DashboardRow; readonly supervisors: readonly { id: string; displayName: string }[]; readonly onChanged: (message: string) => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [to, setTo] = useState(supervisors[0]?.id ?? '');
  const act = async (run: () => Promise<unknown>, message: string) => {
    setBusy(true);
    setError(null);
    try {
      await run();
      onChanged(message);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  const reassign = (e: FormEvent) => {
    e.preventDefault();
    if (to) void act(() => safetyApi.reassign(row.id, to), 'The event was handed over; that supervisor has been told.');
  };
  const kinds = row.categories.map((c) => words(CATEGORY_WORDS, c)).join(', ') || 'Not given';
  return (
    <tr className={`urgency-row-${row.urgency}`}>
      <td>
        <span className={`badge urgency-${row.urgency}`}>{words(URGENCY_WORDS, row.urgency)}</span>
        {row.escalationCount > 0 && <span className="badge danger-badge">Escalated {row.escalationCount}×</span>}
      </td>
      <td>{kinds}</td>
      <td>
        <span className="age">{ageWords(row.ageMinutes)}</span>
        <span className="meta"> (opened {formatDateTime(row.openedAt)})</span>
      </td>
      <td>
        {words(STATUS_WORDS, row.status)}
        <span className="meta"> · {row.assignedToMe ? 'assigned to you' : row.assignedSupervisorName ? `assigned to ${row.assignedSupervisorName}` : 'no supervisor assigned'}</span>
        {row.lastEscalation && <span className="escalation">{escalationWords(row.lastEscalation)}</span>}
      </td>
      <td>
        <div className="row-actions">
          <Link to={safetyEventPath(row.id)}>
            Open the event<span className="visually-hidden"> ({words(URGENCY_WORDS, row.urgency).toLowerCase()}, opened {formatDateTime(row.openedAt)})</span>
          </Link>{' '}
          <Link to={paths.participant(row.participantId, 'safety')}>
            Record<span className="visually-hidden"> of this participant</span>
          </Link>
          {row.status === 'open' && (
            <button type="button" className="button small" disabled={busy} onClick={() => act(() => safetyApi.acknowledge(row.id), 'Acknowledged. The peer can see you have it.')}>
              Acknowledge
            </button>
          )}
          {supervisors.length > 0 && (
            <form className="reassign" onSubmit={reassign}>
              <SelectField label="Hand to" value={to} onChange={(e) => setTo(e.target.value)}>
                {supervisors.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.displayName}
                  </option>
                ))}
              </SelectField>
              <SubmitButton busy={busy} busyLabel="Handing over…" className="button secondary small">
                Reassign
              </SubmitButton>
            </form>
          )}
          {error ? (
            <p className="field-error" role="alert">
              {messageOf(error)}
            </p>
          ) : null}
        </div>
      </td>
    </tr>
  );
}
