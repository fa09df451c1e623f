import { Private } from '../../session/privacy-screen.tsx';
import { type Mark, runs } from './text-marks.ts';

/**
 * A text with its marked runs. A mark never relies on colour alone: it is underlined and carries
 * a bracketed label in words ("[1 · name]", "[restored]") that screen readers read out too. A
 * placeholder the recipient reads ("[PERSON-1]") already says what it is in brackets; its label
 * is for screen readers only.
 */
export function MarkedText({ text, marks, what }: { readonly text: string; readonly marks: readonly Mark[]; readonly what: string }) {
  return (
    <Private block focusable what={what}>
      <p className="marked-text">
        {runs(text, marks).map((r, i) => {
          // biome-ignore lint/suspicious/noArrayIndexKey: runs are positional; the text is re-cut whenever it changes.
          if (!r.mark) return <span key={i}>{r.text}</span>;
          const visible = r.mark.n !== null || r.mark.kind !== 'placeholder';
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: as above.
            <mark key={i} className={`mark-${r.mark.kind}`}>
              {r.text}
              {visible ? (
                <span className="mark-tag">
                  {' '}[{r.mark.n !== null ? `${r.mark.n} · ` : ''}
                  {r.mark.label}]
                </span>
              ) : (
                <span className="visually-hidden"> (removed {r.mark.label})</span>
              )}
            </mark>
          );
        })}
      </p>
    </Private>
  );
}
