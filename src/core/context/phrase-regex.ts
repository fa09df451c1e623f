/**
 * Turns a rule phrase into regular-expression source. Shared by the ConText rules and the risk
 * lexicon so both read texting style the same way: any run of spaces matches any whitespace, an
 * apostrophe is optional and may be typographic ("im", "i'm", "i’m"), and a phrase that starts or
 * ends with a letter or digit only matches on a word boundary ("no" never matches inside "know").
 */

const SPECIAL = /[.*+?^${}()|[\]\\]/g;

/**
 * A letter or digit, spelled out (Latin letters with accents included) so the compiled regexes
 * need no Unicode-property support: the non-Unicode regex engine is several times faster here.
 */
const WORD = '[A-Za-z0-9\\u00C0-\\u024F]';

/** What ends a phrase that ends with a word character: no letter or digit follows. */
export const END_BOUNDARY = `(?!${WORD})`;

/** Regex source for a literal phrase, with the texting tolerances above. */
export function literalSource(literal: string): string {
  const words = literal.trim().split(/\s+/);
  const body = words
    .map((w) => w.replace(SPECIAL, '\\$&').replace(/['’]/g, "['’]?"))
    .join('\\s+');
  return bounded(literal.trim(), body);
}

/**
 * Regex source for a pattern rule: apostrophes and spaces are made tolerant as in literals, and
 * plain groups become non-capturing. Inside a character class an apostrophe also admits ’.
 */
export function patternSource(pattern: string): string {
  return bounded(pattern, tolerant(pattern));
}

/** Wraps a body in word-boundary look-arounds where the phrase starts or ends with a word character. */
function bounded(raw: string, body: string): string {
  const startsWord = /^[\p{L}\p{N}(]/u.test(raw) && !raw.startsWith('(?<');
  const endsWord = /[\p{L}\p{N})?*+]$/u.test(raw);
  return `${startsWord ? `(?<!${WORD})` : ''}(?:${body})${endsWord ? END_BOUNDARY : ''}`;
}

/**
 * One pass over a pattern: every plain group becomes non-capturing (so a combined alternation can
 * tell which rule matched by the index of its one capturing group), a space outside a character
 * class matches any whitespace, and an apostrophe outside a class is optional and may be typographic.
 */
function tolerant(src: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i] ?? '';
    const next = src[i + 1] ?? '';
    if (ch === '\\') {
      out += ch + next;
      i++;
    } else if (inClass) {
      if (ch === ']') inClass = false;
      out += ch === "'" ? "'’" : ch;
    } else if (ch === '[') {
      inClass = true;
      out += ch;
    } else if (ch === '(' && next !== '?') {
      out += '(?:';
    } else if (ch === ' ') {
      out += /[?*+{]/.test(next) ? '\\s' : '\\s+';
    } else if (ch === "'" || ch === '’') {
      out += /[?*]/.test(next) ? "['’]" : "['’]?";
    } else {
      out += ch;
    }
  }
  return out;
}
