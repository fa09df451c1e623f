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
import { CATEGORY_WORDS, minutesWords, OUTCOME_WORDS, REFERRAL_WORDS, STATUS_WORDS, STEP_WORDS, URGENCY_WORDS, words } from './safety-words.ts';
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
  return <EventView e={e} open={open} saved={saved} disclosure={disclosure} done={done} />;
}

function EventView({ e, open, saved, disclosure, done }: { readonly e: SafetyEvent; readonly open: boolean; readonly saved: string | null; readonly disclosure: SafetyStepResult['disclosure']; readonly done: (step: string) => (r: SafetyStepResult) => void }) {
  const name = useNames(e);
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
            {formatDateTime(e.openedAt)} {e.openedVia === 'finding' ? `from a note by ${name(e.openedBy)}` : `on a report by ${name(e.openedBy)}`}
          </dd>
        </div>
        <div>
          <dt>Supervisor</dt>
          <dd>{e.assignedSupervisorId ? name(e.assignedSupervisorId) : 'Not assigned yet'}</dd>
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

/**
 * Staff by name: the event carries the display names of everyone it names. The signed-in person
 * reads as "Pat Lee (you)"; a step no person took (the escalation timer) reads as PeerKeep.
 */
export function useNames(e: SafetyEvent) {
  const me = useSignedIn().user;
  return (id: string | null | undefined): string => {
    if (!id) return 'PeerKeep (automatically)';
    if (id === me.id) return `${me.displayName} (you)`;
    return e.people.find((p) => p.id === id)?.displayName ?? 'a staff member who has left the organization';
  };
}

function StepStamp({ step, event }: { readonly step: Step; readonly event: SafetyEvent }) {
  const name = useNames(event);
  const d = step.data;
  const extra: string[] = [];
  if (typeof d['to'] === 'string') extra.push(`to ${words(REFERRAL_WORDS, d['to'])}`);
  if (d['warmHandoff'] === true) extra.push('warm hand-off');
  if (d['participantTold'] === false) extra.push('participant not told yet');
  if (d['actedAlone'] === true) extra.push('acted alone (imminent danger)');
  if (typeof d['outcome'] === 'string' && step.step === 'closed') extra.push(words(OUTCOME_WORDS, d['outcome']));
  const handover = handoverWords(step, name);
  if (handover) extra.push(handover);
  return (
    <span>
      <time dateTime={step.at}>{formatDateTime(step.at)}</time>, by {name(step.actorId)}
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

/** Who an event went to at a step that moved it: opened, notified, handed over or escalated. */
function handoverWords(step: Step, name: (id: string | null | undefined) => string): string | null {
  const d = step.data;
  const to = typeof d['assignedTo'] === 'string' ? d['assignedTo'] : null;
  if (step.step === 'escalated') {
    if (d['exhausted'] === true) return 'every supervisor on the list has been told and none has acknowledged it: call your supervisor or program director now';
    const after = typeof d['afterMinutes'] === 'number' ? ` — not acknowledged within ${minutesWords(d['afterMinutes'])}` : '';
    return `escalated to ${name(to)}${after}`;
  }
  if (step.step === 'reassigned') return `handed to ${name(to)}`;
  if (step.step === 'opened' && to) return `assigned to ${name(to)}`;
  if (step.step === 'notify_supervisor' && Array.isArray(d['notified'])) return `told ${d['notified'].map((id) => name(typeof id === 'string' ? id : null)).join(', ')}`;
  return null;
}

/**
 * The supervisors told about this event, one line each however many notices they got (the
 * opening notice and a later "Notify the supervisor" are the same person told twice), with who
 * holds it now, its last escalation and whether it was acknowledged.
 */
function NotificationStatus({ event }: { readonly event: SafetyEvent }) {
  const name = useNames(event);
  if (event.notifications.length === 0) return <p className="warning">No supervisor has been notified yet. Use “Notify my supervisor now”.</p>;
  const bySupervisor = new Map<string, SafetyEvent['notifications'][number][]>();
  for (const n of event.notifications) bySupervisor.set(n.userId, [...(bySupervisor.get(n.userId) ?? []), n]);
  const escalation = [...event.steps].reverse().find((s) => s.step === 'escalated');
  return (
    <ul className="notifications" aria-label="Supervisor notifications">
      {[...bySupervisor].map(([userId, notices]) => {
        const first = notices[0];
        const last = notices[notices.length - 1];
        if (!first || !last) return null;
        const read = notices.find((n) => n.readAt)?.readAt ?? null;
        return (
          <li key={userId}>
            {name(userId)}
            {userId === event.assignedSupervisorId ? ', who holds this event,' : ''} was told in PeerKeep at {formatDateTime(first.createdAt)}
            {notices.length > 1 ? `, and again at ${formatDateTime(last.createdAt)}` : ''} · {read ? `read ${formatDateTime(read)}` : 'not read yet'} · e-mail: {emailWords(last.email)}
          </li>
        );
      })}
      {escalation && (
        <li>
          {formatDateTime(escalation.at)}: {handoverWords(escalation, name)}
        </li>
      )}
      <li>{event.acknowledgedAt ? `Acknowledged by ${name(event.acknowledgedBy)} at ${formatDateTime(event.acknowledgedAt)}` : 'Not acknowledged yet'}</li>
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
