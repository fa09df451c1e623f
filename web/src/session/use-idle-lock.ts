import { useEffect, useRef } from 'react';
import { api } from '../api/endpoints.ts';

const ACTIVITY = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'scroll'] as const;
const CHECK_EVERY_MS = 5_000;
const KEEP_ALIVE_EVERY_MS = 60_000;

/**
 * Locks the screen after the organization's idle minutes without keyboard, mouse or touch. While
 * the person is active (typing a long note makes no requests) the server session is kept alive
 * once a minute, so a save after ten minutes of typing does not meet an expired session.
 */
export function useIdleLock(idleMinutes: number, onIdle: () => void): void {
  const lastActivity = useRef(Date.now());
  const lastPing = useRef(Date.now());
  const onIdleRef = useRef(onIdle);
  onIdleRef.current = onIdle;

  useEffect(() => {
    const limit = idleMinutes * 60_000;
    lastActivity.current = Date.now();
    const touch = () => {
      lastActivity.current = Date.now();
    };
    for (const e of ACTIVITY) window.addEventListener(e, touch, { passive: true, capture: true });
    const timer = window.setInterval(() => {
      const now = Date.now();
      if (now - lastActivity.current >= limit) {
        onIdleRef.current();
        return;
      }
      if (lastActivity.current > lastPing.current && now - lastPing.current >= KEEP_ALIVE_EVERY_MS) {
        lastPing.current = now;
        api.session().catch(() => {});
      }
    }, CHECK_EVERY_MS);
    return () => {
      window.clearInterval(timer);
      for (const e of ACTIVITY) window.removeEventListener(e, touch, { capture: true });
    };
  }, [idleMinutes]);
}
