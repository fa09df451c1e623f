import { useEffect, useRef, useState } from 'react';
import { messageOf } from '../../api/client.ts';
import type { DisclosureView } from '../consents/consent-api.ts';
import { decisionApi } from './decision-api.ts';
import { Packet } from './packet.tsx';

/**
 * "Print the packet" for a disclosure recorded earlier (after a reload, or from the list of
 * disclosures): loads the sealed packet from the server, shows it, and opens the browser's print
 * once it is on the page; the print stylesheet then prints the packet alone. Loading is on demand
 * because each read of a packet is written to the audit log.
 */
export function ReprintPacket({ disclosureId, sub, start = false }: { readonly disclosureId: string; readonly sub: 'h3' | 'h4'; readonly start?: boolean }) {
  const [packet, setPacket] = useState<DisclosureView | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [printNow, setPrintNow] = useState(false);
  useEffect(() => {
    if (printNow && packet) {
      setPrintNow(false);
      window.print();
    }
  }, [printNow, packet]);
  const started = useRef(false);
  const load = async () => {
    started.current = true;
    setBusy(true);
    setError(null);
    try {
      setPacket(await decisionApi.packet(disclosureId));
      setPrintNow(true);
    } catch (err) {
      setError(err);
    }
    setBusy(false);
  };
  // From the list, the row's button already asked for it: load once (not again on a re-render).
  // biome-ignore lint/correctness/useExhaustiveDependencies: load once on mount when asked to
  useEffect(() => {
    if (start && !started.current) void load();
  }, []);
  if (packet) return <Packet disclosure={packet} sub={sub} />;
  return (
    <div className="reprint no-print">
      <button type="button" className="button secondary" onClick={load} disabled={busy} aria-busy={busy || undefined}>
        {busy ? 'Loading the packet…' : 'Print the packet'}
      </button>
      {error !== null && (
        <p className="form-error" role="alert">
          {messageOf(error)} Try again, or ask a supervisor if it keeps failing.
        </p>
      )}
    </div>
  );
}
