import { type FormEvent, useState } from 'react';
import { ApiError } from '../../api/client.ts';
import type { ContactView } from '../../api/types.ts';
import { SelectField, SubmitButton, TextField } from '../../components/fields.tsx';
import { FormError } from '../../components/form-error.tsx';
import { paths } from '../../router/routes.ts';
import { navigate } from '../../router/router.tsx';
import { today } from '../format.ts';
import { markJustEnrolled } from '../participant/limits-prompt.ts';
import { type CreateParticipant, caseloadApi } from './caseload-api.ts';

type Kind = ContactView['kind'];
const KINDS: Readonly<Record<Kind, string>> = { family: 'Family', sponsor: 'Sponsor', friend: 'Friend', emergency: 'Emergency contact', other: 'Other' };

interface ContactDraft {
  readonly key: number;
  kind: Kind;
  name: string;
  relationship: string;
  phone: string;
}

type Field = 'givenName' | 'familyName' | 'preferredName' | 'pronouns' | 'dateOfBirth' | 'phone' | `contacts.${number}.${'name' | 'relationship' | 'phone'}`;
type Errors = Partial<Record<Field, string>>;

/** A phone number as people write it: digits, spaces, + ( ) - . and "ext", with at least 7 digits. */
const PHONE = /^[0-9+()\-.\s]*(?:(?:ext|x)\.?\s*[0-9]+)?$/i;
const phoneProblem = (v: string) => (v && (!PHONE.test(v) || (v.match(/[0-9]/g)?.length ?? 0) < 7) ? 'Enter a phone number with at least 7 digits, for example 555-0142.' : undefined);

/** The form's checks, in plain words, before anything is sent. */
function problems(p: { givenName: string; dateOfBirth: string; phone: string }, contacts: readonly ContactDraft[]): Errors {
  const e: Errors = {};
  if (!p.givenName.trim()) e.givenName = 'Enter the participant’s first name (the name they go by can go in “Preferred name”).';
  if (p.dateOfBirth) {
    if (Number.isNaN(Date.parse(p.dateOfBirth))) e.dateOfBirth = 'Enter the date of birth as a full date, or leave it empty.';
    else if (p.dateOfBirth > today()) e.dateOfBirth = 'The date of birth cannot be in the future. Check the year.';
    else if (p.dateOfBirth < '1900-01-01') e.dateOfBirth = 'Check the year of birth: it is before 1900.';
  }
  const phone = phoneProblem(p.phone.trim());
  if (phone) e.phone = phone;
  contacts.forEach((c, i) => {
    const used = c.name.trim() || c.relationship.trim() || c.phone.trim();
    if (used && !c.name.trim()) e[`contacts.${i}.name`] = 'Enter the contact’s name, or remove this contact.';
    const cp = phoneProblem(c.phone.trim());
    if (cp) e[`contacts.${i}.phone`] = cp;
  });
  return e;
}

/** The server names a field like `body.profile.contacts.0.name`: the same field here, in plain words. */
function fromServer(error: unknown): Errors {
  if (!(error instanceof ApiError) || !error.field) return {};
  const f = error.field.replace(/^body\.profile\./, '').replace(/\//g, '.');
  const plain: Record<string, string> = {
    givenName: 'Enter the participant’s first name, up to 100 characters.',
    familyName: 'Shorten the last name to 100 characters or fewer.',
    preferredName: 'Shorten the preferred name to 100 characters or fewer.',
    pronouns: 'Shorten the pronouns to 50 characters or fewer.',
    dateOfBirth: 'Enter the date of birth as a full date, or leave it empty.',
    phone: 'Shorten the phone number to 40 characters or fewer.',
  };
  if (plain[f]) return { [f]: plain[f] } as Errors;
  const c = /^contacts\.(\d+)\.(name|relationship|phone)$/.exec(f);
  if (c) return { [`contacts.${c[1]}.${c[2]}`]: `Check this contact’s ${c[2]}: ${error.message}` } as Errors;
  return {};
}

/**
 * Enrolling someone: who they are and how to reach them. A peer specialist who enrols a participant
 * has them on their caseload; a supervisor's enrolment joins their team. Afterwards the record
 * opens at the limits-of-confidentiality step, the first thing to go over with a new participant.
 */
export function EnrolParticipantForm({ onCancel, forSupervisor }: { readonly onCancel: () => void; readonly forSupervisor: boolean }) {
  const [givenName, setGivenName] = useState('');
  const [familyName, setFamilyName] = useState('');
  const [preferredName, setPreferredName] = useState('');
  const [pronouns, setPronouns] = useState('');
  const [dateOfBirth, setDateOfBirth] = useState('');
  const [phone, setPhone] = useState('');
  const [contacts, setContacts] = useState<ContactDraft[]>([]);
  const [nextKey, setNextKey] = useState(1);
  const [errors, setErrors] = useState<Errors>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const change = (i: number, patch: Partial<ContactDraft>) => setContacts(contacts.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  const addContact = () => {
    setContacts([...contacts, { key: nextKey, kind: 'family', name: '', relationship: '', phone: '' }]);
    setNextKey(nextKey + 1);
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const found = problems({ givenName, dateOfBirth, phone }, contacts);
    setErrors(found);
    setError(null);
    if (Object.keys(found).length > 0) {
      // Take the person to the first field to fix, once the messages are drawn.
      window.setTimeout(() => document.querySelector<HTMLElement>('.enrol-panel [aria-invalid="true"]')?.focus(), 0);
      return;
    }
    const opt = (v: string) => (v.trim() ? v.trim() : undefined);
    const profile: CreateParticipant['profile'] = {
      givenName: givenName.trim(),
      ...(opt(familyName) ? { familyName: opt(familyName) } : {}),
      ...(opt(preferredName) ? { preferredName: opt(preferredName) } : {}),
      ...(opt(pronouns) ? { pronouns: opt(pronouns) } : {}),
      ...(dateOfBirth ? { dateOfBirth } : {}),
      ...(opt(phone) ? { phone: opt(phone) } : {}),
      contacts: contacts
        .filter((c) => c.name.trim())
        .map((c) => ({ kind: c.kind, name: c.name.trim(), ...(opt(c.relationship) ? { relationship: opt(c.relationship) } : {}), ...(opt(c.phone) ? { phone: opt(c.phone) } : {}) })),
    };
    setBusy(true);
    try {
      const created = await caseloadApi.enrol({ profile });
      markJustEnrolled(created.id);
      navigate(paths.participant(created.id, 'limits'));
    } catch (err) {
      setErrors(fromServer(err));
      setError(err);
      setBusy(false);
    }
  };

  const err = (f: Field) => errors[f] ?? null;
  return (
    <form className="panel stack enrol-panel" onSubmit={submit} noValidate aria-labelledby="enrol-heading">
      <h2 id="enrol-heading">Enrol a participant</h2>
      <p className="hint">
        {forSupervisor
          ? 'They join your team’s participants; an administrator puts them on a peer specialist’s caseload.'
          : 'They join your caseload. Only the first name is needed now; the rest can be added later.'}{' '}
        Next, you go over the limits of confidentiality with them.
      </p>
      <div className="row">
        <TextField label="First name" name="givenName" autoComplete="off" maxLength={100} required value={givenName} onChange={(e) => setGivenName(e.target.value)} error={err('givenName')} />
        <TextField label="Last name (optional)" name="familyName" autoComplete="off" maxLength={100} value={familyName} onChange={(e) => setFamilyName(e.target.value)} error={err('familyName')} />
      </div>
      <div className="row">
        <TextField label="Preferred name (optional)" hint="The name they want to be called; lists show it." name="preferredName" autoComplete="off" maxLength={100} value={preferredName} onChange={(e) => setPreferredName(e.target.value)} error={err('preferredName')} />
        <TextField label="Pronouns (optional)" hint="For example she/her, he/him, they/them." name="pronouns" autoComplete="off" maxLength={50} value={pronouns} onChange={(e) => setPronouns(e.target.value)} error={err('pronouns')} />
      </div>
      <div className="row">
        <TextField label="Date of birth (optional)" type="date" name="dateOfBirth" max={today()} value={dateOfBirth} onChange={(e) => setDateOfBirth(e.target.value)} error={err('dateOfBirth')} />
        <TextField label="Phone (optional)" type="tel" name="phone" autoComplete="off" maxLength={40} value={phone} onChange={(e) => setPhone(e.target.value)} error={err('phone')} />
      </div>
      <div>
        <h3>Contacts</h3>
        <p className="hint">Family, a sponsor or a friend the participant names. Nothing is shared with them without a signed consent.</p>
        {contacts.map((c, i) => (
          <fieldset key={c.key} className="contact-row">
            <legend>Contact {i + 1}</legend>
            <div className="row">
              <SelectField label="Kind" value={c.kind} onChange={(e) => change(i, { kind: e.target.value as Kind })}>
                {Object.entries(KINDS).map(([v, l]) => (
                  <option key={v} value={v}>
                    {l}
                  </option>
                ))}
              </SelectField>
              <TextField label="Name" autoComplete="off" maxLength={200} value={c.name} onChange={(e) => change(i, { name: e.target.value })} error={err(`contacts.${i}.name`)} />
              <TextField label="Relationship (optional)" autoComplete="off" maxLength={100} value={c.relationship} onChange={(e) => change(i, { relationship: e.target.value })} error={err(`contacts.${i}.relationship`)} />
              <TextField label="Phone (optional)" type="tel" autoComplete="off" maxLength={40} value={c.phone} onChange={(e) => change(i, { phone: e.target.value })} error={err(`contacts.${i}.phone`)} />
            </div>
            <button type="button" className="button secondary small" onClick={() => setContacts(contacts.filter((_, j) => j !== i))}>
              Remove contact {i + 1}
            </button>
          </fieldset>
        ))}
        <button type="button" className="button secondary small" onClick={addContact}>
          Add a contact
        </button>
      </div>
      {Object.keys(errors).length > 0 ? (
        <p className="form-error" role="alert">
          Some details need fixing before the participant can be enrolled: see the messages by the fields.
        </p>
      ) : (
        <FormError error={error} fields={[]} />
      )}
      <div className="actions">
        <SubmitButton busy={busy} busyLabel="Enrolling…">
          Enrol and continue
        </SubmitButton>
        <button type="button" className="button secondary" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </form>
  );
}
