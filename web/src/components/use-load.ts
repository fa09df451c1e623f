import { useCallback, useEffect, useState } from 'react';

export type Loaded<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'ready'; readonly data: T }
  | { readonly state: 'failed'; readonly error: unknown };

/**
 * Loads data for a page section; `reload` fetches again, `set` replaces the data after a save.
 * A stale answer (the key changed meanwhile) is dropped so one person's data never shows under
 * another's page.
 */
export function useLoad<T>(key: string, load: () => Promise<T>) {
  const [result, setResult] = useState<{ key: string; value: Loaded<T> }>({ key, value: { state: 'loading' } });
  const [generation, setGeneration] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `load` is rebuilt each render; `key` names what it loads.
  useEffect(() => {
    let live = true;
    setResult((r) => (r.key === key && r.value.state !== 'failed' ? r : { key, value: { state: 'loading' } }));
    load().then(
      (data) => live && setResult({ key, value: { state: 'ready', data } }),
      (error: unknown) => live && setResult({ key, value: { state: 'failed', error } }),
    );
    return () => {
      live = false;
    };
  }, [key, generation]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const set = useCallback((data: T) => setResult({ key, value: { state: 'ready', data } }), [key]);
  const value: Loaded<T> = result.key === key ? result.value : { state: 'loading' };
  return { ...value, reload, set } as Loaded<T> & { reload: () => void; set: (data: T) => void };
}
