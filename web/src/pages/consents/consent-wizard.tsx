import { CheckboxGrid } from '../../components/checkbox-grid.tsx';
import { type FormEvent, useId, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import { SubmitButton, TextArea, TextField } from '../../components/fields.tsx';
import { CATEGORIES, CATEGORY_LABELS, type Category, type ConsentInput, type ConsentView, consentApi, PURPOSE_LABELS, PURPOSES, type Purpose, todayIso } from './consent-api.ts';
import { SignaturePad } from './signature-pad.tsx';

/** Where the server's refusal goes: each element it can name, mapped to the part of the form that fixes it. */
type Slot = 'recipient' | 'categories' | 'purpose' | 'expiry' | 'signature' | 'part2' | 'form';
const SLOT_OF: Readonly<Record<string, Slot>> = {
  recipient: 'recipient',
  information: 'categories',
  specific_information: 'categories',
  separate_notes_consent: 'categories',
  categories: 'categories',
  purpose: 'purpose',
  purposes: 'purpose',
  purposeDescription: 'purpose',
  separate_proceedings_consent: 'purpose',
  expiry: 'expiry',
  signature: 'signature',
  representative_authority: 'signature',
  typedName: 'signature',
  image: 'signature',
  signedOn: 'signature',
  right_to_revoke_statement: 'part2',
  conditioning_statement: 'part2',
  redisclosure_statement: 'part2',
  irrevocability_event: 'part2',
  criminalJustice: 'part2',
};

function slotOf(error: unknown): Slot {
  if (!(error instanceof ApiError) || !error.field) return 'form';
  const parts = error.field.split('.');
  for (const part of [...parts].reverse()) {
    const s = SLOT_OF[part];
    if (s) return s;
  }
  return 'form';
}

/** The server's words, without the long list of every element when it named the first. */
function words(error: unknown): string {
  return error instanceof Error ? error.message : 'Something unexpected happened. Reload the page and try again.';
}

/**
 * The Release of Information wizard: recipient, information, purpose, end, (Part 2 statements),
 * signature. The server checks completeness; its refusal is shown beside the part it names.
 */
export function ConsentWizard({ participantId, part2, onSaved, onCancel }: { readonly participantId: string; readonly part2: boolean; readonly onSaved: (c: ConsentView) => void; readonly onCancel: () => void }) {
  const ids = useId();
  const [personName, setPersonName] = useState('');
  const [personContact, setPersonContact] = useState('');
  const [orgName, setOrgName] = useState('');
  const [orgContact, setOrgContact] = useState('');
  const [categories, setCategories] = useState<Category[]>([]);
  const [purpose, setPurpose] = useState<Purpose | ''>('');
  const [purposeDescription, setPurposeDescription] = useState('');
  const [expiryKind, setExpiryKind] = useState<'date' | 'event'>('date');
  const [expiryOn, setExpiryOn] = useState('');
  const [expiryEvent, setExpiryEvent] = useState('');
  const [statements, setStatements] = useState({ rightToRevoke: !part2, conditioning: !part2, redisclosure: !part2 });
  const [criminalJustice, setCriminalJustice] = useState(false);
  const [referrer, setReferrer] = useState('');
  const [irrevocableUntil, setIrrevocableUntil] = useState('');
  const [method, setMethod] = useState<'drawn' | 'typed'>('drawn');
  const [image, setImage] = useState<string | null>(null);
  const [typedName, setTypedName] = useState('');
  const [signedOn, setSignedOn] = useState(todayIso());
  const [signer, setSigner] = useState<'participant' | 'representative'>('participant');
  const [authority, setAuthority] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const slot = error ? slotOf(error) : null;
  const errorIn = (s: Slot) => (slot === s ? words(error) : null);


  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const party = (name: string, contact: string) => (name.trim() ? { name: name.trim(), ...(contact.trim() ? { contact: contact.trim() } : {}) } : undefined);
    const person = party(personName, personContact);
    const organization = party(orgName, orgContact);
    const sigMark = method === 'drawn' ? (image ? { image } : {}) : typedName.trim() ? { typedName: typedName.trim() } : {};
    const input: ConsentInput = {
      recipient: { ...(person ? { person } : {}), ...(organization ? { organization } : {}) },
      categories,
      purposes: purpose ? [purpose] : [],
      purposeDescription: purposeDescription.trim(),
      ...(expiryKind === 'date' ? (expiryOn ? { expiry: { kind: 'date', on: expiryOn } } : {}) : expiryEvent.trim() ? { expiry: { kind: 'event', event: expiryEvent.trim() } } : {}),
      ...((method === 'drawn' && image) || (method === 'typed' && typedName.trim())
        ? { signature: { method, signedOn, signer, ...(signer === 'representative' && authority.trim() ? { representativeAuthority: authority.trim() } : {}), ...sigMark } }
        : {}),
      statements,
      ...(part2 && criminalJustice ? { criminalJustice: { referrer: referrer.trim() || '-', irrevocableUntil: irrevocableUntil.trim() } } : {}),
    };
    try {
      onSaved(await consentApi.createConsent(participantId, input));
    } catch (err) {
      setError(err);
      setBusy(false);
      requestAnimationFrame(() => document.querySelector<HTMLElement>('.consent-wizard .field-error, .consent-wizard .form-error')?.focus());
      return;
    }
    setBusy(false);
  };

  const fieldsetError = (s: Slot) => {
    const msg = errorIn(s);
    return msg ? (
      <p className="field-error" id={`${ids}-${s}-error`} role="alert" tabIndex={-1}>
        {msg}
      </p>
    ) : null;
  };
  const fsProps = (s: Slot) => ({ className: errorIn(s) ? 'pk-fieldset has-error' : 'pk-fieldset', 'aria-describedby': errorIn(s) ? `${ids}-${s}-error` : undefined });

  return (
    <form className="stack consent-wizard" onSubmit={submit} noValidate aria-labelledby={`${ids}-title`}>
      <h3 id={`${ids}-title`}>New consent to share information (Release of Information)</h3>
      <p className="hint">Fill this in with the participant. Every part is required; PeerKeep says what is missing before anything is saved.</p>

      <fieldset {...fsProps('recipient')}>
        <legend>1. Who will receive the information</legend>
        <p className="hint">A person, an organization, or both, with where the information may be sent.</p>
        {fieldsetError('recipient')}
        <div className="row">
          <TextField label="Person’s name" value={personName} onChange={(e) => setPersonName(e.target.value)} autoComplete="off" />
          <TextField label="Person’s contact (phone, fax, e-mail or address)" value={personContact} onChange={(e) => setPersonContact(e.target.value)} autoComplete="off" />
        </div>
        <div className="row">
          <TextField label="Organization’s name" value={orgName} onChange={(e) => setOrgName(e.target.value)} autoComplete="off" />
          <TextField label="Organization’s contact" value={orgContact} onChange={(e) => setOrgContact(e.target.value)} autoComplete="off" />
        </div>
      </fieldset>

      <fieldset {...fsProps('categories')}>
        <legend>2. What information may be shared</legend>
        <p className="hint">Tick only what the participant agrees to. Counselling and psychotherapy notes need a consent of their own.</p>
        {fieldsetError('categories')}
        <CheckboxGrid options={CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABELS[c] }))} selected={categories} onChange={setCategories} />
      </fieldset>

      <fieldset {...fsProps('purpose')}>
        <legend>3. Why it will be shared</legend>
        {fieldsetError('purpose')}
        <div className="field">
          <label htmlFor={`${ids}-purpose`}>Purpose</label>
          <select id={`${ids}-purpose`} value={purpose} onChange={(e) => setPurpose(e.target.value as Purpose | '')}>
            <option value="">Choose a purpose</option>
            {PURPOSES.map((p) => (
              <option key={p} value={p}>
                {PURPOSE_LABELS[p]}
              </option>
            ))}
          </select>
        </div>
        <TextArea label="The purpose in the participant’s words" hint="“At my request” is enough when the participant asks for it." rows={2} value={purposeDescription} onChange={(e) => setPurposeDescription(e.target.value)} />
      </fieldset>

      <fieldset {...fsProps('expiry')}>
        <legend>4. When the consent ends</legend>
        {fieldsetError('expiry')}
        <div className="actions">
          <label className="choice">
            <input type="radio" name={`${ids}-expiry`} checked={expiryKind === 'date'} onChange={() => setExpiryKind('date')} />
            On a date
          </label>
          <label className="choice">
            <input type="radio" name={`${ids}-expiry`} checked={expiryKind === 'event'} onChange={() => setExpiryKind('event')} />
            When something happens
          </label>
        </div>
        {expiryKind === 'date' ? (
          <TextField label="End date" type="date" min={todayIso()} value={expiryOn} onChange={(e) => setExpiryOn(e.target.value)} />
        ) : (
          <TextField label="The event that ends it" hint="For example: “when I finish the program”." value={expiryEvent} onChange={(e) => setExpiryEvent(e.target.value)} />
        )}
      </fieldset>

      {part2 && (
        <fieldset {...fsProps('part2')}>
          <legend>5. Federal substance use rules (42 CFR Part 2)</legend>
          <p className="hint">This program is covered by Part 2. Read each statement to the participant, then tick it. The notice against further sharing is printed on the form.</p>
          {fieldsetError('part2')}
          <label className="choice">
            <input type="checkbox" checked={statements.rightToRevoke} onChange={(e) => setStatements({ ...statements, rightToRevoke: e.target.checked })} />
            They can take back this consent at any time, in writing or out loud, except for what was already shared.
          </label>
          <label className="choice">
            <input type="checkbox" checked={statements.conditioning} onChange={(e) => setStatements({ ...statements, conditioning: e.target.checked })} />
            Their services do not depend on signing.
          </label>
          <label className="choice">
            <input type="checkbox" checked={statements.redisclosure} onChange={(e) => setStatements({ ...statements, redisclosure: e.target.checked })} />
            The recipient may not share it further, except as the law allows.
          </label>
          <label className="choice">
            <input type="checkbox" checked={criminalJustice} onChange={(e) => setCriminalJustice(e.target.checked)} />
            This consent is a condition set by a court, probation or parole
          </label>
          {criminalJustice && (
            <div className="row">
              <TextField label="Who referred the participant" value={referrer} onChange={(e) => setReferrer(e.target.value)} />
              <TextField label="Cannot be taken back until (event or date)" value={irrevocableUntil} onChange={(e) => setIrrevocableUntil(e.target.value)} />
            </div>
          )}
        </fieldset>
      )}

      <fieldset {...fsProps('signature')}>
        <legend>{part2 ? '6' : '5'}. Signature and date</legend>
        {fieldsetError('signature')}
        <div className="actions" role="radiogroup" aria-label="How the participant signs">
          <label className="choice">
            <input type="radio" name={`${ids}-method`} checked={method === 'drawn'} onChange={() => setMethod('drawn')} />
            Draw the signature on the screen
          </label>
          <label className="choice">
            <input type="radio" name={`${ids}-method`} checked={method === 'typed'} onChange={() => setMethod('typed')} />
            Type the name instead (for keyboard use)
          </label>
        </div>
        {method === 'drawn' ? (
          <>
            <p className="hint" id={`${ids}-pad-hint`}>
              The participant signs in the box with a mouse, a finger or a pen. If a keyboard is easier, choose “Type the name instead”.
            </p>
            <SignaturePad onChange={setImage} describedBy={`${ids}-pad-hint`} />
            <p className="muted" aria-live="polite">
              {image ? 'Signature drawn.' : 'Not signed yet.'}
            </p>
          </>
        ) : (
          <TextField label="Name typed by the participant" value={typedName} onChange={(e) => setTypedName(e.target.value)} autoComplete="off" />
        )}
        <div className="actions">
          <label className="choice">
            <input type="radio" name={`${ids}-signer`} checked={signer === 'participant'} onChange={() => setSigner('participant')} />
            Signed by the participant
          </label>
          <label className="choice">
            <input type="radio" name={`${ids}-signer`} checked={signer === 'representative'} onChange={() => setSigner('representative')} />
            Signed by a representative
          </label>
        </div>
        {signer === 'representative' && <TextField label="The representative’s authority" hint="Guardian, health care agent, parent of a minor…" value={authority} onChange={(e) => setAuthority(e.target.value)} />}
        <TextField label="Date signed" type="date" max={todayIso()} value={signedOn} onChange={(e) => setSignedOn(e.target.value)} />
      </fieldset>

      {slot === 'form' && (
        <p className="form-error" role="alert" tabIndex={-1}>
          {words(error)}
        </p>
      )}
      <div className="actions">
        <SubmitButton busy={busy} busyLabel="Saving the consent…">
          Save the consent
        </SubmitButton>
        <button type="button" className="button secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
