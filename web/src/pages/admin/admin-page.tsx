import { PageHeading } from '../../components/page-heading.tsx';
import { paths } from '../../router/routes.ts';
import { Link } from '../../router/router.tsx';
import { TeamsSection } from './teams-section.tsx';
import { UsersSection } from './users-section.tsx';

/** Administration: staff accounts and teams. Policy profile and key management join here later. */
const SECTIONS = [
  { id: 'users', label: 'Staff accounts', Component: UsersSection },
  { id: 'teams', label: 'Teams', Component: TeamsSection },
] as const;

export function AdminPage({ section }: { readonly section: string }) {
  const current = SECTIONS.find((s) => s.id === section) ?? SECTIONS[0];
  return (
    <>
      <PageHeading title={`Administration: ${current.label}`}>Administration</PageHeading>
      <nav aria-label="Administration sections" className="tabs">
        <ul>
          {SECTIONS.map((s) => (
            <li key={s.id}>
              <Link to={paths.admin(s.id)} aria-current={s.id === current.id ? 'page' : undefined}>
                {s.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <section aria-labelledby="section-heading" className="record-section">
        <h2 id="section-heading">{current.label}</h2>
        <current.Component />
      </section>
    </>
  );
}
