/**
 * Cutting a text into plain runs and marked runs, for showing what was removed: the original with
 * its removed words marked, the de-identified text with its placeholders marked. Pure functions.
 */

export interface Mark {
  readonly start: number;
  readonly end: number;
  /** Plain word for what it is ("name", "date"), or "restored". */
  readonly label: string;
  readonly kind: 'removed' | 'restored' | 'placeholder';
  /** The number shared by a removed span and its placeholder, so the two columns can be matched. */
  readonly n: number | null;
}

export type Run = { readonly text: string; readonly mark: Mark | null };

/** Splits `text` at the marks (sorted, non-overlapping; any overlapping a previous one is dropped). */
export function runs(text: string, marks: readonly Mark[]): Run[] {
  const out: Run[] = [];
  let at = 0;
  for (const m of [...marks].sort((a, b) => a.start - b.start)) {
    if (m.start < at || m.end > text.length || m.end <= m.start) continue;
    if (m.start > at) out.push({ text: text.slice(at, m.start), mark: null });
    out.push({ text: text.slice(m.start, m.end), mark: m });
    at = m.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: null });
  return out;
}

const PLACEHOLDER = /\[(PERSON|LOCATION)-\d+\]|\[([A-Z_]+)\]/g;
const PLACEHOLDER_KIND: Record<string, string> = { PERSON: 'NAME', LOCATION: 'LOCATION' };

/**
 * The placeholders in a de-identified text, for the recipient, who gets the text without spans:
 * "[PERSON-1]" is a name, "[DATE]" a date. `typeOf` gives the type code for the words file.
 */
export function placeholderMarks(text: string, typeOf: (code: string) => string): Mark[] {
  const marks: Mark[] = [];
  for (const m of text.matchAll(PLACEHOLDER)) {
    const code = m[1] ? (PLACEHOLDER_KIND[m[1]] ?? m[1]) : (m[2] ?? '');
    const start = m.index ?? 0;
    marks.push({ start, end: start + m[0].length, label: typeOf(code), kind: 'placeholder', n: null });
  }
  return marks;
}

/**
 * Where a phrase occurs in the original (ignoring case), leaving out places already removed in
 * full: each is one extra redaction to ask for.
 */
export function occurrences(original: string, phrase: string, removed: readonly { start: number; end: number }[]): { start: number; end: number }[] {
  const needle = phrase.trim();
  if (!needle) return [];
  // A case-insensitive regular expression keeps offsets into the original (lower-casing can change lengths).
  const pattern = new RegExp(needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu');
  const out: { start: number; end: number }[] = [];
  for (const m of original.matchAll(pattern)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (!removed.some((r) => r.start <= start && end <= r.end)) out.push({ start, end });
  }
  return out;
}
