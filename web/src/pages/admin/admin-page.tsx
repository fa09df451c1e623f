import type { ComponentType } from 'react';
import type { Role } from '../../api/types.ts';
import { PageHeading } from '../../components/page-heading.tsx';
import { paths } from '../../router/routes.ts';
import { Link } from '../../router/router.tsx';
import { useSignedIn } from '../../session/session-context.tsx';
import { NotFoundPage } from '../not-found-page.tsx';
import { BreakGlassReviewsSection } from './break-glass-reviews-section.tsx';
import { CaseloadAssignmentSection } from './caseload-assignment-section.tsx';
import { PolicyProfileSection } from './policy-profile-section.tsx';
import { SafetySettingsSection } from './safety-settings-section.tsx';
import { TeamsSection } from './teams-section.tsx';
import { UsersSection } from './users-section.tsx';

/**
 * Administration, one tab per job; each role sees the tabs the access policy (core/access/policy.ts)
 * lets it do: user.manage/team.manage/participant.assign for administrators, policy_profile.manage
 * and safety_settings.manage for privacy officers and administrators, break_glass.review for
 * supervisors and privacy officers.
 */
const SECTIONS: readonly { id: string; label: string; roles: readonly Role[]; Component: ComponentType }[] = [
  { id: 'users', label: 'Staff accounts', roles: ['admin'], Component: UsersSection },
  { id: 'teams', label: 'Teams', roles: ['admin'], Component: TeamsSection },
  { id: 'caseloads', label: 'Caseloads', roles: ['admin'], Component: CaseloadAssignmentSection },
  { id: 'policy', label: 'Policy profile', roles: ['privacy_officer', 'admin'], Component: PolicyProfileSection },
  { id: 'safety', label: 'Safety settings', roles: ['privacy_officer', 'admin'], Component: SafetySettingsSection },
  { id: 'break-glass', label: 'Emergency access reviews', roles: ['supervisor', 'privacy_officer'], Component: BreakGlassReviewsSection },
];

export function AdminPage({ section }: { readonly section: string }) {
  const role = useSignedIn().user.role;
  const mine = SECTIONS.filter((s) => s.roles.includes(role));
  const current = mine.find((s) => s.id === section) ?? mine[0];
  if (!current) return <NotFoundPage />;
  return (
    <>
      <PageHeading title={`Administration: ${current.label}`}>Administration</PageHeading>
      <nav aria-label="Administration sections" className="tabs">
        <ul>
          {mine.map((s) => (
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
