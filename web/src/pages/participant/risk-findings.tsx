import { type ReactNode, useId } from 'react';
import { Private } from '../../session/privacy-screen.tsx';
import type { RiskFinding, RiskScan } from './risk-api.ts';
import type { Checked, RiskCheck } from './risk-scan-hook.ts';
import { CATEGORY_WORDS, counts, cueWords, LEVEL_WORDS, modifierWords, summary } from './risk-words.ts';
import './risk-findings.css';

/** The check to show: the current one, or the last one while a newer check runs. */
export function shownCheck(check: RiskCheck): Checked | null {
  if (check.state === 'ready') return check.checked;
  if (check.state === 'checking' || check.state === 'failed') return check.last;
  return null;
}

/**
 * Beside the note: what the risk check noticed, each finding with its evidence, why it counts or
 * not, and — when the note reads as high or imminent danger — the way into the safety protocol.
 * It prompts the peer's judgement; it reports nothing to anyone.
 */
export function RiskPanel({ check, text, onStartProtocol, starting, protocolAvailable }: {
  readonly check: RiskCheck;
  /** The note as it is now (the shown check may be about an earlier draft). */
  readonly text: string;
  readonly onStartProtocol: () => void;
  readonly starting: boolean;
  readonly protocolAvailable: boolean;
}) {
  const ids = useId();
  const shown = shownCheck(check);
  const current = shown !== null && shown.text === text;
  let status: ReactNode;
  if (check.state === 'idle') status = 'As you write, the note is checked for risky disclosures.';
  else if (check.state === 'checking')
    status = (
      <>
        <span className="spinner" aria-hidden="true" />
        Checking…
      </>
    );
  else if (check.state === 'failed') status = 'The check could not run just now; it tries again as you type. Saving the note checks it too.';
  else status = summary(check.checked.result);

  return (
    <aside className="risk-panel" aria-labelledby={`${ids}-heading`}>
      <h3 id={`${ids}-heading`}>Risk check</h3>
      <p className="risk-lead">A prompt for your judgement, not a report: nothing is sent to anyone and the check is not kept. Read what it noticed, then decide.</p>
      <p className="risk-status" role="status">
        {status}
      </p>
      {shown?.result.alert && current && (
        <div className="risk-alert">
          <p>
            <strong>Overall: {LEVEL_WORDS[shown.result.level]}.</strong> If you judge the person may be in danger, start the safety protocol now.
          </p>
          {protocolAvailable ? (
            <>
              <button type="button" className="button danger" onClick={onStartProtocol} disabled={starting} aria-busy={starting || undefined} aria-describedby={`${ids}-start`}>
                {starting ? 'Saving the note and opening the safety event…' : 'Start the safety protocol'}
              </button>
              <p className="hint" id={`${ids}-start`}>
                Saves this note and opens its safety event, with the note linked. Your supervisor is told.
              </p>
            </>
          ) : (
            <p>Save the note: a note at this level opens a safety event, and your supervisor is told.</p>
          )}
        </div>
      )}
      {shown && shown.result.findings.length > 0 && (
        <ol className={current ? 'risk-findings' : 'risk-findings stale'} aria-label="What the check noticed">
          {shown.result.findings.map((f, i) => (
            <FindingItem key={`${f.start}-${f.end}-${f.category}`} n={i + 1} f={f} scan={shown.result} text={shown.text} />
          ))}
        </ol>
      )}
    </aside>
  );
}

function FindingItem({ n, f, scan, text }: { readonly n: number; readonly f: RiskFinding; readonly scan: RiskScan; readonly text: string }) {
  const counted = counts(f, scan);
  const why = modifierWords(text, f);
  const cues = cueWords(f);
  return (
    <li className={counted ? 'risk-finding counted' : 'risk-finding not-counted'}>
      <p className="risk-finding-title">
        <span className="risk-number">{n}</span> {CATEGORY_WORDS[f.category]} — {LEVEL_WORDS[f.level]}
        <span className={counted ? 'badge danger-badge' : 'badge muted-badge'}>{counted ? 'Counts' : 'Not counted'}</span>
      </p>
      <p className="risk-evidence">
        <Private what="evidence">
          “<mark className={counted ? 'risk-mark counted' : 'risk-mark not-counted'}>{f.text}</mark>”
        </Private>
      </p>
      {why.length > 0 && <p className="risk-why">{counted ? `Noted: ${why.join('; ')}.` : `Not counted: ${why.join('; ')}.`}</p>}
      {!counted && why.length === 0 && <p className="risk-why">Not counted: on its own it does not reach a risk level.</p>}
      {cues && <p className="risk-why">Why this level: {cues}.</p>}
    </li>
  );
}

/**
 * The note as checked, read-only, with each finding's evidence marked and numbered like the list
 * beside it. Shown only when it matches what is in the editor, so the marks are never misplaced.
 */
export function HighlightedNote({ checked }: { readonly checked: Checked }) {
  const { text, result } = checked;
  const ordered = result.findings.map((f, i) => ({ f, n: i + 1 })).sort((a, b) => a.f.start - b.f.start);
  const parts: ReactNode[] = [];
  let at = 0;
  for (let i = 0; i < ordered.length; i++) {
    const first = ordered[i]!;
    if (first.f.start < at) continue; // inside a span already marked
    // Findings that overlap share one mark, numbered together.
    const group = [first];
    let end = first.f.end;
    while (i + 1 < ordered.length && ordered[i + 1]!.f.start < end) {
      i++;
      group.push(ordered[i]!);
      end = Math.max(end, ordered[i]!.f.end);
    }
    if (first.f.start > at) parts.push(text.slice(at, first.f.start));
    const anyCounted = group.some((g) => counts(g.f, result));
    parts.push(
      <mark key={first.f.start} className={anyCounted ? 'risk-mark counted' : 'risk-mark not-counted'}>
        {text.slice(first.f.start, end)}
        <sup className="risk-ref">
          {group.map((g) => g.n).join(', ')}
          {anyCounted ? '' : ' not counted'}
        </sup>
      </mark>,
    );
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return (
    <figure className="risk-mirror">
      <figcaption>Your note as checked, with what the check noticed marked (numbers match the list)</figcaption>
      <Private block what="note text">
        <p className="risk-mirror-text">{parts}</p>
      </Private>
    </figure>
  );
}
