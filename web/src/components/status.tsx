import type { ReactNode } from 'react';
import { messageOf } from '../api/client.ts';

/** Shown while something loads, announced politely to screen readers. */
export function Loading({ children }: { readonly children: ReactNode }) {
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {children}
    </p>
  );
}

/** A failure, with what to do next; `retry` offers to try again in place. */
export function Problem({ error, retry }: { readonly error: unknown; readonly retry?: () => void }) {
  return (
    <div className="problem" role="alert">
      <p>{messageOf(error)}</p>
      {retry && (
        <button type="button" className="button secondary" onClick={retry}>
          Try again
        </button>
      )}
    </div>
  );
}

/** A short confirmation after a save, read out by screen readers. */
export function Notice({ children }: { readonly children: ReactNode }) {
  return (
    <p className="notice" role="status">
      {children}
    </p>
  );
}
