import nameTrigrams from './data/name-trigrams.json' with { type: 'json' };
import commonWords from './data/common-words.json' with { type: 'json' };
import firstNames from './data/first-names.json' with { type: 'json' };
import places from './data/places.json' with { type: 'json' };
import surnames from './data/surnames.json' with { type: 'json' };
import { EXTRA_COMMON } from './vocabulary.ts';

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

/**
 * Word endings of drugs and clinical terms (INN stems such as -pril, -olol, -azepam; -itis,
 * -ectomy, -ically). A word ending so is vocabulary, not a name, even if no list has it.
 */
const CLINICAL_ENDING =
  /(?:pril|olol|arone|cardic|cardia|pnea|uria|emic|azem|cath|ilin|illin|alol|sartan|dipine|azepam|azolam|oxetine|aline|triptyline|pramine|apine|idone|iprazole|prazole|tidine|statin|formin|gliptin|glitazone|mycin|micin|cillin|cycline|floxacin|oxacin|azole|conazole|vir|navir|mab|nib|parin|xaban|semide|thiazide|amide|olone|asone|sone|terol|tropium|caine|profen|fenac|oxone|orphine|orphan|adone|odone|codone|morphone|tamine|amine|phrine|pine|zine|azine|etine|afil|triptan|setron|dronate|lukast|tadine|gabalin|pentin|iramate|trigine|proic|ionate|ium|itis|osis|emia|aemia|ectomy|ostomy|otomy|plasty|algia|pathy|ology|scopy|graphy|gram|ically|ation|ations|ated|ating|ization)$/;

/** Is this lower-case word ordinary, directly or once an inflection or prefix is taken off? */
export function isOrdinaryWord(w: string): boolean {
  if (COMMON_WORDS.has(w) || EXTRA_COMMON.has(w)) return true;
  // "sx'd", "dc'd": shorthand past tenses.
  if (/['’]d$/.test(w)) return isOrdinaryWord(w.slice(0, -2));
  if (w.length >= 6 && CLINICAL_ENDING.test(w)) return true;
  for (const [suffix, add] of [['s', ''], ['es', ''], ['ed', ''], ['ed', 'e'], ['ing', ''], ['ing', 'e'], ['ly', ''], ['ally', ''], ['ies', 'y'], ["'s", ''], ['d', '']] as const) {
    if (w.length > suffix.length + 2 && w.endsWith(suffix)) {
      const stem = w.slice(0, -suffix.length) + add;
      if (COMMON_WORDS.has(stem) || EXTRA_COMMON.has(stem)) return true;
    }
  }
  for (const prefix of ['re', 'un', 'non', 'pre', 'post', 'de', 'ex', 'sub', 'hyper', 'hypo', 'over', 'under', 'anti', 'intra', 'inter', 'trans']) {
    if (w.length > prefix.length + 3 && w.startsWith(prefix) && COMMON_WORDS.has(w.slice(prefix.length))) return true;
  }
  return false;
}

