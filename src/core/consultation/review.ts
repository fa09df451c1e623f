import type { DeidSpan, SpanType } from '../deid/index.ts';

/**
 * The review of a consultation before it is sent: the de-identifier's spans, the author's extra
 * redactions, and the spans the author un-redacted with a reason, combined into the spans that
 * are actually removed. Pure: the server stores the pieces and replays them here.
 */

/** What a removed span is: an identifier type found by the de-identifier, or the author's own. */
export type RedactionType = SpanType | 'REDACTED';

/** A span removed from the original text (offsets into the original, end exclusive). */
export interface ReviewSpan {
  readonly start: number;
  readonly end: number;
  readonly type: RedactionType;
  /** 'detected' when the de-identifier found any part of it, else 'author'. */
  readonly source: 'detected' | 'author';
}

/** An extra redaction or a restoration, ordered by `seq` (the de-identifier's spans are seq 0). */
export interface ReviewChange {
  readonly start: number;
  readonly end: number;
  readonly seq: number;
}

/** A removed span with its placeholder and where that placeholder sits in the redacted text. */
export interface RenderedSpan extends ReviewSpan {
  readonly placeholder: string;
  readonly redactedStart: number;
  readonly redactedEnd: number;
}

/** A note chosen for the consultation: its kind of session and its text (never its date). */
export interface ConsultedNote {
  readonly sessionType: string;
  readonly body: string;
}

const SESSION_LABEL: Readonly<Record<string, string>> = {
  in_person: 'in person',
  phone: 'by phone',
  telehealth: 'by telehealth',
  text: 'by text message',
};

/**
 * The original text of a consultation: the author's summary, then each chosen note under a
 * heading that gives the kind of session only — the session date is an identifier, so it is left
 * out rather than left to the de-identifier.
 */
export function composeConsultationText(summary: string | undefined, notes: readonly ConsultedNote[]): string {
  const parts: string[] = [];
  if (summary?.trim()) parts.push(summary.trim());
  for (const [i, n] of notes.entries()) parts.push(`Session note ${i + 1} (${SESSION_LABEL[n.sessionType] ?? 'session'}):\n${n.body.trim()}`);
  return parts.join('\n\n');
}

/**
 * The spans removed after review. A restoration takes back every earlier span lying inside it
 * (a later extra redaction over the same words counts again); what remains is merged where it
 * overlaps, so the redacted text never shows half a placeholder.
 */
export function effectiveSpans(detected: readonly DeidSpan[], added: readonly ReviewChange[], restored: readonly ReviewChange[]): ReviewSpan[] {
  const candidates = [
    ...detected.map((s) => ({ start: s.start, end: s.end, type: s.type as RedactionType, source: 'detected' as const, seq: 0 })),
    ...added.map((a) => ({ start: a.start, end: a.end, type: 'REDACTED' as RedactionType, source: 'author' as const, seq: a.seq })),
  ]
    .filter((c) => !restored.some((r) => r.seq > c.seq && r.start <= c.start && c.end <= r.end))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: ReviewSpan[] = [];
  for (const c of candidates) {
    const last = out[out.length - 1];
    if (last && c.start < last.end) {
      // The de-identifier's type names a merged span better than the author's plain redaction.
      const type = last.source === 'detected' ? last.type : c.type;
      const source = last.source === 'detected' || c.source === 'detected' ? 'detected' : 'author';
      out[out.length - 1] = { start: last.start, end: Math.max(last.end, c.end), type, source };
      continue;
    }
    out.push({ start: c.start, end: c.end, type: c.type, source: c.source });
  }
  return out;
}

/**
 * The text a recipient reads. People and places get numbered placeholders that stay the same
 * through the text (a mention sharing a word with an earlier one is the same person), so the
 * recipient can follow who did what; other identifiers get their type.
 */
export function renderRedacted(text: string, spans: readonly ReviewSpan[]): { text: string; spans: RenderedSpan[] } {
  const seen: Record<'NAME' | 'LOCATION', Set<string>[]> = { NAME: [], LOCATION: [] };
  let out = '';
  let at = 0;
  const rendered: RenderedSpan[] = [];
  for (const s of spans) {
    out += text.slice(at, s.start);
    const placeholder = s.type === 'NAME' || s.type === 'LOCATION' ? numbered(seen[s.type], s.type, text.slice(s.start, s.end)) : `[${s.type}]`;
    rendered.push({ ...s, placeholder, redactedStart: out.length, redactedEnd: out.length + placeholder.length });
    out += placeholder;
    at = s.end;
  }
  return { text: out + text.slice(at), spans: rendered };
}

function numbered(list: Set<string>[], type: 'NAME' | 'LOCATION', surface: string): string {
  const words = surface
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1);
  let index = list.findIndex((known) => words.some((w) => known.has(w)));
  if (index < 0) {
    list.push(new Set());
    index = list.length - 1;
  }
  for (const w of words) list[index]?.add(w);
  return `[${type === 'NAME' ? 'PERSON' : 'LOCATION'}-${index + 1}]`;
}

/** Why an extra redaction cannot be made, or null when it fits inside the text. */
export function spanProblem(textLength: number, start: number, end: number): string | null {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start) {
    return 'A redaction needs a start before its end, both whole numbers from 0. Select the words again.';
  }
  if (end > textLength) return `A redaction must end within the text (at most ${textLength}). Select the words again.`;
  return null;
}
