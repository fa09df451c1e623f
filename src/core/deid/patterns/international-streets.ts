import { COMMON_WORDS, isOrdinaryWord } from '../lexicon.ts';
import { EXTRA_COMMON } from '../vocabulary.ts';
import type { Candidate } from '../types.ts';
import { collect } from './collect.ts';

/**
 * Street lines in the grammars of other countries, where the street type follows the name
 * and the house number follows the street:
 *
 * - a separate type word after the name, in any case: "Trenerys gate 232", "Luite tee 87",
 *   "Rákóczi út 13.", "Stensås terrasse 38", "Hammar väg 4", "Keizers gracht 12";
 * - a type fused onto the name, as in Germanic and Nordic languages: "Hersnapvej 75",
 *   "Schachterlweg 62", "Beerninckstraat 88", "tawastintie 6", "Hauptstraße 5";
 * - post-office boxes in other languages ("Postbox 53", "Postfach 1204", "Caixa Postal 88",
 *   "Apartado 12") and military or ship addresses in any case ("USNV Botolen", "psc 5420, box 2708").
 *
 * The house number is required: a name and a type word alone ("the gate", "Boarding gate") are
 * too often ordinary words.
 */

/** Street-type words written after the street name (Nordic, Baltic, Finnish, Hungarian, Dutch, German, Slavic). */
const TYPE_AFTER: ReadonlySet<string> = new Set([
  // Norwegian, Danish, Swedish
  'gate', 'gata', 'gatan', 'gaten', 'vei', 'veien', 'vej', 'vegen', 'väg', 'vägen', 'gränd', 'gränden', 'allé', 'alle', 'plass', 'plads', 'torg', 'torget', 'stien', 'stig', 'bakke', 'bakken', 'terrasse', 'kaj',
  // Finnish, Estonian
  'tie', 'katu', 'kuja', 'polku', 'tee', 'põik', 'puiestee', 'maantee', 'tänav',
  // Hungarian
  'út', 'útja', 'utca', 'u.', 'tér', 'tere', 'körút', 'krt.', 'rakpart', 'rkp.', 'sor', 'köz', 'sétány',
  // Dutch, German
  'straat', 'laan', 'gracht', 'weg', 'plein', 'kade', 'singel', 'dreef', 'straße', 'strasse', 'str.', 'gasse', 'platz', 'allee', 'ufer', 'damm',
  // Slavic, Baltic
  'ulica', 'ul.', 'ulice', 'náměstí', 'nám.', 'třída', 'iela', 'gatvė',
]);

/** Endings of street names written as one word with their type ("Hersnapvej", "Lindenstraße"). */
const FUSED_ENDING =
  /\p{L}{3}(?:straße|strasse|straat|stræde|laan|gracht|weg|wegen|plein|kade|singel|dreef|gasse|platz|allee|damm|ufer|vej|gade|veien|vegen|vägen|gatan|gata|gaten|gate|gränd|torget|stien|stigen|bakken|katu|tie|kuja|polku|puiestee|tänav|iela|gatvė|utca)$/u;

/**
 * Every house number written after a word: the street grammars are checked from there, reading
 * backwards (a note has few such numbers, so the scan stays cheap).
 */
const NUMBER_AFTER_WORD = /(?=\d)(?<=[\p{L}\p{M}.][ \t]+)\d{1,5}[A-Za-z]?(?:-\d{1,4}[A-Za-z]?)?\.?(?![\p{L}\p{N}]|\.\d|,\d|\s*(?:%|mg|kg|ml|cm|mm|km|min|x\b|[/°]))/gu;
/** Up to three name words, then the word right before the number (a type word, or a fused street). */
const WORDS_BEFORE = /(?<![\p{L}\p{N}.'’-])((?:\p{L}[\p{L}\p{M}'’-]*[ \t]+){0,3})(\p{L}[\p{L}\p{M}'’-]*\.?)[ \t]+$/u;

const FOREIGN_PO_BOX =
  /(?<![\p{L}\p{N}])(?:postbox|postboks|postbus|postfach|boîte postale|caixa postal|cx\. postal|apartado(?: postal)?|casilla|casella postale|skrytka pocztowa)\s*#?\s*\d{1,6}(?![\p{L}\p{N}])/giu;
const MILITARY =
  /(?<![\p{L}\p{N}])(?:(?:psc|unit|cmr)\s+\d{3,5}(?:,?\s*box\s+\d{1,5})?|(?:apo|fpo|dpo)\s+(?:aa|ae|ap)\s+\d{5}|(?:USNS|USS|USNV|USCGC|HMS|HMCS|HMAS)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)(?![\p{L}\p{N}])/giu;

/** Words that never open a street name: articles, prepositions, pronouns, numbers in words. */
const NOT_A_STREET_NAME = new Set(
  'the a an at to in on of by for from with and or but my your his her our their its this that these those each every no any some boarding departure arrival exit entry main front back side'.split(' '),
);

/**
 * Is this the name part of "NAME type 12": not ordinary English (or a capitalised name), and
 * not a list of clinical or function words?
 */
function isStreetName(words: readonly string[]): boolean {
  const first = (words[0] ?? '').toLowerCase();
  if (NOT_A_STREET_NAME.has(first) || EXTRA_COMMON.has(first)) return false;
  // One word must be no English word at all ("Rákóczi", "Trenerys", "hegyalja"); the others
  // may be ordinary only when capitalised ("Árpád fejedelem", "Old Mill").
  if (!words.some((w) => !isOrdinaryWord(w.toLowerCase()) && !COMMON_WORDS.has(w.toLowerCase()))) return false;
  if (words.some((w) => /^\p{Ll}/u.test(w) && (isOrdinaryWord(w.toLowerCase()) || NOT_A_STREET_NAME.has(w.toLowerCase())))) return false;
  return /\p{L}{3}/u.test(words.join(' '));
}

/**
 * "NAME type 12" and "Namefusedtype 12" lines, found from their house number. Sentence words
 * before the name ("enter on hegyalja út 98.") are dropped one by one until the rest is a
 * street name.
 */
function collectFromNumbers(text: string, out: Candidate[]): void {
  NUMBER_AFTER_WORD.lastIndex = 0;
  for (let m = NUMBER_AFTER_WORD.exec(text); m !== null; m = NUMBER_AFTER_WORD.exec(text)) {
    const before = WORDS_BEFORE.exec(text.slice(Math.max(0, m.index - 90), m.index));
    if (!before) continue;
    const name = before[1] ?? '';
    const last = before[2] ?? '';
    const lastLower = last.toLowerCase();
    const nameStart = m.index - before[0].length;
    const end = m.index + m[0].length;
    if (TYPE_AFTER.has(lastLower)) {
      const words = name.trim().split(/\s+/).filter((w) => w !== '');
      let offset = 0;
      for (let k = 0; k < words.length; k++) {
        if (isStreetName(words.slice(k))) {
          out.push({ start: nameStart + offset, end, type: 'LOCATION', rank: 4 });
          break;
        }
        const w = words[k] ?? '';
        offset = name.indexOf(w, offset) + w.length;
        offset += (/^\s*/.exec(name.slice(offset))?.[0] ?? '').length;
      }
    } else if (!last.endsWith('.') && FUSED_ENDING.test(lastLower) && isFusedStreet(lastLower)) {
      const wordStart = nameStart + name.length;
      // An initial may open it ("C. Beerninckstraat 88").
      const initial = /(?<![\p{L}\p{N}])\p{Lu}\.[ \t]?$/u.exec(text.slice(Math.max(0, wordStart - 3), wordStart));
      out.push({ start: initial ? wordStart - initial[0].length : wordStart, end, type: 'LOCATION', rank: 4 });
    }
  }
}

/** Is the fused word a street (no ordinary English word such as "highway", "untie", "fairway")? */
function isFusedStreet(word: string): boolean {
  return word.length >= 6 && !isOrdinaryWord(word) && !COMMON_WORDS.has(word) && !EXTRA_COMMON.has(word);
}

/** Finds street lines in international grammars; pushed to `streets` so address blocks extend them. */
export function findInternationalStreets(text: string, streets: Candidate[]): void {
  collectFromNumbers(text, streets);
  collect(streets, text, FOREIGN_PO_BOX, 'LOCATION', 5);
  collect(streets, text, MILITARY, 'LOCATION', 5);
}
