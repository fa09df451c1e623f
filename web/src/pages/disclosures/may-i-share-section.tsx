import { CheckboxGrid } from '../../components/checkbox-grid.tsx';
import { type FormEvent, useId, useState } from 'react';
import { ApiError, messageOf } from '../../api/client.ts';
import { SubmitButton, TextField } from '../../components/fields.tsx';
import { useLoad } from '../../components/use-load.ts';
import { CATEGORY_LABELS, type Category, consentApi, type DecisionRequest, type DecisionView, type Purpose, type RecipientType, recipientWords } from '../consents/consent-api.ts';
import { DecisionResult } from './decision-result.tsx';
import { ABUSE_LABELS, CATEGORY_CHOICES, LEGAL_LABELS, PURPOSE_CHOICES, PURPOSE_WORDS, RECIPIENT_CHOICES, RECIPIENT_LABELS, RISK_LABELS } from './share-words.ts';
import '../consents/consents.css';

type Risk = NonNullable<DecisionRequest['risk']>;
type Abuse = NonNullable<DecisionRequest['abuse']>;
type Legal = NonNullable<DecisionRequest['legal']>;

/**
 * "May I share this?": the user names the recipient, what and why, and answers what the record
 * cannot know; PeerKeep adds the consents on file and the program's rules, decides and explains.
 */
export function MayIShareSection({ participantId }: { readonly participantId: string }) {
  const ids = useId();
  const consents = useLoad(`consents:${participantId}`, () => consentApi.consents(participantId));
  const [recipientType, setRecipientType] = useState<RecipientType | ''>('');
  const [person, setPerson] = useState('');
  const [organization, setOrganization] = useState('');
  const [contact, setContact] = useState('');
  const [categories, setCategories] = useState<Category[]>([]);
  const [purpose, setPurpose] = useState<Purpose | ''>('');
  const [risk, setRisk] = useState<Risk>('none');
  const [abuse, setAbuse] = useState<Abuse>('none');
  const [legal, setLegal] = useState<Legal>('none');
  const [presentAndAgrees, setPresentAndAgrees] = useState(false);
  const [requestedBy, setRequestedBy] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [decision, setDecision] = useState<DecisionView | null>(null);

  const fromConsent = (id: string) => {
    const c = consents.state === 'ready' ? consents.data.find((x) => x.id === id) : undefined;
    if (!c) return;
    setPerson(c.recipient.person?.name ?? '');
    setOrganization(c.recipient.organization?.name ?? '');
    setContact(c.recipient.person?.contact ?? c.recipient.organization?.contact ?? '');
  };
  const fieldError = (name: string) => (error instanceof ApiError && error.field && error.field.endsWith(name) ? error.message : null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    setDecision(null);
    if (!recipientType) return setError(new ApiError(400, 'invalid', 'Choose who would receive the information.', 'recipientType'));
    if (categories.length === 0) return setError(new ApiError(400, 'invalid', 'Tick at least one kind of information you would share.', 'categories'));
    if (!purpose) return setError(new ApiError(400, 'invalid', 'Choose why you would share it.', 'purpose'));
    setBusy(true);
    try {
      const input: DecisionRequest = {
        recipientType,
        recipient: { ...(person.trim() ? { person: person.trim() } : {}), ...(organization.trim() ? { organization: organization.trim() } : {}), ...(contact.trim() ? { contact: contact.trim() } : {}) },
        purpose,
        categories,
        risk,
        abuse,
        legal,
        ...(presentAndAgrees ? { participant: { presentAndAgrees: true } } : {}),
        ...(requestedBy.trim() ? { requestedBy: requestedBy.trim() } : {}),
      };
      setDecision(await consentApi.decide(participantId, input));
    } catch (err) {
      setError(err);
    }
    setBusy(false);
  };

  const groupError = (name: string) => {
    const m = fieldError(name);
    return m ? (
      <p className="field-error" id={`${ids}-${name}-error`} role="alert">
        {m}
      </p>
    ) : null;
  };

  return (
    <div className="may-i-share">
      <p className="section-intro">Answer the questions below. PeerKeep checks the consents on file and the program’s rules, then says whether you may share, why, and what you must do.</p>
      <form className="stack" onSubmit={submit} noValidate>
        <fieldset className={fieldError('recipientType') ? 'pk-fieldset has-error' : 'pk-fieldset'}>
          <legend>Who would receive it</legend>
          {groupError('recipientType')}
          <div className="field">
            <label htmlFor={`${ids}-type`}>Kind of recipient</label>
            <select id={`${ids}-type`} value={recipientType} aria-invalid={fieldError('recipientType') ? true : undefined} onChange={(e) => setRecipientType(e.target.value as RecipientType | '')}>
              <option value="">Choose who</option>
              {RECIPIENT_CHOICES.map((r) => (
                <option key={r} value={r}>
                  {RECIPIENT_LABELS[r]}
                </option>
              ))}
            </select>
          </div>
          {consents.state === 'ready' && consents.data.some((c) => c.status === 'active') && (
            <div className="field">
              <label htmlFor={`${ids}-from`}>Fill in a recipient named in a consent (optional)</label>
              <select id={`${ids}-from`} defaultValue="" onChange={(e) => fromConsent(e.target.value)}>
                <option value="">Choose a consent</option>
                {consents.data
                  .filter((c) => c.status === 'active')
                  .map((c) => (
                    <option key={c.id} value={c.id}>
                      {recipientWords(c.recipient)}
                    </option>
                  ))}
              </select>
            </div>
          )}
          <div className="row">
            <TextField label="Person’s name" value={person} onChange={(e) => setPerson(e.target.value)} autoComplete="off" />
            <TextField label="Organization" value={organization} onChange={(e) => setOrganization(e.target.value)} autoComplete="off" />
          </div>
          <TextField label="Where it would be sent (phone, fax, e-mail)" value={contact} onChange={(e) => setContact(e.target.value)} autoComplete="off" />
        </fieldset>

        <fieldset className={fieldError('categories') ? 'pk-fieldset has-error' : 'pk-fieldset'}>
          <legend>What you would share</legend>
          {groupError('categories')}
          <CheckboxGrid options={CATEGORY_CHOICES.map((c) => ({ value: c, label: CATEGORY_LABELS[c] }))} selected={categories} onChange={setCategories} />
        </fieldset>

        <fieldset className={fieldError('purpose') ? 'pk-fieldset has-error' : 'pk-fieldset'}>
          <legend>Why</legend>
          {groupError('purpose')}
          <div className="field">
            <label htmlFor={`${ids}-purpose`}>Purpose of sharing</label>
            <select id={`${ids}-purpose`} value={purpose} aria-invalid={fieldError('purpose') ? true : undefined} onChange={(e) => setPurpose(e.target.value as Purpose | '')}>
              <option value="">Choose why</option>
              {PURPOSE_CHOICES.map((p) => (
                <option key={p} value={p}>
                  {PURPOSE_WORDS[p]}
                </option>
              ))}
            </select>
          </div>
        </fieldset>

        <fieldset className="pk-fieldset">
          <legend>What the record cannot know</legend>
          <p className="hint">Answer from what you know now. If you are unsure about risk, choose the more serious answer and talk to your supervisor.</p>
          <div className="row">
            <Choice label="Is anyone at risk of harm?" value={risk} options={RISK_LABELS} onChange={setRisk} />
            <Choice label="Has the participant told you about abuse?" value={abuse} options={ABUSE_LABELS} onChange={setAbuse} />
            <Choice label="Do you have legal papers?" value={legal} options={LEGAL_LABELS} onChange={setLegal} />
          </div>
          <label className="choice">
            <input type="checkbox" checked={presentAndAgrees} onChange={(e) => setPresentAndAgrees(e.target.checked)} />
            The participant is here with me and agrees out loud to this sharing
          </label>
          <TextField label="Who is asking (optional)" hint="For example: “Dr. Kestrel called the office”." value={requestedBy} onChange={(e) => setRequestedBy(e.target.value)} autoComplete="off" />
        </fieldset>

        {error !== null && !(error instanceof ApiError && ['recipientType', 'categories', 'purpose'].some((f) => error.field?.endsWith(f))) && (
          <p className="form-error" role="alert">
            {messageOf(error)}
          </p>
        )}
        <div className="actions">
          <SubmitButton busy={busy} busyLabel="Checking the consents and rules…">
            Check whether I may share
          </SubmitButton>
        </div>
      </form>
      {decision && <DecisionResult key={decision.id} decision={decision} onChange={setDecision} />}
    </div>
  );
}

function Choice<T extends string>({ label, value, options, onChange }: { readonly label: string; readonly value: T; readonly options: Readonly<Record<T, string>>; readonly onChange: (v: T) => void }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as T)}>
        {(Object.keys(options) as T[]).map((k) => (
          <option key={k} value={k}>
            {options[k]}
          </option>
        ))}
      </select>
    </div>
  );
}
