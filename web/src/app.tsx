import { AppShell } from './layout/app-shell.tsx';
import { AdminPage } from './pages/admin/admin-page.tsx';
import { CaseloadPage } from './pages/caseload-page.tsx';
import { ConsultationsPage } from './pages/consultations/consultations-page.tsx';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { ParticipantPage } from './pages/participant/participant-page.tsx';
import { ReportPage } from './pages/reports/report-page.tsx';
import { LockScreen } from './pages/sign-in/lock-screen.tsx';
import { RecoveryCodes } from './pages/sign-in/recovery-codes.tsx';
import { SafetyEventPage } from './pages/safety/safety-event-page.tsx';
import { SupervisorDashboard } from './pages/safety/supervisor-dashboard.tsx';
import { DecisionPage } from './pages/disclosures/decision-page.tsx';
import { SignInPage } from './pages/sign-in/sign-in-page.tsx';
import { matchRoute } from './router/routes.ts';
import { usePath } from './router/router.tsx';
import { useSession, useSignedIn } from './session/session-context.tsx';
import { useIdleLock } from './session/use-idle-lock.ts';
import { Loading } from './components/status.tsx';

/** Chooses what is on screen: sign-in steps, the lock screen, or a signed-in page. */
export function App() {
  const { state } = useSession();
  switch (state.kind) {
    case 'loading':
      return (
        <main id="main" className="auth-card">
          <Loading>Opening PeerKeep…</Loading>
        </main>
      );
    case 'signed-out':
    case 'second-factor':
    case 'enrol':
      return <SignInPage />;
    case 'recovery-codes':
      return <RecoveryCodes codes={state.codes} />;
    case 'locked':
      return <LockScreen />;
    case 'signed-in':
      return <SignedIn />;
  }
}

function SignedIn() {
  const session = useSignedIn();
  const { lock } = useSession();
  useIdleLock(session.idleMinutes, () => lock('idle'));
  const route = matchRoute(usePath());
  return (
    <AppShell page={route.page}>
      {route.page === 'caseload' && <CaseloadPage />}
      {route.page === 'participant' && <ParticipantPage key={route.id} id={route.id} section={route.section} />}
      {route.page === 'report' && <ReportPage key={`${route.id}:${route.kind}`} id={route.id} kind={route.kind} />}
      {route.page === 'admin' && <AdminPage section={route.section} />}
      {route.page === 'safety-event' && <SafetyEventPage key={route.id} id={route.id} />}
      {route.page === 'safety-dashboard' && (session.user.role === 'supervisor' ? <SupervisorDashboard /> : <NotFoundPage />)}
      {route.page === 'consultations' && <ConsultationsPage route={route} />}
      {route.page === 'disclosure-decision' && <DecisionPage key={route.id} id={route.id} />}
      {route.page === 'not-found' && <NotFoundPage />}
    </AppShell>
  );
}
