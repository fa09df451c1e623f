/**
 * One combined regular expression over many phrases: a single pass over the text finds every
 * phrase, and the index of the capturing group that matched names the phrase. Built once, at
 * module load, so a note is scanned in one pass rather than once per phrase.
 */

/** A phrase occurrence: where, and the index of the phrase in the list given to the matcher. */
export interface PhraseMatch {
  readonly start: number;
  readonly end: number;
  readonly index: number;
}

/** Scans text for a fixed list of regex sources (each must be free of capturing groups). */
export interface PhraseMatcher {
  readonly matchAll: (text: string) => PhraseMatch[];
}

/**
 * Compiles the sources into one alternation. Where two phrases start at the same place the longer
 * match is kept, by retrying the text at that position with the remaining phrases (rare).
 */
export function compilePhrases(sources: readonly string[]): PhraseMatcher {
  if (sources.length === 0) return { matchAll: () => [] };
  // Longest source first, so that at one position a longer phrase is tried before its prefix.
  const order = sources.map((_s, i) => i).sort((a, b) => (sources[b]?.length ?? 0) - (sources[a]?.length ?? 0));
  const re = new RegExp(order.map((i) => `(${sources[i]})`).join('|'), 'giu');
  return {
    matchAll(text: string): PhraseMatch[] {
      const out: PhraseMatch[] = [];
      re.lastIndex = 0;
      let m = re.exec(text);
      while (m !== null) {
        if (m[0].length === 0) {
          re.lastIndex++;
        } else {
          let group = 1;
          while (m[group] === undefined) group++;
          out.push({ start: m.index, end: m.index + m[0].length, index: order[group - 1] ?? 0 });
        }
        m = re.exec(text);
      }
      return out;
    },
  };
}
