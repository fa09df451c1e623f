import { COMMON_WORDS, isKnownName, isOrdinaryWord } from '../lexicon.ts';
import { COUNTRIES, EXTRA_COMMON, PLACE_SUFFIXES, STATES, STREET_SUFFIXES, STREET_TYPES } from '../vocabulary.ts';
import type { Candidate } from '../types.ts';

/**
 * Addresses written as a block — street, unit, town, region, postcode, country, over several
 * lines or comma-separated ("6750 Koskikatu 25 Apt. 864\nArtilleros\n, CO\n Uruguay 64677") —
 * are removed whole: once a street is found, the lines that continue it go with it. Country
 * names are not identifiers themselves, but inside an address block they are part of it.
 */

// One piece of an address after the street: a unit, a box, a town or region in capitals or
// title case, a postcode, a country, the "nan" of a blank field.
const UNIT_WORD = "(?:[Aa]pt|APT|[Aa]partment|[Ss]uite|SUITE|[Ss]te|[Uu]nit|UNIT|[Bb]ox|BOX|PSC|[Ff]loor|[Ff]l|[Bb]ldg|[Bb]uilding|[Rr]oom|[Ll]ot|#)";
/**
 * Postcodes by shape: UK ("SW1A 1AA"), Canada ("K1A 0B1"), the Netherlands ("1012 AB"), and
 * digit groups ("53-320" Poland, "340 12" Sweden, "01310-100" Brazil, "4844", "75001").
 */
const POSTCODE = "(?:[A-Z]{1,2}\\d[A-Z\\d]?[ \\t]?\\d[A-Z]{2}|[A-Z]\\d[A-Z][ \\t]?\\d[A-Z]\\d|\\d{4}[ \\t]?[A-Z]{2}|\\d{3,6}(?:[- ]\\d{2,5})?|\\d{2}[- ]\\d{3,5})(?![\\p{L}\\p{N}])";
const CONNECTOR = "(?:de|do|da|del|la|le|di|du|van|der|am|an|im|u|v|z|na|nad|pod|e|y|i|och|og)(?![\\p{L}])";
const PIECE = new RegExp(
  `^(?:[ \\t]*(?:[,\\n>][ \\t]*){0,3})(?:${UNIT_WORD}\\.?\\s*#?\\s*[A-Z0-9-]{1,8}|(?:APO|FPO|DPO|apo|fpo|dpo)\\s+(?:[A-Z]{2}|aa|ae|ap)\\s+\\d{5}|nan|${POSTCODE}|[A-Z]{2}(?![\\p{L}])|(?:\\p{Lu}[\\p{L}∆'’-]*\\.?|[\\p{Lu}\\d]*\\p{Lu}[\\p{Lu}\\d]*)(?:(?<!\\.)[ \\t]+(?:${POSTCODE}|\\p{Lu}[\\p{L}∆'’.-]*|${CONNECTOR}|\\(\\p{L}+\\)))*|\\p{Ll}[\\p{L}∆'’-]*(?:[ \\t]+(?:\\p{L}[\\p{L}∆'’-]*|\\(\\p{L}+\\)|${POSTCODE}))*)`,
  'u',
);

const STATE_PHRASES = new Set(['new hampshire', 'new jersey', 'new mexico', 'new york', 'north carolina', 'north dakota', 'south carolina', 'south dakota', 'rhode island', 'west virginia', 'puerto rico']);

const REGION_WORDS = new Set(['cite', 'cité', 'colonia', 'barrio', 'bairro', 'quartier', 'upper', 'lower', 'greater', 'north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'new', 'old', 'saint', 'san', 'santa', 'republic', 'federation', 'city', 'county', 'province', 'district', 'region', 'state', 'territory']);

/**
 * Is this piece plausible inside an address (no ordinary lower-case sentence words)? A piece
 * on its own line or after a comma (`ownField`) may be written in lower case ("mohács,
 * hungary") or all in capitals ("ASKER"), as towns often are.
 */
function plausible(piece: string, ownField: boolean, mixedCase: boolean): boolean {
  const words = piece.match(/[\p{L}∆'’]+/gu) ?? [];
  return words.every((w) => {
    const lower = w.toLowerCase();
    if (w === 'nan' || /^(?:de|do|da|del|la|le|di|du|van|der|am|an|im|u|v|z|na|nad|pod|e|y|i|och|og)$/.test(w)) return true;
    if (/^\p{Ll}/u.test(w)) {
      if (!ownField) return false;
      if (COUNTRIES.has(lower) || REGION_WORDS.has(lower) || /^(?:apt|apartment|suite|ste|unit|box|psc|apo|fpo|dpo|floor|fl|bldg|building|room|lot)$/.test(lower)) return true;
      return w.length >= 2 && !isOrdinaryWord(lower) && !EXTRA_COMMON.has(lower) && !COMMON_WORDS.has(lower);
    }
    // A town in capitals on its own line ("ASKER", "TRONDHEIM"), even one that is also a word.
    if (mixedCase && ownField && w.length >= 3 && w === w.toUpperCase() && /\n/.test(piece.slice(0, piece.search(/\S/) + 1))) return true;
    if (w.length >= 3 && w === w.toUpperCase() && !COMMON_WORDS.has(lower) && !EXTRA_COMMON.has(lower)) return true;
    if (/^(?:apt|apartment|suite|ste|unit|box|psc|apo|fpo|dpo|floor|fl|bldg|building|room|lot)$/.test(lower)) return true;
    if (COUNTRIES.has(lower) || STATES.has(lower) || w.length <= 2) return true;
    const singular = lower.replace(/s$/, '');
    if (STREET_SUFFIXES.has(lower) || STREET_SUFFIXES.has(singular) || PLACE_SUFFIXES.has(lower) || PLACE_SUFFIXES.has(singular)) return true;
    if (STREET_TYPES.has(lower) || STREET_TYPES.has(singular)) return true;
    // Region words ("Upper Austria", "Czech Republic") and towns named after people ("SMITH'S GREEN").
    if (REGION_WORDS.has(lower) || isKnownName(lower.replace(/['’]s$/, ''))) return true;
    // Town and region names are not ordinary words; "INCREASE" or "Phone" ends the block.
    return !isOrdinaryWord(lower);
  });
}

/** A line that starts a new field ("Phone: ...", "E-mail:") ends the block. */
const FIELD = /^[ \t]*(?:[,\n>][ \t]*){0,3}[\p{L} -]{2,20}:/u;

/**
 * Extends every street-address candidate over the address lines that follow it. `streets`
 * are the candidates found as streets; the extension is pushed to `out`.
 */
export function extendAddressBlocks(text: string, streets: readonly Candidate[], out: Candidate[]): void {
  for (const s of streets) {
    let end = s.end;
    // Capitals prove nothing in a street written in capitals (all-caps notes).
    const mixedCase = /\p{Ll}/u.test(text.slice(s.start, s.end));
    // A house number written with a full stop ("Rákóczi út 13.", "Király u. 15.") ends no sentence
    // when a unit or a new line follows.
    const numberDot = (at: number) => /\d\.$/.test(text.slice(at - 2, at)) && /^(?:[ \t]*\n|[ \t]+(?:Apt|Apartment|Suite|Ste|Unit|Floor|Fl)\b)/i.test(text.slice(at, at + 12));
    // A street that ends its sentence ("... on Oak Ridge Road. Lan said") opens no block.
    if (text[end - 1] === '.' && /^\s+\p{Lu}\p{Ll}/u.test(text.slice(end, end + 4)) && !numberDot(end)) continue;
    for (let n = 0; n < 6; n++) {
      const rest = text.slice(end, end + 80);
      if (FIELD.test(rest)) break;
      // A full stop then a space ends the sentence, and the block with it.
      if (text[end - 1] === '.' && /^[ \t]/.test(rest) && !numberDot(end)) break;
      const m = PIECE.exec(rest);
      if (!m || m[0].trim() === '') break;
      const ownField = /[,\n]/.test(m[0].slice(0, m[0].search(/\S/) + 1));
      if (!plausible(m[0], ownField, mixedCase)) break;
      // A capitalised word after a plain space (not a comma or new line) must not be a
      // sentence going on: only unknown words, codes and numbers continue the street there.
      if (!/[,\n]/.test(m[0].slice(0, m[0].search(/\S/) + 1 || 1)) && /^[ \t]/.test(rest)) {
        const first = m[0].trim().split(/\s+/)[0] ?? '';
        const lower = first.toLowerCase();
        if (/^\p{Lu}\p{Ll}/u.test(first) && (COMMON_WORDS.has(lower) || EXTRA_COMMON.has(lower)) && !/^(?:Apt|Apartment|Suite|Ste|Unit|Box|Floor|Room|Lot)$/i.test(first)) break;
      }
      // A state is larger than Safe Harbor's limit and stays ("Harlow County, Ohio"); a
      // country closing an address block goes with the block.
      const words = m[0].replace(/^[\s,>]+/, '').trim().toLowerCase();
      if (STATES.has(words) || STATE_PHRASES.has(words)) break;
      end += m[0].length;
    }
    // A house number or postcode written before the street line belongs to it ("6750 Koskikatu 25").
    const lead = /(?:\d{1,6}[ \t]+){1,2}$/.exec(text.slice(Math.max(0, s.start - 16), s.start));
    const start = lead && !/[\d.,/-]$/.test(text.slice(0, s.start - lead[0].length)) ? s.start - lead[0].length : s.start;
    if (end > s.end || start < s.start) out.push({ start, end, type: 'LOCATION', rank: 3 });
  }
}
