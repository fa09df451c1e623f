import { type ReactNode, useState } from 'react';
import { PageHeading } from '../../components/page-heading.tsx';
import { Loading, Notice, Problem } from '../../components/status.tsx';
import { useLoad } from '../../components/use-load.ts';
import { paths } from '../../router/routes.ts';
import { Link } from '../../router/router.tsx';
import { Private } from '../../session/privacy-screen.tsx';
import { useSignedIn } from '../../session/session-context.tsx';
import { formatDate, formatDateTime } from '../format.ts';
import { type SafetyEvent, type SafetyStepResult, safetyApi } from './safety-api.ts';
import { CATEGORY_WORDS, OUTCOME_WORDS, REFERRAL_WORDS, STATUS_WORDS, STEP_WORDS, URGENCY_WORDS, words } from './safety-words.ts';
import { CloseForm, DisclosureOutcome, InformForm, ListenForm, NotifyForm, OutsideContactForm, ReferralForm, SafetyPlanForm } from './step-forms.tsx';
import './safety.css';

const PROTOCOL = ['listen', 'inform_participant', 'notify_supervisor', 'referral', 'outside_contact', 'safety_plan', 'closed'] as const;
type Step = SafetyEvent['steps'][number];

/** One safety event: crisis numbers, what opened it, and the protocol as a checklist. */
export function SafetyEventPage({ id }: { readonly id: string }) {
  const event = useLoad(`safety-event:${id}`, () => safetyApi.event(id));
  const [disclosure, setDisclosure] = useState<SafetyStepResult['disclosure']>(null);
  const [saved, setSaved] = useState<string | null>(null);
  if (event.state === 'loading') return <Loading>Opening the safety event…</Loading>;
  if (event.state === 'failed')
    return (
      <>
        <PageHeading title="Safety event">Safety event</PageHeading>
        <Problem error={event.error} retry={event.reload} />
      </>
    );
  const e = event.data;
  const done = (step: string) => (r: SafetyStepResult) => {
    event.set(r.event);
    if (r.disclosure) setDisclosure(r.disclosure);
    setSaved(`Recorded: ${words(STEP_WORDS, step)}.`);
  };
  const open = e.status !== 'closed';
  return (
    <div className="safety">
      <p className="breadcrumb">
        <Link to={paths.participant(e.participantId, 'safety')}>Back to the participant’s safety events</Link>
      </p>
      <PageHeading title="Safety event">Safety event: {words(URGENCY_WORDS, e.urgency).toLowerCase()}</PageHeading>
      <dl className="facts">
        <div>
          <dt>Status</dt>
          <dd>
            <strong>{words(STATUS_WORDS, e.status)}</strong>
          </dd>
        </div>
        <div>
          <dt>Kind of danger</dt>
          <dd>{e.categories.map((c) => words(CATEGORY_WORDS, c)).join(', ') || 'Not given'}</dd>
        </div>
        <div>
          <dt>Opened</dt>
          <dd>
            {formatDateTime(e.openedAt)} {e.openedVia === 'finding' ? 'by the scan of a note' : 'by a staff report'}
          </dd>
        </div>
        {e.outcome && (
          <div>
            <dt>Outcome</dt>
            <dd>
              {words(OUTCOME_WORDS, e.outcome)}
              {e.followUpOn ? `; follow up on ${formatDate(e.followUpOn)}` : ''}
            </dd>
          </div>
        )}
      </dl>
      {(e.finding || e.report) && (
        <div className="panel opened-by">
          <h2>{e.finding ? 'What the note said' : 'What was reported'}</h2>
          <Private block focusable what="text">
            <p>“{e.finding ? e.finding.evidence : e.report}”</p>
          </Private>
        </div>
      )}
      {open && <CrisisNumbers numbers={e.crisisNumbers} />}
      {saved && <Notice>{saved}</Notice>}
      {disclosure && <DisclosureOutcome result={disclosure} />}
      <h2 id="checklist-heading">Protocol checklist</h2>
      <ol className="checklist" aria-labelledby="checklist-heading">
        {PROTOCOL.map((step) => {
          const taken = e.steps.filter((s) => s.step === step);
          const guidance = e.nextSteps.find((n) => n.step === step)?.guidance;
          return (
            <li key={step} className={taken.length ? 'step done' : 'step'}>
              <h3>
                <span className="tick" aria-hidden="true">
                  {taken.length ? '✓' : '○'}
                </span>{' '}
                {words(STEP_WORDS, step)} <span className="visually-hidden">{taken.length ? '(done)' : '(not done yet)'}</span>
              </h3>
              {guidance && <p className="hint">{guidance}</p>}
              {taken.length > 0 && (
                <ul className="stamps">
                  {taken.map((s) => (
                    <li key={s.seq}>
                      <StepStamp step={s} event={e} />
                    </li>
                  ))}
                </ul>
              )}
              {step === 'notify_supervisor' && <NotificationStatus event={e} />}
              {step === 'referral' && open && <CrisisLinks numbers={e.crisisNumbers} />}
              {step === 'safety_plan' && e.safetyPlan && <PlanView plan={e.safetyPlan.plan} />}
              {open && (
                <details className="step-details" key={e.steps.length}>
                  <summary>{taken.length && step !== 'closed' ? 'Record this step again' : `Record: ${words(STEP_WORDS, step).toLowerCase()}`}</summary>
                  {step === 'listen' && <ListenForm eventId={e.id} onDone={done(step)} />}
                  {step === 'inform_participant' && <InformForm eventId={e.id} onDone={done(step)} />}
                  {step === 'notify_supervisor' && <NotifyForm eventId={e.id} onDone={done(step)} />}
                  {step === 'referral' && <ReferralForm eventId={e.id} onDone={done(step)} />}
                  {step === 'outside_contact' && <OutsideContactForm eventId={e.id} onDone={done(step)} />}
                  {step === 'safety_plan' && <SafetyPlanForm eventId={e.id} onDone={done(step)} />}
                  {step === 'closed' && <CloseForm eventId={e.id} onDone={done(step)} />}
                </details>
              )}
            </li>
          );
        })}
      </ol>
      <h2>Everything recorded, in order</h2>
      <ol className="timeline">
        {e.steps.map((s) => (
          <li key={s.seq}>
            <strong>{words(STEP_WORDS, s.step)}</strong> — <StepStamp step={s} event={e} />
          </li>
        ))}
      </ol>
    </div>
  );
}

function useWho() {
  const me = useSignedIn().user.id;
  return (actorId: string | null, e: SafetyEvent) => {
    if (!actorId) return 'PeerKeep';
    if (actorId === me) return 'you';
    if (actorId === e.assignedSupervisorId || actorId === e.acknowledgedBy) return 'the supervisor';
    if (actorId === e.openedBy) return 'the staff member who opened it';
    return 'another staff member';
  };
}

function StepStamp({ step, event }: { readonly step: Step; readonly event: SafetyEvent }) {
  const who = useWho();
  const d = step.data;
  const extra: string[] = [];
  if (typeof d['to'] === 'string') extra.push(`to ${words(REFERRAL_WORDS, d['to'])}`);
  if (d['warmHandoff'] === true) extra.push('warm hand-off');
  if (d['participantTold'] === false) extra.push('participant not told yet');
  if (d['actedAlone'] === true) extra.push('acted alone (imminent danger)');
  if (typeof d['outcome'] === 'string' && step.step === 'closed') extra.push(words(OUTCOME_WORDS, d['outcome']));
  return (
    <span>
      <time dateTime={step.at}>{formatDateTime(step.at)}</time>, by {who(step.actorId, event)}
      {extra.length > 0 && ` · ${extra.join(' · ')}`}
      {step.details?.contacted && <> · contacted {step.details.contacted}</>}
      {step.details?.text && (
        <Private block focusable what="text">
          <span className="stamp-text">{step.details.text}</span>
        </Private>
      )}
    </span>
  );
}

function NotificationStatus({ event }: { readonly event: SafetyEvent }) {
  if (event.notifications.length === 0) return <p className="warning">No supervisor has been notified yet. Use “Notify my supervisor now”.</p>;
  return (
    <ul className="notifications" aria-label="Supervisor notifications">
      {event.notifications.map((n) => (
        <li key={`${n.userId}-${n.createdAt}-${n.kind}`}>
          {n.userId === event.assignedSupervisorId ? 'Assigned supervisor' : 'Supervisor'} told in PeerKeep ({n.kind.replace(/_/g, ' ')}) at {formatDateTime(n.createdAt)} · {n.readAt ? `read ${formatDateTime(n.readAt)}` : 'not read yet'} · e-mail: {emailWords(n.email)}
        </li>
      ))}
      <li>{event.acknowledgedAt ? `Acknowledged ${formatDateTime(event.acknowledgedAt)}` : 'Not acknowledged yet'}</li>
    </ul>
  );
}

function emailWords(status: string | null): string {
  if (!status) return 'not set up for this organization';
  return ({ skipped: 'not set up for this organization', pending: 'waiting to be sent', queued: 'waiting to be sent', sent: 'sent', failed: 'could not be sent, call your supervisor', not_configured: 'not set up for this organization' } as Record<string, string>)[status] ?? status.replace(/_/g, ' ');
}

function CrisisLinks({ numbers }: { readonly numbers: SafetyEvent['crisisNumbers'] }) {
  return (
    <ul className="crisis-links">
      {numbers.map((n) => (
        <li key={n.number}>
          <a className="button call" href={`tel:${n.number.replace(/[^0-9+]/g, '')}`}>
            Call {n.label} ({n.number})
          </a>
        </li>
      ))}
    </ul>
  );
}

function CrisisNumbers({ numbers }: { readonly numbers: SafetyEvent['crisisNumbers'] }) {
  return (
    <aside className="crisis panel" aria-labelledby="crisis-heading">
      <h2 id="crisis-heading">Crisis numbers</h2>
      <p>If someone is in danger right now, call 911. Tap a number to call.</p>
      <CrisisLinks numbers={numbers} />
    </aside>
  );
}

function PlanView({ plan }: { readonly plan: NonNullable<SafetyEvent['safetyPlan']>['plan'] }) {
  const rows: [string, readonly string[] | undefined][] = [
    ['Warning signs', plan.warningSigns],
    ['Coping on my own', plan.internalCoping],
    ['People and places for distraction', plan.distractions],
    ['People to ask for help', plan.peopleToAsk],
    ['Professionals and crisis lines', plan.professionals],
    ['A safer environment', plan.safeEnvironment],
    ['Reasons for living', plan.reasonsForLiving],
  ];
  return (
    <Private block focusable what="safety plan">
      <dl className="plan">
        {rows
          .filter(([, items]) => items && items.length > 0)
          .map(([label, items]): ReactNode => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{items?.join('; ')}</dd>
            </div>
          ))}
      </dl>
    </Private>
  );
}
