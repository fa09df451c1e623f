import { type FormEvent, useState } from 'react';
import { api } from '../../api/endpoints.ts';
import type { Staff } from '../../api/types.ts';
import { SelectField, SubmitButton, TextField } from '../../components/fields.tsx';
import { errorFor, FormError } from '../../components/form-error.tsx';
import { Loading, Notice, Problem } from '../../components/status.tsx';
import { useLoad } from '../../components/use-load.ts';
import { paths } from '../../router/routes.ts';
import { Link } from '../../router/router.tsx';
import { useSignedIn } from '../../session/session-context.tsx';
import { formatDateTime } from '../format.ts';
import { type SafetySettingsView, safetySettingsApi } from './safety-settings-api.ts';
import './policy-admin.css';

const FIELDS = ['ackMinutes', 'escalationOrder'] as const;

/**
 * The safety protocol's organization settings: how long an imminent event may wait for a
 * supervisor, who is tried next and in what order, and the crisis numbers staff are offered.
 */
export function SafetySettingsSection() {
  const settings = useLoad('safety-settings', safetySettingsApi.get);
  const [saved, setSaved] = useState<string | null>(null);
  if (settings.state === 'loading') return <Loading>Loading the safety settings…</Loading>;
  if (settings.state === 'failed') return <Problem error={settings.error} retry={settings.reload} />;
  return (
    <div className="stack">
      {saved && <Notice>{saved}</Notice>}
      {/* A new key after a save starts the form again from what the server kept. */}
      <SettingsForm
        key={settings.data.updatedAt ?? 'defaults'}
        settings={settings.data}
        onSaving={() => setSaved(null)}
        onSaved={(s) => {
          settings.set(s);
          setSaved('Safety settings saved. They apply to the next safety event.');
        }}
      />
    </div>
  );
}

function SettingsForm({ settings, onSaving, onSaved }: { readonly settings: SafetySettingsView; readonly onSaving: () => void; readonly onSaved: (s: SafetySettingsView) => void }) {
  const admin = useSignedIn().user.role === 'admin';
  const [minutes, setMinutes] = useState(String(settings.ackMinutes));
  const [order, setOrder] = useState(settings.escalationOrder);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const move = (i: number, by: -1 | 1) => {
    const next = [...order];
    const [item] = next.splice(i, 1);
    if (item) next.splice(i + by, 0, item);
    setOrder(next);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    onSaving();
    try {
      onSaved(await safetySettingsApi.save({ ackMinutes: Number(minutes), escalationOrder: order.map((s) => s.id) }));
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };

  return (
    <>
      <form className="panel stack" onSubmit={submit} noValidate>
        <h3>Escalation</h3>
        <TextField
          label="Minutes a supervisor has to acknowledge an imminent event"
          hint="When no one acknowledges an imminent safety event in time, PeerKeep passes it to the next supervisor on the list below. Between 1 and 1440."
          type="number"
          name="ackMinutes"
          inputMode="numeric"
          min={1}
          max={1440}
          value={minutes}
          onChange={(e) => setMinutes(e.target.value)}
          error={errorFor(error, 'ackMinutes', FIELDS)}
        />
        <fieldset className="pk-fieldset">
          <legend>Supervisors to try, in order</legend>
          {order.length === 0 ? (
            <p>No one is listed: PeerKeep tries the supervisors of the participant’s team first, then every other active supervisor.</p>
          ) : (
            <ol className="order-list">
              {order.map((s, i) => (
                <li key={s.id}>
                  <span>{s.displayName}</span>
                  <span className="row-actions">
                    <button type="button" className="button secondary small" disabled={i === 0} onClick={() => move(i, -1)} aria-label={`Move ${s.displayName} up`}>
                      Up
                    </button>
                    <button type="button" className="button secondary small" disabled={i === order.length - 1} onClick={() => move(i, 1)} aria-label={`Move ${s.displayName} down`}>
                      Down
                    </button>
                    <button type="button" className="button secondary small" onClick={() => setOrder(order.filter((x) => x.id !== s.id))} aria-label={`Remove ${s.displayName} from the list`}>
                      Remove
                    </button>
                  </span>
                </li>
              ))}
            </ol>
          )}
          {errorFor(error, 'escalationOrder', FIELDS) && <p className="field-error">{errorFor(error, 'escalationOrder', FIELDS)}</p>}
          {admin ? (
            <AddSupervisor listed={order.map((s) => s.id)} onAdd={(s) => setOrder([...order, { id: s.id, displayName: s.displayName }])} />
          ) : (
            <p className="hint">An administrator adds supervisors to this list; you can change the order or remove someone.</p>
          )}
        </fieldset>
        <FormError error={error} fields={FIELDS} />
        <SubmitButton busy={busy} busyLabel="Saving…">
          Save the safety settings
        </SubmitButton>
        <p className="meta">{settings.updatedAt ? `Last changed ${formatDateTime(settings.updatedAt)}.` : 'PeerKeep’s defaults are in use: no one has saved these settings yet.'}</p>
      </form>
      <section className="panel" aria-labelledby="crisis-heading">
        <h3 id="crisis-heading">Crisis numbers offered in the safety protocol</h3>
        <ul className="plain-list">
          {settings.crisisNumbers.map((c) => (
            <li key={`${c.label}:${c.number}`}>
              {c.label}: <a href={`tel:${c.number.replace(/[^0-9+]/g, '')}`}>{c.number}</a>
            </li>
          ))}
        </ul>
        {!settings.mobileCrisisSet && <p className="warning">No local mobile crisis team number is set. Add it in the policy profile so staff can call it in one tap.</p>}
        <p>
          Local numbers are kept in the <Link to={paths.admin('policy')}>policy profile</Link>.
        </p>
      </section>
    </>
  );
}

function AddSupervisor({ listed, onAdd }: { readonly listed: readonly string[]; readonly onAdd: (s: Staff) => void }) {
  const users = useLoad('users', api.users);
  const [choice, setChoice] = useState('');
  if (users.state === 'loading') return <Loading>Loading supervisors…</Loading>;
  if (users.state === 'failed') return <Problem error={users.error} retry={users.reload} />;
  const free = users.data.filter((u) => u.role === 'supervisor' && !u.disabled && !listed.includes(u.id));
  if (free.length === 0) return <p className="hint">Every active supervisor is on the list.</p>;
  return (
    <div className="row crisis-row">
      <SelectField label="Add a supervisor" value={choice} onChange={(e) => setChoice(e.target.value)}>
        <option value="">Choose a supervisor…</option>
        {free.map((u) => (
          <option key={u.id} value={u.id}>
            {u.displayName}
          </option>
        ))}
      </SelectField>
      <button
        type="button"
        className="button secondary"
        disabled={!choice}
        onClick={() => {
          const s = free.find((u) => u.id === choice);
          if (s) onAdd(s);
          setChoice('');
        }}
      >
        Add to the list
      </button>
    </div>
  );
}
