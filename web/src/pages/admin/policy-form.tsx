import { CheckboxGrid } from '../../components/checkbox-grid.tsx';
import { type FormEvent, useId, useState } from 'react';
import { SelectField, SubmitButton, TextField } from '../../components/fields.tsx';
import { FormError } from '../../components/form-error.tsx';
import { type PolicyProfileInput, policyApi, type PolicyProfileView } from './policy-api.ts';
import '../consents/consents.css';
import { DUTY_SOURCES, DUTY_WORDS, type Duty, type DutySource, profileLines, REPORTER_ROLES, type ReporterRole, US_STATES } from './policy-words.ts';

interface Draft {
  state: string;
  part2Program: boolean;
  hipaaCoveredEntity: boolean;
  duty: Duty | 'table';
  childAbuse: ReporterRole[];
  adultAbuse: ReporterRole[];
  sources: DutySource[];
  crisisNumbers: { label: string; number: string }[];
  reviewedOn: string;
}

function draftOf(p: PolicyProfileView): Draft {
  return {
    state: p.state ?? '',
    part2Program: p.part2Program,
    hipaaCoveredEntity: p.hipaaCoveredEntity,
    duty: (p.dutyToWarn as Duty | null) ?? 'table',
    childAbuse: p.mandatedReporters.childAbuse as ReporterRole[],
    adultAbuse: p.mandatedReporters.adultAbuse as ReporterRole[],
    sources: p.mandatedReporters.sources as DutySource[],
    crisisNumbers: p.crisisNumbers.map((c) => ({ ...c })),
    reviewedOn: p.reviewedOn ?? '',
  };
}

function inputOf(d: Draft): PolicyProfileInput {
  return {
    state: d.state || null,
    part2Program: d.part2Program,
    hipaaCoveredEntity: d.hipaaCoveredEntity,
    dutyToWarn: d.duty === 'table' ? null : d.duty,
    mandatedReporters: { childAbuse: d.childAbuse, adultAbuse: d.adultAbuse, sources: d.sources },
    crisisNumbers: d.crisisNumbers.map((c) => ({ label: c.label.trim(), number: c.number.trim() })),
    ...(d.reviewedOn ? { reviewedOn: d.reviewedOn } : {}),
  };
}

/** Editing the profile; saving asks for a confirmation that names the new version and what changes. */
export function PolicyForm({ current, onCancel, onSaved }: { readonly current: PolicyProfileView; readonly onCancel: () => void; readonly onSaved: (p: PolicyProfileView) => void }) {
  const ids = useId();
  const [d, setD] = useState<Draft>(() => draftOf(current));
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const set = (patch: Partial<Draft>) => setD((x) => ({ ...x, ...patch }));
  const next = current.version + 1;
  const before = new Map(profileLines(current).map((l) => [l.key, l.value]));
  const changes = profileLines(inputOf(d)).filter((l) => before.get(l.key) !== l.value);

  const review = (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    if (d.crisisNumbers.some((c) => !c.label.trim() || !c.number.trim())) return setProblem('Each crisis number needs a name and the number to dial. Fill both in, or remove the row.');
    if (changes.length === 0) return setProblem('Nothing is different from the version in force. Change an answer, or cancel.');
    setProblem(null);
    setConfirming(true);
  };

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      onSaved(await policyApi.save(inputOf(d)));
    } catch (err) {
      setError(err);
      setConfirming(false);
      setBusy(false);
    }
  };

  if (confirming) {
    return (
      <section className="panel stack confirm-version" aria-labelledby={`${ids}-confirm`}>
        <h3 id={`${ids}-confirm`}>Save these changes as version {next}?</h3>
        <p>
          Version {current.version} stays on record, and every decision already made keeps the version it used. From now on, “May I share this?” uses version {next}.
        </p>
        <ul className="changes">
          {changes.map((c) => (
            <li key={c.key}>
              <strong>{c.label}:</strong> {before.get(c.key)} → {c.value}
            </li>
          ))}
        </ul>
        <div className="actions">
          <button type="button" className="button" onClick={save} disabled={busy} aria-busy={busy || undefined}>
            {busy ? `Saving version ${next}…` : `Save as version ${next}`}
          </button>
          <button type="button" className="button secondary" onClick={() => setConfirming(false)} disabled={busy}>
            Go back to editing
          </button>
        </div>
      </section>
    );
  }

  return (
    <form className="panel stack policy-form" onSubmit={review} noValidate>
      <h3>Change the policy profile</h3>
      <SelectField label="State whose law applies" name="state" value={d.state} onChange={(e) => set({ state: e.target.value })}>
        <option value="">None (federal rules only)</option>
        {Object.entries(US_STATES).map(([code, name]) => (
          <option key={code} value={code}>
            {name}
          </option>
        ))}
      </SelectField>
      <YesNo legend="Is this a substance use disorder program under 42 CFR Part 2?" name={`${ids}-part2`} value={d.part2Program} onChange={(v) => set({ part2Program: v })} />
      <YesNo legend="Is the organization a HIPAA covered entity?" name={`${ids}-hipaa`} value={d.hipaaCoveredEntity} onChange={(v) => set({ hipaaCoveredEntity: v })} />
      <fieldset className="pk-fieldset">
        <legend>Duty to warn or protect in your state</legend>
        {(Object.keys(DUTY_WORDS) as (Duty | 'table')[]).map((k) => (
          <label key={k} className="choice">
            <input type="radio" name={`${ids}-duty`} checked={d.duty === k} onChange={() => set({ duty: k })} />
            {DUTY_WORDS[k].label}
          </label>
        ))}
      </fieldset>
      <Roles legend="Who must report child abuse" value={d.childAbuse} onChange={(childAbuse) => set({ childAbuse })} />
      <Roles legend="Who must report abuse of vulnerable adults" value={d.adultAbuse} onChange={(adultAbuse) => set({ adultAbuse })} />
      <fieldset className="pk-fieldset">
        <legend>Why they must report</legend>
        <CheckboxGrid options={(Object.keys(DUTY_SOURCES) as DutySource[]).map((s) => ({ value: s, label: DUTY_SOURCES[s] }))} selected={d.sources} onChange={(sources) => set({ sources })} />
      </fieldset>
      <fieldset className="pk-fieldset">
        <legend>Local crisis numbers</legend>
        <p className="hint">For example the county’s mobile crisis team. 988 and 911 are always offered; you need not add them.</p>
        {d.crisisNumbers.map((c, i) => (
          // Rows have no id of their own; they are edited in place and saved as a list.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <div className="row crisis-row" key={i}>
            <TextField label={`Name of number ${i + 1}`} maxLength={100} value={c.label} onChange={(e) => set({ crisisNumbers: d.crisisNumbers.map((x, j) => (j === i ? { ...x, label: e.target.value } : x)) })} />
            <TextField label={`Number to dial ${i + 1}`} type="tel" maxLength={40} value={c.number} onChange={(e) => set({ crisisNumbers: d.crisisNumbers.map((x, j) => (j === i ? { ...x, number: e.target.value } : x)) })} />
            <button type="button" className="button secondary small" onClick={() => set({ crisisNumbers: d.crisisNumbers.filter((_, j) => j !== i) })}>
              Remove number {i + 1}
            </button>
          </div>
        ))}
        {d.crisisNumbers.length < 20 && (
          <p>
            <button type="button" className="button secondary small" onClick={() => set({ crisisNumbers: [...d.crisisNumbers, { label: '', number: '' }] })}>
              Add a crisis number
            </button>
          </p>
        )}
      </fieldset>
      <TextField label="Legal content last reviewed on" hint="The day you last checked these answers against the law." type="date" name="reviewedOn" value={d.reviewedOn} onChange={(e) => set({ reviewedOn: e.target.value })} />
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      <FormError error={error} fields={[]} />
      <div className="actions">
        <SubmitButton busy={false} busyLabel="">
          Review the changes
        </SubmitButton>
        <button type="button" className="button secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function YesNo({ legend, name, value, onChange }: { readonly legend: string; readonly name: string; readonly value: boolean; readonly onChange: (v: boolean) => void }) {
  return (
    <fieldset className="pk-fieldset">
      <legend>{legend}</legend>
      <div className="choice-row">
        <label className="choice">
          <input type="radio" name={name} checked={value} onChange={() => onChange(true)} />
          Yes
        </label>
        <label className="choice">
          <input type="radio" name={name} checked={!value} onChange={() => onChange(false)} />
          No
        </label>
      </div>
    </fieldset>
  );
}

function Roles({ legend, value, onChange }: { readonly legend: string; readonly value: readonly ReporterRole[]; readonly onChange: (v: ReporterRole[]) => void }) {
  return (
    <fieldset className="pk-fieldset">
      <legend>{legend}</legend>
      <CheckboxGrid options={(Object.keys(REPORTER_ROLES) as ReporterRole[]).map((r) => ({ value: r, label: REPORTER_ROLES[r] }))} selected={value} onChange={onChange} />
    </fieldset>
  );
}
