import { type FormEvent, type ReactNode, useState } from 'react';
import { SelectField, SubmitButton, TextArea, TextField } from '../../components/fields.tsx';
import { errorFor, FormError } from '../../components/form-error.tsx';
import { Link } from '../../router/router.tsx';
import { decisionPath } from '../disclosures/decision-api.ts';
import { today } from '../format.ts';
import { type SafetyStepInput, type SafetyStepResult, safetyApi } from './safety-api.ts';
import { DECISION_WORDS, OUTCOME_WORDS, REFERRAL_WORDS, words } from './safety-words.ts';

type Done = (result: SafetyStepResult) => void;
const FIELDS = ['details', 'openQuestions', 'participantTold', 'to', 'number', 'contacted', 'disclosure', 'plan', 'outcome', 'followUpOn', 'warningSigns', 'internalCoping', 'distractions', 'peopleToAsk', 'professionals', 'safeEnvironment'] as const;
const lines = (s: string) => s.split('\n').map((l) => l.trim()).filter(Boolean);

/** One step's form: sends it, and shows the API's refusal next to the field or above the button. */
function StepForm({ eventId, label, busyLabel, build, onDone, children }: { readonly eventId: string; readonly label: string; readonly busyLabel?: string; readonly build: () => SafetyStepInput | string; readonly onDone: Done; readonly children: (error: (f: string) => string | null) => ReactNode }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [local, setLocal] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const input = build();
    if (typeof input === 'string') return setLocal(input);
    setLocal(null);
    setBusy(true);
    setError(null);
    try {
      onDone(await safetyApi.step(eventId, input));
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="step-form stack" onSubmit={submit} noValidate>
      {children((f) => (f === 'details' && local ? local : errorFor(error, f, FIELDS)))}
      <FormError error={error} fields={FIELDS} />
      <div className="actions">
        <SubmitButton busy={busy} busyLabel={busyLabel ?? 'Recording…'}>
          {label}
        </SubmitButton>
      </div>
    </form>
  );
}

export function ListenForm({ eventId, onDone }: { readonly eventId: string; readonly onDone: Done }) {
  const [details, setDetails] = useState('');
  const [questions, setQuestions] = useState('');
  return (
    <StepForm eventId={eventId} label="Record: I listened" onDone={onDone} build={() => (details.trim() ? { step: 'listen', details: details.trim(), ...(lines(questions).length ? { openQuestions: lines(questions) } : {}) } : 'Write what the person told you, then record the step.')}>
      {(err) => (
        <>
          <TextArea label="What the person told you" rows={3} value={details} onChange={(e) => setDetails(e.target.value)} error={err('details')} />
          <TextArea label="Open questions you asked (one a line, optional)" rows={2} value={questions} onChange={(e) => setQuestions(e.target.value)} error={err('openQuestions')} />
        </>
      )}
    </StepForm>
  );
}

export function InformForm({ eventId, onDone }: { readonly eventId: string; readonly onDone: Done }) {
  const [told, setTold] = useState('yes');
  const [details, setDetails] = useState('');
  return (
    <StepForm eventId={eventId} label="Record: participant informed" onDone={onDone} build={() => (details.trim() ? { step: 'inform_participant', participantTold: told === 'yes', details: details.trim() } : 'Write what you told the participant (or why it was not safe to tell them yet).')}>
      {(err) => (
        <>
          <SelectField label="Did you tell the participant what will be shared?" value={told} onChange={(e) => setTold(e.target.value)} error={err('participantTold')}>
            <option value="yes">Yes, I told them</option>
            <option value="no">No, it was not safe to tell them yet</option>
          </SelectField>
          <TextArea label="What you told them, or why not" rows={2} value={details} onChange={(e) => setDetails(e.target.value)} error={err('details')} />
        </>
      )}
    </StepForm>
  );
}

export function NotifyForm({ eventId, onDone }: { readonly eventId: string; readonly onDone: Done }) {
  const [details, setDetails] = useState('');
  return (
    <StepForm eventId={eventId} label="Notify my supervisor now" busyLabel="Notifying…" onDone={onDone} build={() => ({ step: 'notify_supervisor', ...(details.trim() ? { details: details.trim() } : {}) })}>
      {(err) => <TextArea label="Message for your supervisor (optional)" rows={2} value={details} onChange={(e) => setDetails(e.target.value)} error={err('details')} />}
    </StepForm>
  );
}

export function ReferralForm({ eventId, onDone }: { readonly eventId: string; readonly onDone: Done }) {
  const [to, setTo] = useState('crisis_line_988');
  const [warm, setWarm] = useState(true);
  const [details, setDetails] = useState('');
  return (
    <StepForm eventId={eventId} label="Record the referral" onDone={onDone} build={() => ({ step: 'referral', to: to as 'crisis_line_988', warmHandoff: warm, ...(details.trim() ? { details: details.trim() } : {}) })}>
      {(err) => (
        <>
          <SelectField label="Referred to" value={to} onChange={(e) => setTo(e.target.value)} error={err('to')}>
            {Object.entries(REFERRAL_WORDS).map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </SelectField>
          <label className="check-inline">
            <input type="checkbox" checked={warm} onChange={(e) => setWarm(e.target.checked)} /> Warm hand-off (I stayed on while they were connected)
          </label>
          <TextArea label="What happened (optional)" rows={2} value={details} onChange={(e) => setDetails(e.target.value)} error={err('details')} />
        </>
      )}
    </StepForm>
  );
}

const RECIPIENT_WORDS: Record<string, string> = {
  emergency_services: 'Emergency services (911, mobile crisis)',
  treating_provider: 'The participant’s treating provider',
  family: 'Family member',
  potential_victim: 'A person in danger',
  law_enforcement: 'Police',
};
const RISK_WORDS: Record<string, string> = {
  self_imminent: 'Imminent danger to self',
  self_non_imminent: 'Danger to self, not imminent',
  others_imminent: 'Imminent danger to others',
  others_non_imminent: 'Danger to others, not imminent',
  none: 'No current danger',
};

export function OutsideContactForm({ eventId, onDone }: { readonly eventId: string; readonly onDone: Done }) {
  const [contacted, setContacted] = useState('');
  const [recipientType, setRecipientType] = useState('emergency_services');
  const [risk, setRisk] = useState('self_imminent');
  const [details, setDetails] = useState('');
  const build = (): SafetyStepInput | string => {
    if (!contacted.trim()) return 'Name who you contacted (a service or person), then record the contact.';
    if (!details.trim()) return 'Write what you shared and why, then record the contact.';
    return {
      step: 'outside_contact',
      contacted: contacted.trim(),
      details: details.trim(),
      disclosure: { recipientType: recipientType as 'emergency_services', recipient: { organization: contacted.trim() }, purpose: 'protect_participant' as never, categories: ['identity', 'risk'] as never, risk: risk as 'self_imminent' },
    };
  };
  return (
    <StepForm eventId={eventId} label="Check the disclosure and record the contact" busyLabel="Checking…" onDone={onDone} build={build}>
      {(err) => (
        <>
          <div className="row">
            <TextField label="Who you contacted" value={contacted} onChange={(e) => setContacted(e.target.value)} error={err('contacted')} />
            <SelectField label="Kind of contact" value={recipientType} onChange={(e) => setRecipientType(e.target.value)}>
              {Object.entries(RECIPIENT_WORDS).map(([v, l]) => (
                <option key={v} value={v}>
                  {l}
                </option>
              ))}
            </SelectField>
            <SelectField label="The danger" value={risk} onChange={(e) => setRisk(e.target.value)} error={err('disclosure')}>
              {Object.entries(RISK_WORDS).map(([v, l]) => (
                <option key={v} value={v}>
                  {l}
                </option>
              ))}
            </SelectField>
          </div>
          <TextArea label="What you shared and why" rows={2} value={details} onChange={(e) => setDetails(e.target.value)} error={err('details')} />
        </>
      )}
    </StepForm>
  );
}

/** The disclosure decision PeerKeep ran for the last outside contact. */
export function DisclosureOutcome({ result }: { readonly result: NonNullable<SafetyStepResult['disclosure']> }) {
  const recorded = result.accountingLink === 'recorded';
  return (
    <div className={recorded ? 'notice' : 'warning'} role="status">
      <p>
        <strong>Disclosure decision: {words(DECISION_WORDS, result.outcome)}.</strong>{' '}
        {recorded ? 'The contact is recorded in the accounting of disclosures.' : 'Nothing was recorded in the accounting: ask your supervisor before sharing more.'}
      </p>
      {!recorded && (
        <p>
          <Link to={decisionPath(result.decisionId)}>Open the decision</Link> to see why, and to send it to your supervisor, who can override it with a reason.
        </p>
      )}
      {result.tellParticipant && <p>Tell the participant: {result.tellParticipant}</p>}
    </div>
  );
}

const PLAN_STEPS = [
  ['warningSigns', '1. Warning signs', 'Thoughts, moods or situations that come before a crisis'],
  ['internalCoping', '2. Things I can do on my own to cope', 'Relaxation, physical activity…'],
  ['distractions', '3. People and places that take my mind off things', ''],
  ['peopleToAsk', '4. People I can ask for help', ''],
  ['professionals', '5. Professionals and crisis lines', 'Include 988'],
  ['safeEnvironment', '6. Making the environment safer', 'Means kept away or stored by someone else'],
] as const;
type PlanKey = (typeof PLAN_STEPS)[number][0];

export function SafetyPlanForm({ eventId, onDone }: { readonly eventId: string; readonly onDone: Done }) {
  const [plan, setPlan] = useState<Record<PlanKey | 'reasonsForLiving', string>>({ warningSigns: '', internalCoping: '', distractions: '', peopleToAsk: '', professionals: '988 Suicide & Crisis Lifeline', safeEnvironment: '', reasonsForLiving: '' });
  const build = (): SafetyStepInput | string => {
    if (PLAN_STEPS.every(([k]) => lines(plan[k]).length === 0)) return 'Fill in at least one step of the plan with the participant, then save it.';
    return {
      step: 'safety_plan',
      plan: {
        warningSigns: lines(plan.warningSigns),
        internalCoping: lines(plan.internalCoping),
        distractions: lines(plan.distractions),
        peopleToAsk: lines(plan.peopleToAsk),
        professionals: lines(plan.professionals),
        safeEnvironment: lines(plan.safeEnvironment),
        ...(lines(plan.reasonsForLiving).length ? { reasonsForLiving: lines(plan.reasonsForLiving) } : {}),
      },
    };
  };
  return (
    <StepForm eventId={eventId} label="Save the safety plan" busyLabel="Saving…" onDone={onDone} build={build}>
      {(err) => (
        <>
          <p className="hint">Stanley–Brown safety plan, made with the participant in their words. One item a line.</p>
          {err('details') && (
            <p className="field-error" role="alert">
              {err('details')}
            </p>
          )}
          <div className="plan-grid">
            {PLAN_STEPS.map(([k, label, hint]) => (
              <TextArea key={k} label={label} hint={hint || undefined} rows={2} value={plan[k]} onChange={(e) => setPlan({ ...plan, [k]: e.target.value })} error={err(k)} />
            ))}
            <TextArea label="Reasons for living (optional)" rows={2} value={plan.reasonsForLiving} onChange={(e) => setPlan({ ...plan, reasonsForLiving: e.target.value })} />
          </div>
        </>
      )}
    </StepForm>
  );
}

export function CloseForm({ eventId, onDone }: { readonly eventId: string; readonly onDone: Done }) {
  const [outcome, setOutcome] = useState('safe_with_plan');
  const [followUpOn, setFollowUpOn] = useState(() => {
    const d = new Date(Date.now() + 86_400_000);
    return d.toISOString().slice(0, 10);
  });
  const [details, setDetails] = useState('');
  return (
    <StepForm
      eventId={eventId}
      label="Close the safety event"
      busyLabel="Closing…"
      onDone={onDone}
      build={() => (followUpOn && followUpOn >= today() ? { step: 'closed', outcome: outcome as 'safe_with_plan', followUpOn, ...(details.trim() ? { details: details.trim() } : {}) } : 'Choose a follow-up date from today on.')}
    >
      {(err) => (
        <>
          <div className="row">
            <SelectField label="Outcome" value={outcome} onChange={(e) => setOutcome(e.target.value)} error={err('outcome')}>
              {Object.entries(OUTCOME_WORDS).map(([v, l]) => (
                <option key={v} value={v}>
                  {l}
                </option>
              ))}
            </SelectField>
            <TextField label="Follow up on" type="date" value={followUpOn} onChange={(e) => setFollowUpOn(e.target.value)} error={err('followUpOn')} />
          </div>
          <TextArea label="Closing note (optional)" rows={2} value={details} onChange={(e) => setDetails(e.target.value)} error={err('details')} />
        </>
      )}
    </StepForm>
  );
}
