import { type FormEvent, useState } from 'react';
import { api } from '../../api/endpoints.ts';
import type { Role, Staff, Team } from '../../api/types.ts';
import { SelectField, SubmitButton, TextField } from '../../components/fields.tsx';
import { errorFor, FormError } from '../../components/form-error.tsx';
import { ROLE_NAMES } from '../../layout/role-names.ts';

const FIELDS = ['displayName', 'email', 'role', 'teamId', 'password'] as const;

/** A new staff account with a temporary password; the person sets up TOTP at first sign-in. */
export function NewUserForm({ teams, onCreated }: { readonly teams: readonly Team[]; readonly onCreated: (u: Staff) => void }) {
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('peer_specialist');
  const [teamId, setTeamId] = useState(teams[0]?.id ?? '');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const created = await api.createUser({ displayName: displayName.trim(), email: email.trim(), role, password, ...(teamId ? { teamId } : {}) });
      onCreated(created);
      setDisplayName('');
      setEmail('');
      setPassword('');
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const err = (f: string) => errorFor(error, f, FIELDS);
  return (
    <form onSubmit={submit} noValidate className="stack panel">
      <h3>New staff account</h3>
      <div className="row">
        <TextField label="Full name" name="displayName" required maxLength={100} value={displayName} onChange={(e) => setDisplayName(e.target.value)} error={err('displayName')} />
        <TextField label="E-mail address" type="email" name="email" required autoComplete="off" value={email} onChange={(e) => setEmail(e.target.value)} error={err('email')} />
      </div>
      <div className="row">
        <SelectField label="Role" name="role" value={role} onChange={(e) => setRole(e.target.value as Role)} error={err('role')}>
          {Object.entries(ROLE_NAMES).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
        <SelectField label="Team" name="teamId" value={teamId} onChange={(e) => setTeamId(e.target.value)} error={err('teamId')}>
          <option value="">No team</option>
          {teams.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </SelectField>
      </div>
      <TextField
        label="Temporary password"
        hint="At least 12 characters. Give it to the person directly, not by e-mail."
        type="password"
        name="password"
        autoComplete="new-password"
        required
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={err('password')}
      />
      <FormError error={error} fields={FIELDS} />
      <SubmitButton busy={busy} busyLabel="Creating the account…">
        Create the account
      </SubmitButton>
    </form>
  );
}
