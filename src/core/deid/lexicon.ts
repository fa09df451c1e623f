import nameTrigrams from './data/name-trigrams.json' with { type: 'json' };
import commonWords from './data/common-words.json' with { type: 'json' };
import firstNames from './data/first-names.json' with { type: 'json' };
import places from './data/places.json' with { type: 'json' };
import surnames from './data/surnames.json' with { type: 'json' };

/**
 * The frequency lists shipped in ./data, turned into lookup structures once at module load.
 * All keys are lower case (NFC).
 */

/** Ordinary English words (lower-case dictionary entries). */
export const COMMON_WORDS: ReadonlySet<string> = new Set(commonWords);

/** First name → frequency rank (0 = most common). */
export const FIRST_NAME_RANK: ReadonlyMap<string, number> = new Map(firstNames.map((n, i) => [n, i]));

/** Surname → frequency rank (0 = most common). */
export const SURNAME_RANK: ReadonlyMap<string, number> = new Map(surnames.map((n, i) => [n, i]));

/** US city and town names, single- and multi-word. */
export const PLACE_NAMES: ReadonlySet<string> = new Set(places);

/** Is this (lower-case) word a known first name or surname? */
export function isKnownName(lower: string): boolean {
  return FIRST_NAME_RANK.has(lower) || SURNAME_RANK.has(lower);
}

/**
 * Is this word a frequent given name or surname? Used where the word is also an ordinary
 * word, so only the better-attested names count.
 */
export function isFrequentName(lower: string, firstLimit = 6000, surnameLimit = 5000): boolean {
  const f = FIRST_NAME_RANK.get(lower);
  const s = SURNAME_RANK.get(lower);
  return (f !== undefined && f < firstLimit) || (s !== undefined && s < surnameLimit);
}


const TRIGRAMS: ReadonlyMap<string, number> = new Map(Object.entries(nameTrigrams as Record<string, number>));

/**
 * How name-like an unknown word's spelling is: the mean letter-trigram log-ratio of names over
 * dictionary words (> 0 leans name, < 0 leans vocabulary). About 95% of list names score above
 * −0.3 and about 70% of long dictionary words below it.
 */
export function nameLikeness(lower: string): number {
  const s = `^${lower}$`;
  let sum = 0;
  let n = 0;
  for (let i = 0; i + 3 <= s.length; i++) {
    sum += TRIGRAMS.get(s.slice(i, i + 3)) ?? 0;
    n++;
  }
  return n ? sum / n : 0;
}

/** Is the word two ordinary words run together ("Eastgate", "Pinecrest"), as place names often are? */
export function isCompoundOfWords(lower: string): boolean {
  for (let i = 3; i <= lower.length - 3; i++) {
    if (COMMON_WORDS.has(lower.slice(0, i)) && COMMON_WORDS.has(lower.slice(i))) return true;
  }
  return false;
}
