import { useSignedIn } from '../../session/session-context.tsx';
import { NotFoundPage } from '../not-found-page.tsx';
import { ConsultationPage } from './consultation-page.tsx';
import { ReceivedConsultation, ReceivedList } from './received-page.tsx';

export type ConsultationsView = { readonly view: 'inbox' } | { readonly view: 'received'; readonly id: string } | { readonly view: 'mine'; readonly id: string };

/** The /consultations pages, for care staff (the only roles that ask for or receive one). */
export function ConsultationsPage({ route }: { readonly route: ConsultationsView }) {
  const role = useSignedIn().user.role;
  if (role !== 'peer_specialist' && role !== 'supervisor') return <NotFoundPage />;
  if (route.view === 'received') return <ReceivedConsultation key={route.id} id={route.id} />;
  if (route.view === 'mine') return <ConsultationPage key={route.id} id={route.id} />;
  return <ReceivedList />;
}
