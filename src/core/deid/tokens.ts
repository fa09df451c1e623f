/** How a word is written, which is most of the evidence a rule-based name finder has. */
export type Shape = 'cap' | 'upper' | 'lower' | 'mixed';

/** A word of the note, with what the name and place rules need to know about it. */
export interface Token {
  readonly start: number;
  /** End of the word itself, without a possessive `'s`. */
  readonly end: number;
  readonly text: string;
  /** Lower case, NFC. */
  readonly lower: string;
  /** Lower case with accents removed, for dictionary look-ups ("café" → "cafe"). */
  readonly folded: string;
  readonly shape: Shape;
  /** First word of a sentence, line or list item, where capitals prove nothing. */
  readonly sentenceStart: boolean;
  /** Followed by a possessive 's. */
  readonly possessive: boolean;
  /** The characters between the previous token's end (including its 's) and this start. */
  readonly gapBefore: string;
}

const WORD = /\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*/gu;
const ABBREVIATIONS = new Set(['dr', 'mr', 'mrs', 'ms', 'st', 'mt', 'ft', 'jr', 'sr', 'vs', 'no', 'prof', 'rev', 'sgt', 'lt', 'capt', 'gen', 'col', 'det']);

function isUpper(c: string): boolean {
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

function shapeOf(word: string): Shape {
  const first = word[0] ?? '';
  const letters = word.replace(/[^\p{L}]/gu, '');
  if (letters.length > 1 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()) return 'upper';
  if (isUpper(first)) return 'cap';
  if (letters === letters.toLowerCase()) return 'lower';
  return 'mixed';
}

/** Accents removed: NFD then drop combining marks. */
export function fold(s: string): string {
  // Plain ASCII has nothing to fold: skip the normalisation, which dominates on long notes.
  if (!/[^ -~]/.test(s)) return s;
  return s.normalize('NFD').replace(/\p{M}/gu, '');
}

/** Splits a note into words, marking sentence starts and possessives. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let prevEnd = 0;
  let prevLower = '';
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    let word = m[0];
    let possessive = false;
    if (/['’]s$/i.test(word) && word.length > 3) {
      word = word.slice(0, -2);
      possessive = true;
    } else if (/s['’]$/.test(text.slice(m.index, m.index + word.length + 1)) && text[m.index + word.length] !== undefined) {
      // "the Harrises' house": leave the trailing apostrophe out of the word.
    }
    const start = m.index;
    const gap = text.slice(prevEnd, start);
    const lower = word.normalize('NFC').toLowerCase();
    tokens.push({
      start,
      end: start + word.length,
      text: word,
      lower,
      folded: fold(lower),
      shape: shapeOf(word),
      sentenceStart: isSentenceStart(gap, prevLower, tokens.length === 0),
      possessive,
      gapBefore: gap,
    });
    prevEnd = m.index + m[0].length;
    prevLower = lower;
  }
  return tokens;
}

function isSentenceStart(gap: string, prevLower: string, first: boolean): boolean {
  if (first) return true;
  if (/\n/.test(gap)) return true;
  const g = gap.replace(/[\s"“”'‘’()[\]*_]+/g, '');
  if (g === '') return false;
  const last = g[g.length - 1] ?? '';
  if (last === '.') {
    // "Dr. Anand", "J. Okoye", "St. Casimir's": an abbreviation, not a full stop.
    if (g === '.' && (ABBREVIATIONS.has(prevLower) || prevLower.length === 1)) return false;
    return true;
  }
  return /[!?:;•–—-]/.test(last) || /[.!?]/.test(g);
}
