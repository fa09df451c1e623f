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
const TYPE_AFTER = [
  // Norwegian, Danish, Swedish
  'gate', 'gata', 'gatan', 'gaten', 'vei', 'veien', 'vej', 'vegen', 'väg', 'vägen', 'gränd', 'gränden', 'allé', 'alle', 'plass', 'plads', 'torg', 'torget', 'stien', 'stig', 'bakke', 'bakken', 'terrasse', 'kaj',
  // Finnish, Estonian
  'tie', 'katu', 'kuja', 'polku', 'tee', 'põik', 'puiestee', 'maantee', 'tänav',
  // Hungarian
  'út', 'útja', 'utca', 'u\\.', 'tér', 'tere', 'körút', 'krt\\.', 'rakpart', 'rkp\\.', 'sor', 'köz', 'sétány',
  // Dutch, German
  'straat', 'laan', 'gracht', 'weg', 'plein', 'kade', 'singel', 'dreef', 'straße', 'strasse', 'str\\.', 'gasse', 'platz', 'allee', 'ufer', 'damm',
  // Slavic, Baltic
  'ulica', 'ul\\.', 'ulice', 'náměstí', 'nám\\.', 'třída', 'iela', 'gatvė',
].join('|');

/** Endings of street names written as one word with their type ("Hersnapvej", "Lindenstraße"). */
const FUSED_TYPE =
  'straße|strasse|straat|stræde|laan|gracht|weg|wegen|plein|kade|singel|dreef|gasse|platz|allee|damm|ufer|vej|gade|veien|vegen|vägen|gatan|gata|gaten|gate|gränd|torget|stien|stigen|bakken|katu|tie|kuja|polku|puiestee|tänav|iela|gatvė|utca';

const HOUSE_NUMBER = '\\d{1,5}[A-Za-z]?(?:-\\d{1,4}[A-Za-z]?)?\\.?';
const AFTER_NUMBER = '(?![\\p{L}\\p{N}]|\\.\\d|,\\d|\\s*(?:%|mg|kg|ml|cm|mm|km|min|x\\b|[/°]))';

// The type word and the house number; the name before them is read backwards from there
// (searching from the type word keeps the scan cheap: most notes have none).
const TYPE_AFTER_STREET = new RegExp(`(?<=[\\p{L}\\p{M}'’-][ \\t]+)(?:${TYPE_AFTER})[ \\t]+${HOUSE_NUMBER}${AFTER_NUMBER}`, 'giu');
const NAME_WORDS_BEFORE = /((?:\p{L}[\p{L}\p{M}'’-]*[ \t]+){1,3})$/u;
// The fused ending and the house number; the rest of the word is read backwards.
const FUSED_STREET = new RegExp(`(?<=\\p{L}{3})(?:${FUSED_TYPE})[ \\t]+${HOUSE_NUMBER}${AFTER_NUMBER}`, 'giu');
const WORD_BEFORE = /(?<![\p{L}\p{N}.'’-])(?:\p{Lu}\.[ \t]?)?(\p{L}[\p{L}\p{M}'’-]*)$/u;

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
 * "NAME type 12" lines. The name may be preceded by sentence words the pattern took in ("enter
 * on hegyalja út 98."): the leading words are dropped one by one until the rest is a street name.
 */
function collectTypeAfter(text: string, out: Candidate[]): void {
  TYPE_AFTER_STREET.lastIndex = 0;
  for (let m = TYPE_AFTER_STREET.exec(text); m !== null; m = TYPE_AFTER_STREET.exec(text)) {
    const from = Math.max(0, m.index - 90);
    const before = NAME_WORDS_BEFORE.exec(text.slice(from, m.index));
    if (!before) continue;
    const name = before[1] ?? '';
    const nameStart = m.index - name.length;
    // The name must start a word: not glued to a letter, digit, dot or apostrophe before it.
    if (/[\p{L}\p{N}.'’-]/u.test(text[nameStart - 1] ?? '')) continue;
    const words = name.trim().split(/\s+/);
    let offset = 0;
    for (let k = 0; k < words.length; k++) {
      if (isStreetName(words.slice(k))) {
        out.push({ start: nameStart + offset, end: m.index + m[0].length, type: 'LOCATION', rank: 4 });
        break;
      }
      const w = words[k] ?? '';
      offset = name.indexOf(w, offset) + w.length;
      offset += (/^\s*/.exec(name.slice(offset))?.[0] ?? '').length;
    }
  }
}

/** "Hersnapvej 75": the fused word read backwards from its ending, then judged. */
function collectFused(text: string, out: Candidate[]): void {
  FUSED_STREET.lastIndex = 0;
  for (let m = FUSED_STREET.exec(text); m !== null; m = FUSED_STREET.exec(text)) {
    const before = WORD_BEFORE.exec(text.slice(Math.max(0, m.index - 40), m.index));
    if (!before) continue;
    const word = (before[1] ?? '') + (/^\p{L}+/u.exec(m[0])?.[0] ?? '');
    if (!isFusedStreet(word)) continue;
    out.push({ start: m.index - before[0].length, end: m.index + m[0].length, type: 'LOCATION', rank: 4 });
  }
}

/** Is the fused word a street (no ordinary English word such as "highway", "untie", "fairway")? */
function isFusedStreet(raw: string): boolean {
  const word = raw.toLowerCase();
  return word.length >= 6 && !isOrdinaryWord(word) && !COMMON_WORDS.has(word) && !EXTRA_COMMON.has(word);
}

/** Finds street lines in international grammars; pushed to `streets` so address blocks extend them. */
export function findInternationalStreets(text: string, streets: Candidate[]): void {
  collectTypeAfter(text, streets);
  collectFused(text, streets);
  collect(streets, text, FOREIGN_PO_BOX, 'LOCATION', 5);
  collect(streets, text, MILITARY, 'LOCATION', 5);
}
