import { type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes, useId } from 'react';

interface FieldFrame {
  readonly label: string;
  readonly hint?: ReactNode;
  readonly error?: string | null;
}

/** Label, hint and error wired to the control (aria-describedby, aria-invalid). */
function useFieldIds(hint: unknown, error: unknown) {
  const id = useId();
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return { id, described };
}

function Frame({ id, label, hint, error, children }: FieldFrame & { readonly id: string; readonly children: ReactNode }) {
  return (
    <div className={error ? 'field has-error' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {children}
      {error && (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
    </div>
  );
}

export function TextField({ label, hint, error, ...input }: FieldFrame & InputHTMLAttributes<HTMLInputElement>) {
  const { id, described } = useFieldIds(hint, error);
  return (
    <Frame id={id} label={label} hint={hint} error={error}>
      <input id={id} aria-describedby={described} aria-invalid={error ? true : undefined} {...input} />
    </Frame>
  );
}

export function TextArea({ label, hint, error, ...area }: FieldFrame & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const { id, described } = useFieldIds(hint, error);
  return (
    <Frame id={id} label={label} hint={hint} error={error}>
      <textarea id={id} aria-describedby={described} aria-invalid={error ? true : undefined} {...area} />
    </Frame>
  );
}

export function SelectField({ label, hint, error, children, ...select }: FieldFrame & SelectHTMLAttributes<HTMLSelectElement>) {
  const { id, described } = useFieldIds(hint, error);
  return (
    <Frame id={id} label={label} hint={hint} error={error}>
      <select id={id} aria-describedby={described} aria-invalid={error ? true : undefined} {...select}>
        {children}
      </select>
    </Frame>
  );
}

/** A submit button that says what it is doing while the request runs. */
export function SubmitButton({ busy, busyLabel, children, className }: { readonly busy: boolean; readonly busyLabel: string; readonly children: ReactNode; readonly className?: string }) {
  return (
    <button type="submit" className={className ?? 'button'} disabled={busy} aria-busy={busy || undefined}>
      {busy ? (
        <>
          <span className="spinner" aria-hidden="true" />
          {busyLabel}
        </>
      ) : (
        children
      )}
    </button>
  );
}
