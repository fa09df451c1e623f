import { fieldOf, messageOf } from '../api/client.ts';

/**
 * The part of a failed save that no single field owns (a network failure, a refusal), shown above
 * the form's buttons; errors about one field are shown next to that field instead.
 */
export function FormError({ error, fields }: { readonly error: unknown; readonly fields: readonly string[] }) {
  if (!error || fieldOf(error, fields)) return null;
  return (
    <p className="form-error" role="alert">
      {messageOf(error)}
    </p>
  );
}

/** The message for one field, when the error is about it. */
export function errorFor(error: unknown, field: string, fields: readonly string[]): string | null {
  return fieldOf(error, fields) === field ? messageOf(error) : null;
}
