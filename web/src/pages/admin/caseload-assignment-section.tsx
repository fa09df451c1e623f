import { CheckboxGrid } from '../../components/checkbox-grid.tsx';
import { type FormEvent, useId, useState } from 'react';
import { request } from '../../api/client.ts';
import { api } from '../../api/endpoints.ts';
import type { ParticipantSummary, Staff, Team } from '../../api/types.ts';
import { SubmitButton } from '../../components/fields.tsx';
import { FormError } from '../../components/form-error.tsx';
import { Loading, Notice, Problem } from '../../components/status.tsx';
import { useLoad } from '../../components/use-load.ts';
import { ROLE_NAMES } from '../../layout/role-names.ts';
import { Private } from '../../session/privacy-screen.tsx';
import '../consents/consents.css';
import './policy-admin.css';

interface Holder {
  readonly userId: string;
  readonly displayName: string;
}

const caseloadPath = (participantId: string) => `/api/participants/${encodeURIComponent(participantId)}/caseload`;
const assign = (participantId: string, userIds: readonly string[]) => request<Holder[]>('PUT', caseloadPath(participantId), { userIds });
const currentHolders = (participantId: string) => request<Holder[]>('GET', caseloadPath(participantId));

/**
 * Placing participants on caseloads (participant.assign: administrators for anyone; supervisors
 * do it for their team from the record). Administrators see names only, never the record; the form
 * opens with today's holders ticked (GET …/caseload), and saving replaces the list with the ticks.
 */
export function CaseloadAssignmentSection() {
  const participants = useLoad('participants', api.participants);
  const users = useLoad('users', api.users);
  const teams = useLoad('teams', api.teams);
  const [open, setOpen] = useState<string | null>(null);
  const [holders, setHolders] = useState<Readonly<Record<string, readonly Holder[]>>>({});
  const [notice, setNotice] = useState<string | null>(null);

  if (participants.state === 'loading' || users.state === 'loading' || teams.state === 'loading') return <Loading>Loading participants and staff…</Loading>;
  if (participants.state === 'failed') return <Problem error={participants.error} retry={participants.reload} />;
  if (users.state === 'failed') return <Problem error={users.error} retry={users.reload} />;
  if (teams.state === 'failed') return <Problem error={teams.error} retry={teams.reload} />;
  const staff = users.data.filter((u) => (u.role === 'peer_specialist' || u.role === 'supervisor') && !u.disabled);

  return (
    <div className="stack">
      <p className="section-intro">
        Choose whose caseload each participant is on. The form opens with today’s holders ticked; saving replaces the whole list for that participant with the people ticked.
      </p>
      {notice && <Notice>{notice}</Notice>}
      {participants.data.length === 0 ? (
        <p>No participants yet. Peer specialists and supervisors add them.</p>
      ) : (
        <ul className="review-list">
          {participants.data.map((p) => (
            <li key={p.id} className="review-item">
              <h3 className="caseload-name">
                <Private>{p.displayName}</Private>
              </h3>
              {holders[p.id] && <p className="meta">Saved just now: on the caseload of {holders[p.id]?.map((h) => h.displayName).join(', ')}.</p>}
              {open === p.id ? (
                <AssignForm
                  participant={p}
                  staff={staff}
                  teams={teams.data}
                  onCancel={() => setOpen(null)}
                  onSaved={(saved) => {
                    setHolders({ ...holders, [p.id]: saved });
                    setOpen(null);
                    setNotice(`Caseload saved: ${saved.map((h) => h.displayName).join(', ')}.`);
                  }}
                />
              ) : (
                <button
                  type="button"
                  className="button secondary small"
                  onClick={() => {
                    setNotice(null);
                    setOpen(p.id);
                  }}
                >
                  Set the caseload<span className="visually-hidden"> of this participant</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function AssignForm({
  participant,
  staff,
  teams,
  onCancel,
  onSaved,
}: {
  readonly participant: ParticipantSummary;
  readonly staff: readonly Staff[];
  readonly teams: readonly Team[];
  readonly onCancel: () => void;
  readonly onSaved: (h: Holder[]) => void;
}) {
  const current = useLoad(`caseload:${participant.id}`, () => currentHolders(participant.id));
  if (current.state === 'loading') return <Loading>Loading today’s caseload…</Loading>;
  if (current.state === 'failed') return <Problem error={current.error} retry={current.reload} />;
  return <AssignChoices participant={participant} staff={staff} teams={teams} holders={current.data} onCancel={onCancel} onSaved={onSaved} />;
}

/** The ticks, starting from today's holders. */
function AssignChoices({
  participant,
  staff,
  teams,
  holders,
  onCancel,
  onSaved,
}: {
  readonly participant: ParticipantSummary;
  readonly staff: readonly Staff[];
  readonly teams: readonly Team[];
  readonly holders: readonly Holder[];
  readonly onCancel: () => void;
  readonly onSaved: (h: Holder[]) => void;
}) {
  const ids = useId();
  // A holder whose account was disabled cannot be ticked again (the server refuses them): named below instead.
  const [chosen, setChosen] = useState<string[]>(() => holders.map((h) => h.userId).filter((id) => staff.some((u) => u.id === id)));
  const gone = holders.filter((h) => !staff.some((u) => u.id === h.userId));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [missing, setMissing] = useState(false);
  const teamName = (id: string | null) => teams.find((t) => t.id === id)?.name ?? 'no team';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (chosen.length === 0) return setMissing(true);
    setMissing(false);
    setBusy(true);
    setError(null);
    try {
      onSaved(await assign(participant.id, chosen));
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <form className="stack" onSubmit={submit} noValidate>
      <fieldset className={missing ? 'pk-fieldset has-error' : 'pk-fieldset'} aria-describedby={missing ? `${ids}-missing` : undefined}>
        <legend>Staff who hold this caseload</legend>
        <CheckboxGrid
          options={staff.map((u) => ({ value: u.id, label: `${u.displayName} (${ROLE_NAMES[u.role].toLowerCase()}, ${teamName(u.teamId)})` }))}
          selected={chosen}
          onChange={setChosen}
        />
        {gone.length > 0 && <p className="hint">Also on it today, but no longer able to hold a caseload: {gone.map((h) => h.displayName).join(', ')}. Saving takes them off.</p>}
        {missing && (
          <p className="field-error" id={`${ids}-missing`}>
            Tick at least one person: a participant is always on someone’s caseload.
          </p>
        )}
      </fieldset>
      <FormError error={error} fields={[]} />
      <div className="actions">
        <SubmitButton busy={busy} busyLabel="Saving…">
          Save the caseload
        </SubmitButton>
        <button type="button" className="button secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
