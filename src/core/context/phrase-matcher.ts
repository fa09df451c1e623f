import { leadingKeys } from './leading-keys.ts';

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
  if (lower.length !== text.length) lower = text; // a length-changing case fold (rare): keys from the raw text
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
    // An apostrophe opening a token is a quotation mark ('If I had …'), a token of its own, so the
    // word after it still starts a phrase.
    if (isWordChar(c) && c !== 39 && c !== 0x2019) {
      i++;
      while (i < n && isWordChar(text.charCodeAt(i))) i++;
    } else {
      // One visible non-word character; an astral character (an emoji) is two code units.
      i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    }
    positions.push(start);
    const w = keyOf(lower.slice(start, i));
    words.push(hasDigit(w) ? w.replace(/[0-9]/g, '#') : w);
  }
  return { text, positions, words };
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

function hasDigit(w: string): boolean {
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
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
  sources.forEach((source, i) => {
    const keys = leadingKeys(source);
    if (keys === null) anywhere.push(i);
    else {
      for (const w of keys.words) file(byWord, keyOf(w), i);
      for (const p of keys.prefixes) file(byPrefix, p, i);
    }
  });
  const groupOf = options.groups;
  const compileGroup = (list: readonly number[]): GroupMatcher => {
    if (!overlapping || !groupOf) return alternation(sources, list);
    const byGroup = new Map<number, number[]>();
    for (const i of list) byGroup.set(groupOf[i] ?? 0, [...(byGroup.get(groupOf[i] ?? 0) ?? []), i]);
    const parts = [...byGroup.values()].map((l) => alternation(sources, l));
    if (parts.length === 1 && parts[0]) return parts[0];
    return (text, pos, out) => {
      for (const p of parts) p(text, pos, out);
    };
  };
  const wordGroups = new Map([...byWord].map(([k, list]) => [k, compileGroup(list)]));
  const prefixGroups = new Map([...byPrefix].map(([k, list]) => [k, compileGroup(list)]));
  const anywhereGroup = anywhere.length > 0 ? compileGroup(anywhere) : null;
  return {
    matchAll(text: string, given?: TextScan): PhraseMatch[] {
      const scan = given && given.text === text ? given : scanText(text);
      const out: PhraseMatch[] = [];
      const found: PhraseMatch[] = [];
      let blockedUntil = 0;
      for (let k = 0; k < scan.positions.length; k++) {
        const pos = scan.positions[k] ?? 0;
        if (!overlapping && pos < blockedUntil) continue;
        const word = scan.words[k] ?? '';
        const byWordGroup = wordGroups.get(word);
        const byPrefixGroup = prefixGroups.size > 0 && word.length >= 2 ? prefixGroups.get(word.slice(0, 2)) : undefined;
        if (!byWordGroup && !byPrefixGroup && !anywhereGroup) continue;
        found.length = 0;
        byWordGroup?.(text, pos, found);
        byPrefixGroup?.(text, pos, found);
        anywhereGroup?.(text, pos, found);
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

/** Tries phrases at one position and appends what matched. */
type GroupMatcher = (text: string, pos: number, out: PhraseMatch[]) => void;

/**
 * The phrases filed under one key as one sticky alternation: one run answers "does any of them
 * start here?". Most positions say no. When one does, the phrases are tried one by one and the
 * longest match wins (on a tie, the phrase listed first), so that a longer phrase such as a
 * pseudo-trigger always beats the shorter one inside it.
 */
function alternation(sources: readonly string[], list: readonly number[]): GroupMatcher {
  const order = [...list].sort((a, b) => a - b);
  const any = new RegExp(order.map((i) => `(?:${sources[i]})`).join('|'), 'iy');
  const each = order.map((i) => new RegExp(sources[i] ?? '', 'iy'));
  return (text, pos, out) => {
    if (each.length > 1) {
      any.lastIndex = pos;
      if (!any.test(text)) return;
    }
    let bestEnd = -1;
    let bestIndex = -1;
    for (let k = 0; k < each.length; k++) {
      const re = each[k] as RegExp;
      re.lastIndex = pos;
      const m = re.exec(text);
      if (m !== null && pos + m[0].length > bestEnd && m[0].length > 0) {
        bestEnd = pos + m[0].length;
        bestIndex = order[k] ?? 0;
      }
    }
    if (bestIndex >= 0) out.push({ start: pos, end: bestEnd, index: bestIndex });
  };
}
