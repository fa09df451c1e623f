/**
 * Sentence boundaries as character offsets. Tolerant of both styles PeerKeep sees: staff notes
 * with initials ("S. texted her") and abbreviations ("Dr."), and texting with lowercase starts.
 * A boundary is end punctuation followed by whitespace, or a line break (a new message); a single capital letter
 * or a known abbreviation before the period is not a boundary.
 */

/** A half-open range [start, end) of the text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

const ABBREVIATIONS = new Set(['dr', 'mr', 'mrs', 'ms', 'st', 'vs', 'etc', 'e.g', 'i.e', 'approx', 'jr', 'sr', 'pt', 'hx', 'dx', 'tx', 'p.m', 'a.m']);

/**
 * End punctuation before whitespace; a line break; and three forum-export forms: a stop glued to the
 * next capitalised sentence ("posted here.I had"), an escaped line break ("\\r\\n" as text), and the
 * quote-comma-quote seam between posts of a list exported as a string ("…end', 'Next…").
 */
// Every branch starts with a fixed character (written so, rather than with a leading look-behind),
// which lets the regex engine skip ahead to candidate characters: several times faster on long notes.
const BOUNDARY = /[.!?](?<![.!?][.!?])[.!?]*(?:["”’')\]]*(?=\s)|(?<=[a-z]{2}[.!?]+)(?=[A-Z][a-z'’]|I\s))|\n+|\\[rn](?:\\[rn])*|['"], ['"]/g;

/** Splits text into sentences; every character belongs to exactly one span. */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  BOUNDARY.lastIndex = 0;
  let m = BOUNDARY.exec(text);
  while (m !== null) {
    const end = m.index + m[0].length;
    if (m[0].startsWith('.') && !isRealStop(text, m.index)) {
      m = BOUNDARY.exec(text);
      continue;
    }
    spans.push({ start, end });
    start = end;
    m = BOUNDARY.exec(text);
  }
  if (start < text.length || spans.length === 0) spans.push({ start, end: text.length });
  return spans;
}

/** False for the period of an initial ("S.") or an abbreviation ("Dr."). */
function isRealStop(text: string, dot: number): boolean {
  let i = dot - 1;
  while (i >= 0 && /[\p{L}.]/u.test(text[i] ?? '')) i--;
  const word = text.slice(i + 1, dot);
  if (/^\p{Lu}$/u.test(word)) return false;
  return !ABBREVIATIONS.has(word.toLowerCase());
}
