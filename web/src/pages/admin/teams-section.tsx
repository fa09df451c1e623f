import { type FormEvent, useState } from 'react';
import { api } from '../../api/endpoints.ts';
import { SubmitButton, TextField } from '../../components/fields.tsx';
import { errorFor, FormError } from '../../components/form-error.tsx';
import { Loading, Notice, Problem } from '../../components/status.tsx';
import { useLoad } from '../../components/use-load.ts';

const FIELDS = ['name'] as const;

export function TeamsSection() {
  const teams = useLoad('teams', api.teams);
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const team = await api.createTeam(name.trim());
      // A list still loading may have been read before this save: fetch it again instead.
      if (teams.state === 'ready') teams.set([...teams.data, team]);
      else teams.reload();
      setDone(`Team “${team.name}” created.`);
      setName('');
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="stack">
      {teams.state === 'loading' && <Loading>Loading teams…</Loading>}
      {teams.state === 'failed' && <Problem error={teams.error} retry={teams.reload} />}
      {teams.state === 'ready' && (teams.data.length === 0 ? <p>No teams yet.</p> : <ul className="plain-list">{teams.data.map((t) => <li key={t.id}>{t.name}</li>)}</ul>)}
      <form onSubmit={submit} noValidate className="stack panel">
        <h3>New team</h3>
        <TextField label="Team name" name="name" required maxLength={100} value={name} onChange={(e) => setName(e.target.value)} error={errorFor(error, 'name', FIELDS)} />
        <FormError error={error} fields={FIELDS} />
        <SubmitButton busy={busy} busyLabel="Creating…">
          Create the team
        </SubmitButton>
        {done && <Notice>{done}</Notice>}
      </form>
    </div>
  );
}
