/**
 * Where the matches of a regular expression can start, worked out from its source, so the phrase
 * matcher can file each phrase under the first words it can begin with and try it only there.
 * `words` are complete first tokens ("denies", "won't", "?"); `prefixes` are the first two
 * characters, used when the first word is open-ended ("stockpil\w*"). Covers the regex subset the
 * rule and lexicon files use; when a start cannot be bounded the result is null, and the phrase
 * is tried at every position.
 */
import { END_BOUNDARY } from './phrase-regex.ts';

export interface LeadingKeys {
  readonly words: readonly string[];
  readonly prefixes: readonly string[];
}

type Atom = { kind: 'chars'; chars: readonly string[] } | { kind: 'group'; alts: Seq[] } | { kind: 'empty' } | { kind: 'any' };
interface Item {
  readonly atom: Atom;
  readonly min: number;
  readonly max: number;
}
type Seq = Item[];

const LIMIT = 600;
const MAX_WORD = 24;
const ANY: Atom = { kind: 'any' };
/** Marks a string cut short by an unbounded atom: only its first two characters are a key. */
const OPEN = '\u0000';
const WORD_CHAR_RE = /[\p{L}\p{N}'’#]/u;
/** A letter, digit, apostrophe or '#' (the folded digit); ASCII without a regex (hot at load). */
const WORD_CHAR = {
  test(ch: string): boolean {
    const c = ch.charCodeAt(0);
    if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39 || c === 35;
    return WORD_CHAR_RE.test(ch);
  },
};

/** A parsed phrase and the expansions of its first token (null: unbounded), for both questions below. */
interface Parsed {
  readonly alts: readonly Seq[];
  readonly starts: readonly (ReadonlySet<string> | null)[];
}

/** The last phrases parsed: leadingKeys and secondKeys are asked about the same phrase in turn. */
const PARSED = new Map<string, Parsed | null>();

function parse(source: string): Parsed | null {
  const known = PARSED.get(source);
  if (known !== undefined) return known;
  let parsed: Parsed | null;
  try {
    const alts = new Parser(source).alternation().flatMap(alternativesOf);
    parsed = { alts, starts: alts.map((seq) => expandSeq(seq, new Set(['']))) };
  } catch {
    parsed = null;
  }
  if (PARSED.size > 64) PARSED.clear();
  PARSED.set(source, parsed);
  return parsed;
}

/**
 * A sequence that is one alternation between zero-width checks, `(?<!x)(?:a|b)(?!y)`, as its
 * alternatives (the checks add nothing to what a match can start with): so that what follows a
 * first word is worked out for the alternatives that start with it, not for the whole phrase.
 */
function alternativesOf(seq: Seq): Seq[] {
  const groups = seq.filter((item) => item.atom.kind !== 'empty');
  const only = groups[0];
  if (groups.length !== 1 || !only || only.min !== 1 || only.max !== 1 || only.atom.kind !== 'group') return [seq];
  return only.atom.alts.flatMap(alternativesOf);
}

/**
 * A run of letters every match of the phrase contains (lower case, at least 4 long), or null.
 * For phrases with no bounded first word: a text without it cannot hold a match anywhere.
 */
export function requiredLetters(source: string): string | null {
  let alts: Seq[];
  try {
    alts = new Parser(source).alternation();
  } catch {
    return null;
  }
  let best = '';
  const walk = (seq: Seq): void => {
    let run = '';
    const end = () => {
      if (run.length > best.length) best = run;
      run = '';
    };
    for (const item of seq) {
      const { atom } = item;
      if (atom.kind === 'empty') continue;
      const letter = atom.kind === 'chars' && atom.chars.length === 1 && /^[a-z]$/.test(atom.chars[0] ?? '') ? atom.chars[0] : null;
      if (letter && item.min === 1 && item.max === 1) {
        run += letter;
        continue;
      }
      end();
      // A group taken exactly once with one way through is as mandatory as the sequence around it.
      if (atom.kind === 'group' && atom.alts.length === 1 && item.min >= 1 && atom.alts[0]) walk(atom.alts[0]);
    }
    end();
  };
  if (alts.length !== 1 || !alts[0]) return null;
  walk(alts[0]);
  return best.length >= 4 ? best : null;
}

/** The keys a phrase is filed under, or null when it must be tried everywhere. */
export function leadingKeys(source: string): LeadingKeys | null {
  const parsed = parse(source);
  if (parsed === null) return null;
  const words = new Set<string>();
  const prefixes = new Set<string>();
  for (const starts of parsed.starts) {
    if (starts === null) return null;
    for (const s of starts) {
      const open = s.endsWith(OPEN) || (s.length >= MAX_WORD && WORD_CHAR.test(s.at(-1) ?? ''));
      const body = s.endsWith(OPEN) ? s.slice(0, -1) : s;
      if (body.length === 0) return null;
      const first = body.codePointAt(0) ?? 0;
      if (!WORD_CHAR.test(String.fromCodePoint(first))) {
        words.add(String.fromCodePoint(first));
        continue;
      }
      let end = 0;
      while (end < body.length && WORD_CHAR.test(body[end] ?? '')) end++;
      if (open && end === body.length) {
        if (body.length < 2) return null;
        prefixes.add(body.slice(0, 2));
      } else words.add(body.slice(0, end));
    }
  }
  return { words: [...words], prefixes: [...prefixes] };
}

/**
 * The keys the second token of a match can have, when every match starts with a word, whitespace,
 * and a second token that ends before the phrase does (a word followed by a non-word character, or
 * a single non-word character); null when that cannot be bounded. A lone apostrophe stands for a
 * second word that may open with one (the scanner makes an opening quote its own token). Used only
 * to skip a phrase where the next token cannot continue it: a necessary condition, never a match.
 */
export function secondKeys(source: string): ReadonlySet<string> | null {
  const parsed = parse(source);
  if (parsed === null) return null;
  const endBounded = source.endsWith(END_BOUNDARY);
  const keys = new Set<string>();
  for (let a = 0; a < parsed.alts.length; a++) {
    const seconds = alternativeSeconds(parsed.alts[a] ?? [], parsed.starts[a] ?? null, endBounded);
    if (seconds === null) return null;
    for (const k of seconds) keys.add(k);
  }
  return keys;
}

/**
 * As secondKeys, for the matches that start with a given first word (a key the phrase is filed
 * under, as the scanner keys a token): only the alternatives that can start with it count. The
 * answer for each alternative is worked out once, when first asked for.
 */
export function secondKeysByFirst(source: string): (first: string) => ReadonlySet<string> | null {
  const parsed = parse(source);
  if (parsed === null) return () => null;
  const endBounded = source.endsWith(END_BOUNDARY);
  const alternatives = firstWordsOf(parsed);
  return (first) => {
    const keys = new Set<string>();
    for (const alt of alternatives) {
      if (!alt.unsure && !alt.words.has(first)) continue;
      if (alt.seconds === undefined) alt.seconds = alt.opensWithWord ? expandSeconds(alt.seq, endBounded) : null;
      if (alt.seconds === null) return null;
      for (const k of alt.seconds) keys.add(k);
    }
    return keys;
  };
}

/** An alternative of a phrase, kept small: its plain first words, and whether any start is not plain. */
interface Alternative {
  readonly seq: Seq;
  readonly words: ReadonlySet<string>;
  readonly unsure: boolean;
  readonly opensWithWord: boolean;
  seconds: ReadonlySet<string> | null | undefined;
}

/** The alternatives of a parsed phrase without their expansions (which are not kept). */
function firstWordsOf(parsed: Parsed): Alternative[] {
  return parsed.alts.map((seq, a) => {
    const starts = parsed.starts[a] ?? null;
    const words = new Set<string>();
    let unsure = starts === null;
    for (const s of starts ?? []) {
      const word = plainWord(s);
      if (word === null) unsure = true;
      else words.add(word);
    }
    const opensWithWord = starts !== null && startsWithWordAndSpace(starts);
    return { seq, words, unsure, opensWithWord, seconds: undefined };
  });
}

/**
 * The first word of an expanded start as the scanner keys a token (no closing quotation marks),
 * or null when it is not a plain word (an open word, a non-word character, a cut-off run).
 */
function plainWord(s: string): string | null {
  let end = 0;
  while (end < s.length && WORD_CHAR.test(s[end] ?? '')) end++;
  if (end === 0 || s.endsWith(OPEN) || end >= MAX_WORD) return null;
  let word = s.slice(0, end);
  while (word.length > 1 && (word.endsWith("'") || word.endsWith('’'))) word = word.slice(0, -1);
  return word;
}

/** The second keys of one alternative given its first-token expansions (see secondKeys). */
function alternativeSeconds(seq: Seq, starts: ReadonlySet<string> | null, endBounded: boolean): ReadonlySet<string> | null {
  if (starts === null || !startsWithWordAndSpace(starts)) return null;
  return expandSeconds(seq, endBounded);
}

/** First, cheaply: every match must open with a word and whitespace, or there is no second word. */
function startsWithWordAndSpace(starts: ReadonlySet<string>): boolean {
  for (const s of starts) {
    if (s.length >= MAX_WORD && !s.endsWith(OPEN)) continue; // a long run of digits: decided later
    // One word, then the separator: "word ".
    if (!(s.length >= 2 && s.endsWith(' ') && s.indexOf(' ') === s.length - 1 && !s.includes(OPEN))) return false;
    if (!WORD_CHAR.test(s[0] ?? '')) return false;
  }
  return true;
}

/** The second tokens of every match of an alternative (see secondKeys), or null. */
function expandSeconds(seq: Seq, endBounded: boolean): ReadonlySet<string> | null {
  const keys = new Set<string>();
  budget = 2;
  try {
    const expanded = expandSeq(seq, new Set(['']));
    if (expanded === null) return null;
    for (const s of expanded) {
      const second = secondOf(s, endBounded);
      if (second === null) return null;
      keys.add(second);
      if (second.startsWith("'") || second.startsWith('’')) {
        keys.add("'");
        keys.add('’');
      }
    }
  } finally {
    budget = 1;
  }
  return keys;
}

/** The second token of an expanded start "word second…", or null when it is not bounded. */
function secondOf(s: string, endBounded: boolean): string | null {
  if (s.endsWith(OPEN) || s.length >= 2 * MAX_WORD) return null;
  let i = 0;
  while (i < s.length && WORD_CHAR.test(s[i] ?? '')) i++;
  if (i === 0 || i === s.length || s[i] !== ' ') return null;
  const j = i + 1;
  if (j >= s.length) return null;
  const c = s.codePointAt(j) ?? 0;
  if (!WORD_CHAR.test(String.fromCodePoint(c))) return String.fromCodePoint(c);
  let k = j;
  while (k < s.length && WORD_CHAR.test(s[k] ?? '')) k++;
  // The phrase ends inside the second word: the text's token may go on with an apostrophe or a
  // letter the boundary does not count (see secondKeyOf in phrase-matcher.ts).
  if (k >= s.length && !endBounded) return null;
  // As the scanner keys a token: without the closing quotation marks glued to it.
  let end = k;
  while (end > j + 1 && (s[end - 1] === "'" || s[end - 1] === '’')) end--;
  return s.slice(j, end);
}

/** How many tokens an expansion follows: 1 for leadingKeys, 2 while secondKeys runs. */
let budget = 1;

/** A string is finished once it holds its complete tokens (the last ends after a non-word char). */
function done(s: string): boolean {
  if (s.endsWith(OPEN)) return true;
  if (budget === 1) {
    if (s.length >= MAX_WORD) return true;
    const last = s.at(-1);
    return last !== undefined && !WORD_CHAR.test(last) && s.length > 0;
  }
  if (s.length >= 2 * MAX_WORD) return true;
  let i = 0;
  while (i < s.length && WORD_CHAR.test(s[i] ?? '')) i++;
  if (i === s.length) return false;
  // Only "word, whitespace, second token" is followed further; anything else ends here (and
  // secondOf gives up on it).
  if (i === 0 || s[i] !== ' ') return true;
  let j = i + 1;
  if (j === s.length) return false;
  if (!WORD_CHAR.test(s[j] ?? '')) return true;
  while (j < s.length && WORD_CHAR.test(s[j] ?? '')) j++;
  return j < s.length;
}

/**
 * One character more while following two tokens. A run of whitespace between them is one
 * separator, and once the first word is complete only its shape matters (secondOf reads the
 * second token), so every first word becomes "w": the paths after it then merge.
 */
function secondStep(s: string, c: string): string {
  if (c !== ' ') return s + c;
  if (s.endsWith(' ')) return s;
  if (s.length > 0 && !s.includes(' ') && !s.endsWith(OPEN) && [...s].every((ch) => WORD_CHAR.test(ch))) return 'w ';
  return s + c;
}

/** The expansion-size cap: larger for two tokens (first words times second words). */
function limit(): number {
  return budget === 1 ? LIMIT : LIMIT * 8;
}

function expandSeq(seq: Seq, from: Set<string>): Set<string> | null {
  let current = from;
  for (const item of seq) {
    const next = new Set<string>();
    for (const s of current) {
      if (done(s)) {
        next.add(s);
        continue;
      }
      const ext = repeatItem(item, s);
      if (ext === null) return null;
      for (const t of ext) next.add(t);
    }
    if (next.size > limit()) return null;
    current = next;
  }
  return current;
}

function repeatItem(item: Item, s: string): Set<string> | null {
  const result = new Set<string>();
  let layer = new Set<string>([s]);
  const maxReps = Math.min(item.max, MAX_WORD + 1);
  for (let r = 0; r <= maxReps; r++) {
    if (r >= item.min) for (const x of layer) result.add(x);
    if (r === maxReps) break;
    const nextLayer = new Set<string>();
    for (const x of layer) {
      if (done(x)) {
        nextLayer.add(x);
        continue;
      }
      const ext = atomExpand(item.atom, x);
      if (ext === null) return null;
      for (const y of ext) nextLayer.add(y);
    }
    if (nextLayer.size > limit()) return null;
    if (nextLayer.size === layer.size && [...nextLayer].every((x) => layer.has(x))) {
      if (r + 1 >= item.min) for (const x of nextLayer) result.add(x);
      break;
    }
    layer = nextLayer;
  }
  return result.size > limit() ? null : result;
}

function atomExpand(atom: Atom, s: string): Set<string> | null {
  switch (atom.kind) {
    case 'empty':
      return new Set([s]);
    case 'any':
      // An open-ended word: keep what is known as a two-character prefix, if there is enough.
      return s.length >= 2 ? new Set([s + OPEN]) : null;
    case 'chars':
      if (budget === 1) return new Set(atom.chars.map((c) => s + c));
      return new Set(atom.chars.map((c) => secondStep(s, c)));
    case 'group': {
      const out = new Set<string>();
      for (const alt of atom.alts) {
        const p = expandSeq(alt, new Set([s]));
        if (p === null) return null;
        for (const x of p) out.add(x);
      }
      return out;
    }
  }
}

class Parser {
  private i = 0;
  constructor(private readonly src: string) {}

  alternation(): Seq[] {
    const alts: Seq[] = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      alts.push(this.sequence());
    }
    return alts;
  }

  private sequence(): Seq {
    const seq: Seq = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const atom = this.atom();
      const [min, max] = this.quantifier();
      seq.push({ atom, min, max });
    }
    return seq;
  }

  private atom(): Atom {
    const ch = this.src[this.i++] ?? '';
    if (ch === '(') {
      let zeroWidth = false;
      if (this.src[this.i] === '?') {
        const look = this.src.slice(this.i, this.i + 3);
        if (look.startsWith('?:')) this.i += 2;
        else if (look.startsWith('?=') || look.startsWith('?!')) {
          this.i += 2;
          zeroWidth = true;
        } else if (look === '?<=' || look === '?<!') {
          this.i += 3;
          zeroWidth = true;
        } else throw new Error('unsupported group');
      }
      const alts = this.alternation();
      if (this.src[this.i] !== ')') throw new Error('unclosed group');
      this.i++;
      return zeroWidth ? { kind: 'empty' } : { kind: 'group', alts };
    }
    if (ch === '[') return this.charClass();
    if (ch === '\\') return this.escape(false);
    if (ch === '.') return ANY;
    if (ch === '^' || ch === '$') return { kind: 'empty' };
    return { kind: 'chars', chars: fold(ch + this.surrogateTail(ch)) };
  }

  /** The low surrogate of an astral character (an emoji), kept with its high surrogate. */
  private surrogateTail(ch: string): string {
    const code = ch.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdbff) return this.src[this.i++] ?? '';
    return '';
  }

  private escape(inClass: boolean): Atom {
    const e = this.src[this.i++] ?? '';
    if (e === 's') return { kind: 'chars', chars: [' '] };
    if (e === 'd') return { kind: 'chars', chars: ['#'] };
    if (e === 'b' && !inClass) return { kind: 'empty' };
    if (e === 'p' || e === 'P') {
      const close = this.src.indexOf('}', this.i);
      this.i = close + 1;
      return ANY;
    }
    if (e === 'w' || e === 'W' || e === 'S' || e === 'D' || e === 'B') return ANY;
    if (e === 'n' || e === 't' || e === 'r') return { kind: 'chars', chars: [' '] };
    return { kind: 'chars', chars: fold(e) };
  }

  private charClass(): Atom {
    if (this.src[this.i] === '^') {
      this.skipClass();
      return ANY;
    }
    const chars = new Set<string>();
    let any = false;
    while (this.i < this.src.length && this.src[this.i] !== ']') {
      let c = this.src[this.i++] ?? '';
      if (c === '\\') {
        const a = this.escape(true);
        if (a.kind === 'chars') for (const x of a.chars) chars.add(x);
        else any = true;
        continue;
      }
      c += this.surrogateTail(c);
      if (this.src[this.i] === '-' && this.src[this.i + 1] !== ']' && this.i + 1 < this.src.length) {
        const to = this.src[this.i + 1] ?? c;
        this.i += 2;
        for (let code = c.charCodeAt(0); code <= to.charCodeAt(0); code++) for (const f of fold(String.fromCharCode(code))) chars.add(f);
        continue;
      }
      for (const f of fold(c)) chars.add(f);
    }
    this.i++;
    if (any || chars.size > 40) return ANY;
    return { kind: 'chars', chars: [...chars] };
  }

  private skipClass(): void {
    while (this.i < this.src.length && this.src[this.i] !== ']') {
      if (this.src[this.i] === '\\') this.i++;
      this.i++;
    }
    this.i++;
  }

  private quantifier(): [number, number] {
    const q = this.src[this.i];
    let range: [number, number] = [1, 1];
    if (q === '?') range = [0, 1];
    else if (q === '*') range = [0, Number.POSITIVE_INFINITY];
    else if (q === '+') range = [1, Number.POSITIVE_INFINITY];
    else if (q === '{') {
      const m = /^\{(\d+)(?:,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) return range;
      const min = Number(m[1]);
      const max = m[2] === undefined ? min : m[2] === '' ? Number.POSITIVE_INFINITY : Number(m[2]);
      this.i += m[0].length;
      if (this.src[this.i] === '?') this.i++;
      return [min, max];
    } else return range;
    this.i++;
    if (this.src[this.i] === '?') this.i++; // lazy
    return range;
  }
}

/**
 * The key form of a character: lower case (matching is case-insensitive), whitespace as ' ', and
 * every digit as '#', so that a number of any value files under one key ("#", "##", …).
 */
function fold(ch: string): string[] {
  const c = ch.charCodeAt(0);
  if (ch.length === 1 && c >= 48 && c <= 57) return ['#'];
  if (c === 32 || /^\s$/u.test(ch)) return [' '];
  return [ch.toLowerCase()];
}
