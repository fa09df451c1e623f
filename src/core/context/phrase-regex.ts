/**
 * Turns a rule phrase into regular-expression source. Shared by the ConText rules and the risk
 * lexicon so both read texting style the same way: any run of spaces matches any whitespace, an
 * apostrophe is optional and may be typographic ("im", "i'm", "i’m"), and a phrase that starts or
 * ends with a letter or digit only matches on a word boundary ("no" never matches inside "know").
 */

const SPECIAL = /[.*+?^${}()|[\]\\]/g;

/** Regex source for a literal phrase, with the texting tolerances above. */
export function literalSource(literal: string): string {
  const words = literal.trim().split(/\s+/);
  const body = words
    .map((w) => w.replace(SPECIAL, '\\$&').replace(/['’]/g, "['’]?"))
    .join('\\s+');
  return bounded(literal.trim(), body);
}

/** Regex source for a pattern rule: apostrophes and spaces are made tolerant, groups non-capturing. */
export function patternSource(pattern: string): string {
  const body = nonCapturing(pattern)
    .replace(/(?<!\\)['’](?![?*])/g, "['’]?")
    .replace(/(?<![\\[]) (?![*+?{])/g, '\\s+');
  return bounded(pattern, body);
}

/** Wraps a body in word-boundary look-arounds where the phrase starts or ends with a word character. */
function bounded(raw: string, body: string): string {
  const startsWord = /^[\p{L}\p{N}(]/u.test(raw) && !raw.startsWith('(?<');
  const endsWord = /[\p{L}\p{N})?*+]$/u.test(raw);
  return `${startsWord ? '(?<![\\p{L}\\p{N}])' : ''}(?:${body})${endsWord ? '(?![\\p{L}\\p{N}])' : ''}`;
}

/**
 * Makes every plain group non-capturing, so that a combined alternation can tell which rule
 * matched by the index of its one capturing group.
 */
function nonCapturing(src: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (ch === '\\') {
      out += ch + (src[i + 1] ?? '');
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      out += ch;
      continue;
    }
    if (ch === '[') inClass = true;
    if (ch === '(' && src[i + 1] !== '?') {
      out += '(?:';
      continue;
    }
    out += ch;
  }
  return out;
}
