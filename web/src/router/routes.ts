/** The pages of the app, matched from the path. New areas (consents, safety events…) add a case. */
export type Route =
  | { readonly page: 'caseload' }
  | { readonly page: 'participant'; readonly id: string; readonly section: string }
  | { readonly page: 'report'; readonly id: string; readonly kind: string }
  | { readonly page: 'admin'; readonly section: string }
  | { readonly page: 'safety-event'; readonly id: string }
  | { readonly page: 'safety-dashboard' }
  | { readonly page: 'disclosure-decision'; readonly id: string }
  | ({ readonly page: 'consultations' } & ({ readonly view: 'inbox' } | { readonly view: 'received' | 'mine'; readonly id: string }))
  | { readonly page: 'not-found' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function matchRoute(path: string): Route {
  const parts = path.split('/').filter(Boolean);
  if (parts.length === 0 || (parts.length === 1 && parts[0] === 'caseload')) return { page: 'caseload' };
  if (parts[0] === 'participants' && parts[1] && UUID.test(parts[1]) && parts[2] === 'reports' && parts[3] && parts.length === 4) return { page: 'report', id: parts[1].toLowerCase(), kind: parts[3] };
  if (parts[0] === 'participants' && parts[1] && UUID.test(parts[1]) && parts.length <= 3) {
    return { page: 'participant', id: parts[1].toLowerCase(), section: parts[2] ?? 'overview' };
  }
  if (parts[0] === 'admin' && parts.length <= 2) return { page: 'admin', section: parts[1] ?? 'users' };
  if (parts[0] === 'safety-events' && parts.length === 1) return { page: 'safety-dashboard' };
  if (parts[0] === 'safety-events' && parts[1] && UUID.test(parts[1]) && parts.length === 2) return { page: 'safety-event', id: parts[1].toLowerCase() };
  if (parts[0] === 'consultations' && parts.length === 1) return { page: 'consultations', view: 'inbox' };
  if (parts[0] === 'consultations' && parts[1] === 'received' && parts[2] && UUID.test(parts[2]) && parts.length === 3) return { page: 'consultations', view: 'received', id: parts[2].toLowerCase() };
  if (parts[0] === 'consultations' && parts[1] && UUID.test(parts[1]) && parts.length === 2) return { page: 'consultations', view: 'mine', id: parts[1].toLowerCase() };
  if (parts[0] === 'disclosure-decisions' && parts[1] && UUID.test(parts[1]) && parts.length === 2) return { page: 'disclosure-decision', id: parts[1].toLowerCase() };
  return { page: 'not-found' };
}

export const paths = {
  caseload: () => '/',
  participant: (id: string, section?: string) => `/participants/${id}${section && section !== 'overview' ? `/${section}` : ''}`,
  report: (id: string, kind: string) => `/participants/${id}/reports/${kind}`,
  admin: (section?: string) => `/admin${section && section !== 'users' ? `/${section}` : ''}`,
};
