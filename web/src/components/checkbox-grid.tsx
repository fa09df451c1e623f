import type { ReactNode } from 'react';

export interface CheckboxOption<T extends string> {
  readonly value: T;
  readonly label: ReactNode;
}

/**
 * A grid of labelled checkboxes for picking several of a list (categories, roles, staff). It goes
 * inside the caller's fieldset, whose legend names the choice; `onChange` gets the new selection.
 */
export function CheckboxGrid<T extends string>({ options, selected, onChange }: { readonly options: readonly CheckboxOption<T>[]; readonly selected: readonly T[]; readonly onChange: (next: T[]) => void }) {
  return (
    <div className="choice-grid">
      {options.map((o) => (
        <label key={o.value} className="choice">
          <input
            type="checkbox"
            checked={selected.includes(o.value)}
            onChange={(e) => onChange(e.target.checked ? [...selected.filter((x) => x !== o.value), o.value] : selected.filter((x) => x !== o.value))}
          />
          {o.label}
        </label>
      ))}
    </div>
  );
}
