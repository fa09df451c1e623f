/**
 * The one way the browser talks to the API. The session lives only in the httpOnly cookie; the
 * CSRF token is held in memory (never in storage) and sent on every write.
 */

/** A failed request, with the server's words for what to do next and the field at fault. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

let csrfToken: string | null = null;
const unauthenticatedListeners = new Set<() => void>();

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Called when a signed-in request comes back 401 (the session ended): the app locks. */
export function onSessionEnded(listener: () => void): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

const OFFLINE = 'PeerKeep could not be reached. Check your network connection, then try again.';

/** Sends one request; resolves with the JSON body, or rejects with an ApiError. */
export async function request<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(path, { method, headers, credentials: 'same-origin', ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  } catch {
    throw new ApiError(0, 'network', OFFLINE);
  }
  const parsed: unknown = await response.json().catch(() => null);
  if (response.ok) return parsed as T;
  const err = errorBody(parsed);
  // Sign-in steps answer 401 for a wrong password; only other routes mean "your session ended".
  if (response.status === 401 && !path.startsWith('/api/auth/')) for (const l of unauthenticatedListeners) l();
  throw new ApiError(response.status, err.error, err.message ?? fallbackMessage(response.status), err.field);
}

function errorBody(value: unknown): { error: string; message?: string; field?: string } {
  if (typeof value !== 'object' || value === null) return { error: 'unknown' };
  const v = value as Record<string, unknown>;
  return {
    error: typeof v['error'] === 'string' ? v['error'] : 'unknown',
    ...(typeof v['message'] === 'string' ? { message: v['message'] } : {}),
    ...(typeof v['field'] === 'string' ? { field: v['field'] } : {}),
  };
}

function fallbackMessage(status: number): string {
  if (status >= 500) return 'Something went wrong on the server. Nothing was half-saved; try again in a moment.';
  return 'The request was refused. Reload the page and try again.';
}

/** The message of any failure, in words a person can act on. */
export function messageOf(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return 'Something unexpected happened in this page. Reload it and try again.';
}

/**
 * Which of a form's fields an error is about: the server names a path such as `body.profile.givenName`
 * or just `code`; the form knows its own field names.
 */
export function fieldOf(error: unknown, fields: readonly string[]): string | null {
  if (!(error instanceof ApiError) || !error.field) return null;
  const f = error.field;
  return fields.find((name) => f === name || f.endsWith(`.${name}`)) ?? null;
}
