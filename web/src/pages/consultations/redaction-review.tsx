import { type FormEvent, useRef, useState } from 'react';
import { SubmitButton, TextArea, TextField } from '../../components/fields.tsx';
import { errorFor, FormError } from '../../components/form-error.tsx';
import { Private } from '../../session/privacy-screen.tsx';
import { formatDateTime } from '../format.ts';
import { type Consultation, consultationApi, type RemovedSpan } from './consultation-api.ts';
import { removedWords } from './consultation-words.ts';
import { MarkedText } from './marked-text.tsx';
import { type Mark, occurrences } from './text-marks.ts';

type Changed = (view: Consultation, message: string) => void;

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Restorations that are still shown (a later redaction over the same words takes one back). */
function shownAfterAll(c: Consultation) {
  const seen = new Set<string>();
  return c.restorations.filter((r) => {
    const key = `${r.start}-${r.end}`;
    if (seen.has(key) || c.spans.some((s) => s.start < r.end && r.start < s.end)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The original beside the de-identified text, each removal numbered and named in both columns,
 * then the list of removals (restore one, with a reason) and a form to remove more words.
 */
export function RedactionReview({ consultation: c, editable, onChange }: { readonly consultation: Consultation; readonly editable: boolean; readonly onChange: Changed }) {
  const [picked, setPicked] = useState('');
  const originalRef = useRef<HTMLDivElement>(null);
  const restored = shownAfterAll(c);
  const originalMarks: Mark[] = [
    ...c.spans.map((s, i) => ({ start: s.start, end: s.end, label: removedWords(s.type), kind: 'removed' as const, n: i + 1 })),
    ...restored.map((r) => ({ start: r.start, end: r.end, label: 'restored', kind: 'restored' as const, n: null })),
  ];
  const redactedMarks: Mark[] = c.spans.map((s, i) => ({ start: s.redactedStart, end: s.redactedEnd, label: removedWords(s.type), kind: 'placeholder' as const, n: i + 1 }));
  // Words selected in the original fill the "remove more" field, for those who work with a mouse or finger.
  const takeSelection = () => {
    const sel = window.getSelection();
    if (!editable || !sel || sel.isCollapsed || !originalRef.current?.contains(sel.anchorNode)) return;
    const text = sel.toString().trim();
    if (text && text.length <= 200) setPicked(text);
  };
  return (
    <div className="consultation-review">
      <div className="side-by-side">
        <section className="text-column" aria-labelledby="original-heading">
          <h3 id="original-heading">Original (only you see this)</h3>
          <p className="hint">Removed words are underlined and numbered, with what they are in brackets.</p>
          {/* biome-ignore lint/a11y/noStaticElementInteractions: selecting text is optional; the field below does the same by keyboard. */}
          <div ref={originalRef} onMouseUp={takeSelection} onKeyUp={takeSelection} onTouchEnd={takeSelection}>
            <MarkedText text={c.original} marks={originalMarks} what="original text" />
          </div>
        </section>
        <section className="text-column deidentified" aria-labelledby="deid-heading">
          <h3 id="deid-heading">{c.status === 'draft' ? 'What the colleague will read' : 'What the colleague read'}</h3>
          <p className="hint">Each removal is replaced by a placeholder with the same number.</p>
          <MarkedText text={c.deidentified} marks={redactedMarks} what="de-identified text" />
        </section>
      </div>
      <RemovedList consultation={c} editable={editable} onChange={onChange} />
      {restored.length > 0 && (
        <section aria-labelledby="restored-heading">
          <h3 id="restored-heading">Shown after all</h3>
          <ul className="removed-list">
            {restored.map((r) => (
              <li key={`${r.start}-${r.end}`}>
                <span className="removed-what">
                  <strong>{capital(removedWords(r.type))}</strong>: “<Private focusable what="words">{c.original.slice(r.start, r.end)}</Private>”
                  <span className="meta">
                    {' '}
                    · shown since {formatDateTime(r.at)} because: {r.reason}
                  </span>
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {editable && <RemoveMoreForm consultation={c} picked={picked} onPicked={setPicked} onChange={onChange} />}
    </div>
  );
}

function RemovedList({ consultation: c, editable, onChange }: { readonly consultation: Consultation; readonly editable: boolean; readonly onChange: Changed }) {
  return (
    <section aria-labelledby="removed-heading">
      <h3 id="removed-heading">What was removed ({c.spans.length})</h3>
      {c.spans.length === 0 ? (
        <p className="muted">Nothing was removed. Read the text again: if anything in it could identify the person, remove it below.</p>
      ) : (
        <ol className="removed-list">
          {c.spans.map((s, i) => (
            <RemovedItem key={`${s.start}-${s.end}`} n={i + 1} span={s} consultation={c} editable={editable} onChange={onChange} />
          ))}
        </ol>
      )}
    </section>
  );
}

const RESTORE_FIELDS = ['reason', 'start'] as const;

function RemovedItem({ n, span, consultation: c, editable, onChange }: { readonly n: number; readonly span: RemovedSpan; readonly consultation: Consultation; readonly editable: boolean; readonly onChange: Changed }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [local, setLocal] = useState<string | null>(null);
  const kind = removedWords(span.type);
  const words = c.original.slice(span.start, span.end);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (reason.trim().length < 10) return setLocal('Write why the colleague needs these words, in at least 10 characters.');
    setLocal(null);
    setBusy(true);
    setError(null);
    try {
      const view = await consultationApi.restore(c.id, { start: span.start, end: span.end, reason: reason.trim() });
      onChange(view, `Removal ${n} (${kind}) is shown to the colleague now; your reason is recorded.`);
    } catch (err) {
      setError(err);
      setBusy(false);
    }
  };
  return (
    <li>
      <span className="removed-what">
        <strong>
          {n}. {capital(kind)}
        </strong>
        : “<Private focusable what="words">{words}</Private>” → <code>{span.placeholder}</code>
        {span.source === 'detected' && <span className="meta"> · found by PeerKeep</span>}
      </span>
      {editable && !open && (
        <button type="button" className="button secondary small" aria-expanded={false} onClick={() => setOpen(true)}>
          Show after all<span className="visually-hidden"> (removal {n}, {kind})</span>
        </button>
      )}
      {editable && open && (
        <form className="restore-form stack" onSubmit={submit} noValidate>
          <TextArea
            label={`Why may the colleague see removal ${n} (${kind})?`}
            hint="Recorded with the consultation. Show only what the advice truly needs."
            rows={2}
            maxLength={2000}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            error={local ?? errorFor(error, 'reason', RESTORE_FIELDS)}
          />
          <FormError error={error} fields={['reason']} />
          <div className="actions">
            <SubmitButton busy={busy} busyLabel="Showing the words…" className="button small">
              Show these words to the colleague
            </SubmitButton>
            <button type="button" className="button secondary small" onClick={() => setOpen(false)} disabled={busy}>
              Keep them removed
            </button>
          </div>
        </form>
      )}
    </li>
  );
}

function RemoveMoreForm({ consultation: c, picked, onPicked, onChange }: { readonly consultation: Consultation; readonly picked: string; readonly onPicked: (s: string) => void; readonly onChange: Changed }) {
  const [progress, setProgress] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [local, setLocal] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!picked.trim()) return setLocal('Type the words to remove, or select them in the original.');
    const places = occurrences(c.original, picked, c.spans);
    if (places.length === 0) return setLocal('These words are not in the original, or are already removed. Copy them exactly from the original.');
    setLocal(null);
    setError(null);
    let view = c;
    try {
      // One request per place, in order; each answers with the re-rendered text.
      for (const [i, place] of places.entries()) {
        setProgress(`Removing ${i + 1} of ${places.length}…`);
        view = await consultationApi.redact(c.id, place);
      }
      onPicked('');
      onChange(view, places.length === 1 ? 'Removed. The colleague’s text is updated.' : `Removed in ${places.length} places. The colleague’s text is updated.`);
    } catch (err) {
      setError(err);
      if (view !== c) onChange(view, 'Some places were removed before the problem; check the list.');
    } finally {
      setProgress(null);
    }
  };
  return (
    <form className="panel stack remove-more" onSubmit={submit} noValidate aria-labelledby="remove-more-heading">
      <h3 id="remove-more-heading">Remove more words</h3>
      <TextField
        label="Words to remove"
        hint="Type them, or select them in the original. Every place they appear is removed."
        value={picked}
        maxLength={200}
        onChange={(e) => onPicked(e.target.value)}
        error={local ?? errorFor(error, 'start', ['start'])}
      />
      <FormError error={error} fields={['start']} />
      <div className="actions">
        <SubmitButton busy={progress !== null} busyLabel={progress ?? 'Removing…'}>
          Remove from the text
        </SubmitButton>
      </div>
    </form>
  );
}
