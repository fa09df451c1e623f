import type { Role } from '../api/types.ts';
import { paths } from '../router/routes.ts';

/**
 * The main menu. Areas being built elsewhere (safety events, consultations, reports) add an entry
 * here and a case in router/routes.ts.
 */
export interface NavItem {
  readonly label: string;
  readonly to: string;
  /** Which pages of routes.ts make this item current. */
  readonly pages: readonly string[];
  readonly roles: readonly Role[];
}

export const NAV_ITEMS: readonly NavItem[] = [
  { label: 'Caseload', to: paths.caseload(), pages: ['caseload', 'participant', 'report'], roles: ['peer_specialist', 'supervisor', 'privacy_officer', 'admin'] },
  { label: 'Safety events', to: '/safety-events', pages: ['safety-dashboard'], roles: ['supervisor'] },
  { label: 'Consultations', to: '/consultations', pages: ['consultations'], roles: ['peer_specialist', 'supervisor'] },
  // Which sections each role sees is decided in pages/admin/admin-page.tsx.
  { label: 'Administration', to: paths.admin(), pages: ['admin'], roles: ['admin', 'privacy_officer', 'supervisor'] },
];
