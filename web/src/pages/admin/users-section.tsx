import { useState } from 'react';
import { messageOf } from '../../api/client.ts';
import { api } from '../../api/endpoints.ts';
import type { Role, Staff, StaffChange, Team } from '../../api/types.ts';
import { Loading, Notice, Problem } from '../../components/status.tsx';
import { useLoad } from '../../components/use-load.ts';
import { ROLE_NAMES } from '../../layout/role-names.ts';
import { useSignedIn } from '../../session/session-context.tsx';
import { NewUserForm } from './new-user-form.tsx';

/** Staff accounts: role, team, unlock after failed sign-ins, disable; and a form for a new one. */
export function UsersSection() {
  const users = useLoad('users', api.users);
  const teams = useLoad('teams', api.teams);
  const [notice, setNotice] = useState<string | null>(null);
  const [rowError, setRowError] = useState<{ id: string; message: string } | null>(null);
  const me = useSignedIn().user.id;

  if (users.state === 'loading' || teams.state === 'loading') return <Loading>Loading staff accounts…</Loading>;
  if (users.state === 'failed') return <Problem error={users.error} retry={users.reload} />;
  if (teams.state === 'failed') return <Problem error={teams.error} retry={teams.reload} />;
  const teamList = teams.data;

  const change = async (u: Staff, c: StaffChange, done: string) => {
    setRowError(null);
    setNotice(null);
    try {
      const updated = await api.updateUser(u.id, c);
      users.set(users.data.map((x) => (x.id === updated.id ? updated : x)));
      setNotice(done);
    } catch (err) {
      setRowError({ id: u.id, message: messageOf(err) });
    }
  };

  return (
    <div className="stack">
      {notice && <Notice>{notice}</Notice>}
      <div className="table-wrap">
        <table className="staff">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Role</th>
              <th scope="col">Team</th>
              <th scope="col">Status</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {users.data.map((u) => (
              <tr key={u.id}>
                <th scope="row">
                  {u.displayName}
                  <span className="sub">{u.email}</span>
                </th>
                <td>
                  <select aria-label={`Role of ${u.displayName}`} value={u.role} disabled={u.id === me} onChange={(e) => change(u, { role: e.target.value as Role }, `${u.displayName} is now ${ROLE_NAMES[e.target.value as Role].toLowerCase()}.`)}>
                    {Object.entries(ROLE_NAMES).map(([value, label]) => (
                      <option key={value} value={value}>
                        {label}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <TeamSelect user={u} teams={teamList} onChange={(teamId) => change(u, { teamId }, `${u.displayName}’s team was changed.`)} />
                </td>
                <td>
                  <Status user={u} />
                  {rowError?.id === u.id && (
                    <p className="field-error" role="alert">
                      {rowError.message}
                    </p>
                  )}
                </td>
                <td className="row-actions">
                  {u.locked && (
                    <button type="button" className="button secondary small" onClick={() => change(u, { unlock: true }, `${u.displayName} can sign in again.`)}>
                      Unlock
                    </button>
                  )}
                  {u.id !== me && (
                    <button type="button" className="button secondary small" onClick={() => change(u, { disabled: !u.disabled }, u.disabled ? `${u.displayName}’s account is active again.` : `${u.displayName}’s account is disabled.`)}>
                      {u.disabled ? 'Enable' : 'Disable'}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <NewUserForm
        teams={teamList}
        onCreated={(u) => {
          users.set([...users.data, u]);
          setNotice(`Account created for ${u.displayName}. Give them the temporary password in person; they set up their authenticator app at first sign-in.`);
        }}
      />
    </div>
  );
}

function TeamSelect({ user, teams, onChange }: { readonly user: Staff; readonly teams: readonly Team[]; readonly onChange: (teamId: string | null) => void }) {
  return (
    <select aria-label={`Team of ${user.displayName}`} value={user.teamId ?? ''} onChange={(e) => onChange(e.target.value || null)}>
      <option value="">No team</option>
      {teams.map((t) => (
        <option key={t.id} value={t.id}>
          {t.name}
        </option>
      ))}
    </select>
  );
}

function Status({ user }: { readonly user: Staff }) {
  if (user.disabled) return <span className="badge muted-badge">Disabled</span>;
  if (user.locked) return <span className="badge danger-badge">Locked after failed sign-ins</span>;
  if (!user.secondFactorEnrolled) return <span className="badge">Has not set up the authenticator</span>;
  return <span className="badge ok-badge">Active</span>;
}
