import { leadingKeys, requiredLetters, secondKeysByFirst } from './leading-keys.ts';

/** A phrase occurrence: where, and the index of the phrase in the list given to the matcher. */
export interface PhraseMatch {
  readonly start: number;
  readonly end: number;
  readonly index: number;
}

/**
 * The places in a text where a phrase may start, with the token there. Computed once per text and
 * shared by every matcher that scans it.
 */
export interface TextScan {
  readonly text: string;
  readonly positions: readonly number[];
  /** The key form of the token at each position: lower case, digits as '#' (see leading-keys.ts). */
  readonly words: readonly string[];
  /** True when case folding would change the text's length and the keys keep the raw case. */
  readonly rawCase?: boolean;
  /** Where the matchers keep what they work out once per scan (the token numbers). */
  readonly memo?: { tokenIds?: unknown };
}

/** Scans text for a fixed list of regex sources. */
export interface PhraseMatcher {
  readonly matchAll: (text: string, scan?: TextScan) => PhraseMatch[];
}

/** How a matcher reports phrases that overlap. */
export interface PhraseMatcherOptions {
  /**
   * false (default): leftmost-longest, non-overlapping — at each position the longest phrase wins
   * and the scan resumes after it, so a longer phrase (a pseudo-trigger) hides the shorter one
   * inside it. true: phrases of different groups may overlap; at each position each group reports
   * its first matching phrase (longest source first).
   */
  readonly overlapping?: boolean;
  /** In overlapping mode, the group of each phrase (e.g. its risk category); one group by default. */
  readonly groups?: readonly number[];
}

/** Finds the phrase start positions of a text and their lookup keys. */
export function scanText(text: string): TextScan {
  let lower = text.toLowerCase();
  const rawCase = lower.length !== text.length;
  if (rawCase) lower = text; // a length-changing case fold (rare): keys from the raw text
  const positions: number[] = [];
  const words: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    const start = i;
    let digit = false;
    // An apostrophe opening a token is a quotation mark ('If I had …'), a token of its own, so the
    // word after it still starts a phrase.
    if (isWordChar(c) && c !== 39 && c !== 0x2019) {
      digit = c >= 48 && c <= 57;
      i++;
      for (let d = text.charCodeAt(i); i < n && isWordChar(d); d = text.charCodeAt(++i)) if (d >= 48 && d <= 57) digit = true;
    } else {
      // One visible non-word character; an astral character (an emoji) is two code units.
      i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    }
    positions.push(start);
    const w = keyOf(lower.slice(start, i));
    words.push(digit ? w.replace(/[0-9]/g, '#') : w);
  }
  return { text, positions, words, rawCase, memo: {} };
}

/** Letters, digits and apostrophes make up a word token (the `WORD_CHAR` of leading-keys.ts). */
function isWordChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 48 && c <= 57) ||
    c === 39 ||
    c === 0x2019 ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c > 0x24f && c < 0xd800 && /\p{L}|\p{N}/u.test(String.fromCharCode(c)))
  );
}

function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x2028 || c === 0x2029 || (c >= 0x2000 && c <= 0x200a) || c === 0x3000;
}

/**
 * A closing quotation mark glued to a word ("tonight'") is not part of the word: both the scanned
 * token and the phrase's first word are looked up without trailing apostrophes.
 */
function keyOf(w: string): string {
  let end = w.length;
  while (end > 1 && (w.charCodeAt(end - 1) === 39 || w.charCodeAt(end - 1) === 0x2019)) end--;
  return end === w.length ? w : w.slice(0, end);
}


/**
 * Compiles regex sources into an indexed matcher, once, at module load. Each phrase is filed
 * under the first words its matches can start with (see leading-keys.ts); scanning a note then
 * costs a map lookup per word plus the few sticky regex attempts filed under it, rather than one
 * pass over the note per phrase.
 */
export function compilePhrases(sources: readonly string[], options: PhraseMatcherOptions = {}): PhraseMatcher {
  const overlapping = options.overlapping ?? false;
  const byWord = new Map<string, number[]>();
  const byPrefix = new Map<string, number[]>();
  const anywhere: number[] = [];
  const file = (map: Map<string, number[]>, key: string, i: number) => {
    const list = map.get(key) ?? [];
    if (!list.includes(i)) list.push(i);
    map.set(key, list);
  };
  // What can follow each first word, worked out from the pattern parsed here and kept for the
  // key groups (see secondOf below).
  const secondsByFirst: ((first: string) => ReadonlySet<string> | null)[] = [];
  sources.forEach((source, i) => {
    new RegExp(source, 'iy'); // a malformed phrase fails here, at load, not at its first use
    const keys = leadingKeys(source);
    if (keys === null) anywhere.push(i);
    else {
      for (const w of keys.words) file(byWord, keyOf(w), i);
      for (const p of keys.prefixes) file(byPrefix, p, i);
    }
    secondsByFirst.push(secondKeysByFirst(source));
  });
  const groupOf = overlapping ? options.groups : undefined;
  // Where the phrases under a first word need one of a few second words, they are tried only
  // before those (most "i", "my", "the" … are followed by none of them). Worked out per phrase
  // and first word, when the key's group is first used.
  const secondOf = (i: number, first: string): ReadonlySet<string> | null => secondsByFirst[i]?.(first) ?? null;
  // One regex per phrase, made on first use and shared by every key it is filed under (a phrase
  // that can start with any of 60 role nouns is compiled once, not 60 times). Sticky regexes are
  // set to their position before every use, so sharing them is safe.
  const phraseRegexes: (RegExp | undefined)[] = [];
  const regexes = (phrases: readonly number[]): readonly RegExp[] =>
    phrases.map((i) => {
      let re = phraseRegexes[i];
      if (re === undefined) {
        re = new RegExp(sources[i] ?? '', 'iy');
        phraseRegexes[i] = re;
      }
      return re;
    });
  const compileGroup = (list: readonly number[], first: string | null): GroupMatcher =>
    keyGroup(regexes, list, groupOf, first === null ? null : (i) => secondOf(i, first));
  // Groups by the vocabulary number of their key (see idsOf), so a token costs an array read.
  const wordGroups = numbered(byWord, wordId, (list, key) => compileGroup(list, key));
  const prefixGroups = numbered(byPrefix, (k) => prefixId(prefixCode(k, 0)), (list) => compileGroup(list, null));
  const anywhereGroup = anywhere.length > 0 ? compileGroup(anywhere, null) : null;
  // Phrases with no bounded first word would be tried at every token. One unanchored search says
  // where the next of them can start; the tokens before that position are skipped (no phrase of
  // the group can match there, or the search would have stopped earlier). The search looks only
  // where a token can start (not inside a run of letters, digits and apostrophes).
  const anywhereFinder =
    anywhere.length > 0 ? new RegExp(`(?<![A-Za-z0-9\\u00C0-\\u024F'’])(?:${anywhere.map((i) => `(?:${sources[i]})`).join('|')})`, 'ig') : null;
  // When each of them must contain some run of letters, a note with none of those runs is
  // skipped without the search ("better" for "… better off dead").
  const letters = anywhere.map((i) => requiredLetters(sources[i] ?? ''));
  const anywhereLetters = letters.length > 0 && letters.every((l) => l !== null) ? new RegExp(letters.join('|'), 'i') : null;
  return {
    matchAll(text: string, given?: TextScan): PhraseMatch[] {
      const scan = given && given.text === text ? given : scanText(text);
      const ids = idsOf(scan);
      const out: PhraseMatch[] = [];
      const found: PhraseMatch[] = [];
      let blockedUntil = 0;
      let anywhereNext = anywhereLetters && !anywhereLetters.test(text) ? Number.POSITIVE_INFINITY : -1;
      for (let k = 0; k < scan.positions.length; k++) {
        const pos = scan.positions[k] ?? 0;
        if (!overlapping && pos < blockedUntil) continue;
        const wordNumber = ids.words[k] ?? -1;
        const prefixNumber = ids.prefixes[k] ?? -1;
        const byWordGroup = wordNumber >= 0 && wordNumber < wordGroups.length ? wordGroups[wordNumber] : null;
        const byPrefixGroup = prefixNumber >= 0 && prefixNumber < prefixGroups.length ? prefixGroups[prefixNumber] : null;
        let anywhereHere = false;
        if (anywhereFinder) {
          if (anywhereNext < pos) {
            anywhereFinder.lastIndex = pos;
            const next = anywhereFinder.exec(text);
            anywhereNext = next === null ? Number.POSITIVE_INFINITY : next.index;
          }
          anywhereHere = anywhereNext === pos;
        }
        if (!byWordGroup && !byPrefixGroup && !anywhereHere) continue;
        found.length = 0;
        byWordGroup?.(text, pos, ids, k, found);
        byPrefixGroup?.(text, pos, ids, k, found);
        if (anywhereHere) anywhereGroup?.(text, pos, ids, k, found);
        if (overlapping) {
          for (const f of found) out.push(f);
          continue;
        }
        let best: PhraseMatch | undefined;
        // Longest wins; on a tie the phrase listed first wins (list order is precedence).
        for (const f of found) if (!best || f.end > best.end || (f.end === best.end && f.index < best.index)) best = f;
        if (best) {
          out.push(best);
          blockedUntil = best.end;
        }
      }
      return out;
    },
  };
}

/** The first two UTF-16 units of a string from `at`, as one number (a prefix key). */
function prefixCode(s: string, at: number): number {
  return s.charCodeAt(at) * 0x10000 + s.charCodeAt(at + 1);
}

/**
 * Compiles each key's phrase list into the slot of the key's number: a dense array, null where
 * this matcher files nothing (the numbers are shared with other matchers).
 */
function numbered<K>(
  lists: ReadonlyMap<K, readonly number[]>,
  number: (key: K) => number,
  compile: (list: readonly number[], key: K) => GroupMatcher,
): readonly (GroupMatcher | null)[] {
  const numbers = [...lists.keys()].map(number);
  const out = new Array<GroupMatcher | null>(Math.max(0, ...numbers) + 1).fill(null);
  for (const [key, list] of lists) out[number(key)] = compile(list, key);
  return out;
}

/**
 * Every word a matcher files phrases under (first words and second words), numbered once for all
 * matchers, so that a scan is looked up once (idsOf) and each matcher reads arrays.
 */
const VOCABULARY = new Map<string, number>();
/** Prefix keys (see prefixCode), numbered likewise. */
const PREFIXES = new Map<number, number>();
/** The first characters of the prefix keys: most tokens start with none of them (no lookup). */
const PREFIX_FIRST = new Set<number>();
/** Grows when a matcher adds words; token numbers computed before are then recomputed. */
let vocabularyVersion = 0;

function wordId(word: string): number {
  let id = VOCABULARY.get(word);
  if (id === undefined) {
    id = VOCABULARY.size;
    VOCABULARY.set(word, id);
    vocabularyVersion++;
  }
  return id;
}

function prefixId(code: number): number {
  let id = PREFIXES.get(code);
  if (id === undefined) {
    id = PREFIXES.size;
    PREFIXES.set(code, id);
    PREFIX_FIRST.add(Math.floor(code / 0x10000));
    vocabularyVersion++;
  }
  return id;
}

/** A scan's tokens as vocabulary numbers (-1: a word no matcher files anything under). */
interface TokenIds {
  readonly version: number;
  readonly scan: TextScan;
  readonly rawCase: boolean;
  readonly words: readonly number[];
  /** The token's head (see headOf) where it differs from the token; undefined until asked for. */
  readonly heads: (string | null | undefined)[];
  readonly prefixes: readonly number[];
}


/** The scan's token numbers, computed once per scan and shared by the matchers that read it. */
function idsOf(scan: TextScan): TokenIds {
  const known = scan.memo?.tokenIds as TokenIds | undefined;
  if (known && known.version === vocabularyVersion) return known;
  const n = scan.words.length;
  const words: number[] = [];
  const heads: (string | null | undefined)[] = new Array(n);
  const prefixes: number[] = [];
  for (let k = 0; k < n; k++) {
    const w = scan.words[k] ?? '';
    words.push(VOCABULARY.get(w) ?? -1);
    prefixes.push(w.length >= 2 && PREFIX_FIRST.has(w.charCodeAt(0)) ? (PREFIXES.get(prefixCode(w, 0)) ?? -1) : -1);
  }
  const ids = { version: vocabularyVersion, rawCase: scan.rawCase === true, scan, words, heads, prefixes };
  if (scan.memo) scan.memo.tokenIds = ids;
  return ids;
}

/** The head of token k (worked out once, only for tokens a second-word check asks about). */
function headAt(ids: TokenIds, k: number): string | null {
  let h = ids.heads[k];
  if (h === undefined) {
    h = headOf(ids.scan.words[k] ?? '');
    ids.heads[k] = h;
  }
  return h;
}

/**
 * A phrase ending with its second word stops at a word boundary that counts only [a-z0-9] and
 * Latin accented letters, so the next token's head up to any other character (an apostrophe:
 * "longer's") can be that word too. Null when the head is the whole token (or empty).
 */
function headOf(w: string): string | null {
  let end = 0;
  while (end < w.length) {
    const c = w.charCodeAt(end);
    if (!((c >= 97 && c <= 122) || c === 35 || (c >= 0xc0 && c <= 0x24f))) break;
    end++;
  }
  return end > 0 && end < w.length ? w.slice(0, end) : null;
}

/** Tries the phrases of one key at the position of token k and appends what matched. */
type GroupMatcher = (text: string, pos: number, ids: TokenIds, k: number, out: PhraseMatch[]) => void;

/** Some of a key's phrases, each with the slot its match goes to, and their regexes. */
interface Part {
  readonly order: readonly number[];
  readonly slot: readonly number[];
  /** Each phrase's own sticky regex (shared by every key and part the phrase is in). */
  readonly re: readonly RegExp[];
}

/** A key's phrases sorted for use: by the second word they need, and those that need none. */
interface Built {
  /** Second word → the phrases (ascending) that can go on with it. */
  readonly bySecond: ReadonlyMap<string, readonly number[]>;
  /** Each second word's phrases, made when that word first follows the key. */
  readonly parts: Map<string, Part | null>;
  /** The phrases whose second word is not bounded, tried wherever the key is. */
  readonly open: Part | null;
  /** All phrases with a bounded second word, for scans whose keys keep the raw case. */
  everyBounded: Part | null;
}

/**
 * The phrases filed under one key. Each candidate phrase is tried at the position with its own
 * sticky regex, and the longest match wins (on a tie, the phrase listed first), so that a longer
 * phrase such as a pseudo-trigger always beats the shorter one inside it; with `groups`, each
 * group present reports its own longest match, in the order of the groups' first phrases. (One
 * regex per phrase, compiled once and shared: combining phrases into alternations made fewer
 * runs, but compiling the many combinations cost more than it saved.)
 *
 * With `secondOf`, a phrase whose second word is bounded is tried only where the next token (or
 * its head, see headOf) is one of its second words; the lists per second word are made when that
 * word first follows the key. The phrases with an open second word are tried always.
 */
function keyGroup(
  regexes: (phrases: readonly number[]) => readonly RegExp[],
  list: readonly number[],
  groups: readonly number[] | undefined,
  secondOf: ((i: number) => ReadonlySet<string> | null) | null,
): GroupMatcher {
  const order = [...list].sort((a, b) => a - b);
  // Each phrase's slot: its group's rank among the groups here, by first phrase (one slot without groups).
  const slotOfGroup = new Map<number, number>();
  const slotOf = new Map<number, number>();
  for (const i of order) {
    const g = groups ? (groups[i] ?? 0) : 0;
    if (!slotOfGroup.has(g)) slotOfGroup.set(g, slotOfGroup.size);
    slotOf.set(i, slotOfGroup.get(g) ?? 0);
  }
  const slots = slotOfGroup.size;
  const part = (ids: readonly number[]): Part => ({ order: ids, slot: ids.map((i) => slotOf.get(i) ?? 0), re: regexes(ids) });
  // Built on first use: a note meets a few hundred of the thousands of keys, and a command that
  // scans one note should not pay for compiling them all.
  // Built on first use: a note meets a few hundred of the thousands of keys, and a command that
  // scans one note should not pay for compiling them all.
  let built: Built | null = null;
  const build = (): Built => {
    const bySecond = new Map<string, number[]>();
    const open: number[] = [];
    for (const i of order) {
      const seconds = secondOf?.(i) ?? null;
      if (seconds === null) open.push(i);
      else
        for (const w of seconds) {
          const list = bySecond.get(w);
          if (list) list.push(i);
          else bySecond.set(w, [i]);
        }
    }
    return { bySecond, parts: new Map(), open: open.length > 0 ? part(open) : null, everyBounded: null };
  };
  /** The phrases that can go on with second word w (null: none). */
  const partFor = (b: Built, w: string): Part | null => {
    let p = b.parts.get(w);
    if (p === undefined) {
      const ids = b.bySecond.get(w);
      p = ids ? part(ids) : null;
      b.parts.set(w, p);
    }
    return p;
  };
  const bestEnd = new Array<number>(slots).fill(-1);
  const bestIndex = new Array<number>(slots).fill(-1);
  let hit = false;
  return (text, pos, ids, k, out) => {
    built ??= build();
    hit = false;
    if (built.bySecond.size > 0) {
      if (ids.rawCase) {
        // Raw-case keys (see scanText) cannot be compared with second words: try them all.
        const b = built;
        b.everyBounded ??= part(order.filter((i) => (secondOf?.(i) ?? null) !== null));
        tryPart(b.everyBounded, text, pos);
      } else if (k + 1 < ids.words.length) {
        const next = ids.scan.words[k + 1] ?? '';
        const p = partFor(built, next);
        if (p) tryPart(p, text, pos);
        const head = headAt(ids, k + 1);
        if (head !== null) {
          const q = partFor(built, head);
          if (q) tryPart(q, text, pos);
        }
      }
    }
    if (built.open) tryPart(built.open, text, pos);
    if (!hit) return;
    for (let s = 0; s < slots; s++) {
      const index = bestIndex[s] ?? -1;
      if (index >= 0) out.push({ start: pos, end: bestEnd[s] ?? pos, index });
    }
  };
  /** Tries one part at pos, keeping the longest match per slot. */
  function tryPart(p: Part, text: string, pos: number): void {
    for (let i = 0; i < p.re.length; i++) {
      const re = p.re[i] as RegExp;
      re.lastIndex = pos;
      if (!re.test(text) || re.lastIndex === pos) continue;
      start();
      consider(p.slot[i] ?? 0, re.lastIndex, p.order[i] ?? 0);
    }
  }
  /** The first match at this position clears the slots of the previous one. */
  function start(): void {
    if (hit) return;
    bestEnd.fill(-1);
    bestIndex.fill(-1);
    hit = true;
  }
  /** Longest per slot; on a tie, the phrase listed first. */
  function consider(s: number, end: number, index: number): void {
    const e = bestEnd[s] ?? -1;
    if (end > e || (end === e && index < (bestIndex[s] ?? -1))) {
      bestEnd[s] = end;
      bestIndex[s] = index;
    }
  }
}
