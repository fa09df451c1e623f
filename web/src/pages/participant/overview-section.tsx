import { api } from '../../api/endpoints.ts';
import type { ParticipantProfile } from '../../api/types.ts';
import { Loading, Problem } from '../../components/status.tsx';
import { useLoad } from '../../components/use-load.ts';
import { Private } from '../../session/privacy-screen.tsx';
import { formatDate } from '../format.ts';
import type { SectionProps } from './participant-sections.tsx';

const KIND: Record<string, string> = { family: 'Family', sponsor: 'Sponsor', friend: 'Friend', emergency: 'Emergency contact', other: 'Other' };

/** Identity, ways to reach the person, their contacts, and whose caseload they are on. */
export function OverviewSection({ participantId }: SectionProps) {
  const record = useLoad(`participant:${participantId}`, () => api.participant(participantId));
  if (record.state === 'loading') return <Loading>Loading the profile…</Loading>;
  if (record.state === 'failed') return <Problem error={record.error} retry={record.reload} />;
  const { profile, caseload } = record.data;
  return (
    <div className="overview">
      <dl className="facts">
        <Fact label="Full name" value={[profile.givenName, profile.familyName].filter(Boolean).join(' ')} private />
        <Fact label="Preferred name" value={profile.preferredName} private />
        <Fact label="Pronouns" value={profile.pronouns} />
        <Fact label="Date of birth" value={profile.dateOfBirth && formatDate(profile.dateOfBirth)} private />
        <Fact label="Phone" value={profile.phone} private />
        <Fact label="E-mail" value={profile.email} private />
        <Fact label="Address" value={address(profile)} private />
        <Fact label="Caseload of" value={caseload.map((c) => c.displayName).join(', ') || 'No one yet'} />
      </dl>
      <h3>Contacts</h3>
      {profile.contacts.length === 0 ? (
        <p>No contacts recorded.</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Kind</th>
                <th scope="col">Relationship</th>
                <th scope="col">Phone</th>
                <th scope="col">E-mail</th>
              </tr>
            </thead>
            <tbody>
              {profile.contacts.map((c, i) => (
                // Contacts have no id of their own; their order is stable within a profile.
                // biome-ignore lint/suspicious/noArrayIndexKey: see above
                <tr key={i}>
                  <td>
                    <Private focusable>{c.name}</Private>
                  </td>
                  <td>{KIND[c.kind] ?? c.kind}</td>
                  <td>{c.relationship ?? '—'}</td>
                  <td>{c.phone ? <Private focusable what="phone number">{c.phone}</Private> : '—'}</td>
                  <td>{c.email ? <Private focusable what="e-mail">{c.email}</Private> : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

function Fact({ label, value, private: isPrivate = false }: { readonly label: string; readonly value: string | undefined; readonly private?: boolean }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{value ? isPrivate ? <Private focusable what={label.toLowerCase()}>{value}</Private> : value : <span className="muted">Not recorded</span>}</dd>
    </div>
  );
}

function address(p: ParticipantProfile): string | undefined {
  const a = p.address;
  return a ? [a.line1, a.line2, `${a.city}, ${a.state} ${a.postalCode}`].filter(Boolean).join(', ') : undefined;
}
