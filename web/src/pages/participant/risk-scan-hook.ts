import { useEffect, useRef, useState } from 'react';
import { type RiskScan, riskApi } from './risk-api.ts';

/** How long typing must pause before the draft is checked. */
export const SCAN_PAUSE_MS = 400;

export type RiskCheck =
  | { readonly state: 'idle' }
  | { readonly state: 'checking'; readonly last: Checked | null }
  | { readonly state: 'ready'; readonly checked: Checked }
  | { readonly state: 'failed'; readonly last: Checked | null };

/** A check's answer together with the exact text it was about (offsets point into that text). */
export interface Checked {
  readonly text: string;
  readonly result: RiskScan;
}

/**
 * Checks the draft for risky disclosures while the peer types: after a pause, one request at a
 * time. A draft that changed while a check was running is not sent until that check returns, and
 * the returning answer is then dropped as stale — only the latest text is ever shown, and at most
 * one request is in flight. (The shared API client has no way to abort a fetch mid-way, so stale
 * checks are stopped before they are sent instead.)
 */
export function useRiskCheck(text: string, enabled: boolean): RiskCheck {
  const [check, setCheck] = useState<RiskCheck>({ state: 'idle' });
  const latest = useRef(text);
  const mounted = useRef(true);
  const inFlight = useRef(false);
  /** A pause ended while a check was running: check the latest text when it returns. */
  const pending = useRef(false);
  const lastChecked = useRef<Checked | null>(null);
  latest.current = text;

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  useEffect(() => {
    const send = async (draft: string): Promise<void> => {
      inFlight.current = true;
      try {
        const result = await riskApi.scan(draft);
        if (mounted.current && draft === latest.current) {
          lastChecked.current = { text: draft, result };
          setCheck({ state: 'ready', checked: lastChecked.current });
        }
      } catch {
        if (mounted.current && draft === latest.current) setCheck({ state: 'failed', last: lastChecked.current });
      } finally {
        inFlight.current = false;
      }
      if (mounted.current && pending.current) {
        pending.current = false;
        const next = latest.current;
        if (next.trim() && next !== draft) await send(next);
      }
    };

    if (!enabled || !text.trim()) {
      lastChecked.current = null;
      pending.current = false;
      setCheck({ state: 'idle' });
      return;
    }
    if (lastChecked.current?.text === text) {
      setCheck({ state: 'ready', checked: lastChecked.current });
      return;
    }
    setCheck({ state: 'checking', last: lastChecked.current });
    const timer = window.setTimeout(() => {
      if (inFlight.current) pending.current = true;
      else void send(text);
    }, SCAN_PAUSE_MS);
    return () => window.clearTimeout(timer);
  }, [text, enabled]);
  return check;
}
