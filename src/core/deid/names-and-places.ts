import {
  COMMON_WORDS,
  FIRST_NAME_RANK,
  isCompoundOfWords,
  isFrequentName,
  isKnownName,
  isOrdinaryWord,
  nameLikeness,
  PLACE_NAMES,
  SURNAME_RANK,
} from './lexicon.ts';
import { type Token, tokenize } from './tokens.ts';
import type { Candidate } from './types.ts';
import {
  EXTRA_COMMON,
  FACILITY_HEADS,
  LOWER_FACILITY_HEADS,
  NICKNAME_MARKERS,
  PERSON_CUES,
  PLACE_PREFIXES,
  PLACE_PREPOSITIONS,
  PLACE_SUFFIXES,
  SAFE_PROPER,
  SELF_INTRO,
  STATES,
  STREET_PREFIXES,
  STREET_SUFFIXES,
  TITLES,
  WEEKDAYS,
} from './vocabulary.ts';

/**
 * Layer 3: names and places from word lists and the way words are written. Philter-style, recall
 * first: a capitalised word that is not known-safe vocabulary is a name or a place; a capitalised
 * word that is also an ordinary word ("Bell", "Grace") needs a cue — a title, a kin or role word,
 * a neighbouring name, a facility or place word. Lower-case and all-caps notes, where capitals
 * prove nothing, fall back on the name lists.
 */

type Mark = 'NAME' | 'LOCATION' | null;

/** Words inside a capitalised run that do not break it ("Stages of Change", "Iglesia de Dios"). */
const CONNECTORS = new Set(['of', 'de', 'del', 'la', 'los', 'las', 'da', 'do', 'dos', 'van', 'von', 'der', 'den', 'the', 'y', 'st', 'e']);
/** Leading words stripped from a run before judging it. */
const LEADING = new Set(['the', 'a', 'an', 'at', 'in', 'on', 'our', 'my', 'his', 'her', 'their', 'this', 'that', 'to', 'from']);
/** Two-word state names, kept whole ("New York", "North Dakota"). */
const STATE_NAMES = new Set(['new hampshire', 'new jersey', 'new mexico', 'new york', 'north carolina', 'north dakota', 'south carolina', 'south dakota', 'rhode island', 'west virginia', 'puerto rico', 'district of columbia']);
/** Words that follow "Dr" in notes without being a name ("Dr aware", "MD notified"). */
const AFTER_TITLE_WORDS = new Set(
  `aware notified paged called in here to at and or was is said ordered team office wants will re note saw made stated states on of for with by who that has had came would could the a an his her their
  spoke updated informed present there also here's visit visited rounds note's orders order consult consulted`.split(/\s+/),
);
/** Microbes written with an initial ("E. coli"), not people. */
const MICROBES = new Set(['coli', 'aureus', 'diff', 'difficile', 'epidermidis', 'pneumoniae', 'faecalis', 'faecium', 'albicans', 'pylori', 'cepacia', 'marcescens', 'aeruginosa', 'influenzae', 'fragilis']);
/** Words before a destination: "transferred to GH", "lives in catonsville". */
const MOVEMENT_CUE =
  /\b(?:transferred|transfered|transfer|trans|tx'd|admitted|admit|adm|referred|sent|taken|brought|came|come|went|go|going|presented|arrived|arrival|enroute|discharged|flighted|flown|transported|returned|return|seen|evaluated|screened|followed|lives|living|lived|resides|residing|moved|works|worked|working|employed|recieved|received|dc'd|d\/c'd|called|meeting|visit|admission|admissions|transport|transfers|bed|placement|found|vacation|vacationing|home)\s+(?:[a-z]+\s+)?(?:to|from|into|at|in|by|on|@)\s+(?:the\s+)?$/i;
/** The last word of every self-introduction cue, to test the cue only where it can match. */
const INTRO_ENDINGS = new Set(['its', "it's", 'it’s', 'is', 'im', "i'm", 'i’m', 'named', 'called', 'me', 'signed', 'love']);
/** Kin and close-contact words strong enough to make even an ordinary word a name ("son bill"). */
const KIN_WORDS = new Set(
  `son daughter dtr wife husband brother sister bro sis mother father mom dad aunt uncle cousin nephew niece grandson granddaughter grandmother grandfather grandma grandpa friend sponsor boyfriend girlfriend fiance fiancee partner nurse np`.split(
    ' ',
  ),
);
/** Function words that are also given names in the lists ("Will", "She", "May"). */
const FUNCTION_WORDS = new Set(
  `she he it we they you i her him his hers them their this that these those will may can could would should shall might must did does do was were is are am be been has have had and or but not no yes so the a an to of in on at by for with from up down out over per pt family continues changes patient`.split(
    ' ',
  ),
);
const HOSPITAL_HEADS = new Set(['hospital', 'hosp', 'memorial', 'adventist']);
const GENERIC_BEFORE_HOSPITAL = new Set(
  `the a an this that his her their our your my outside other local previous prior same another nearest nearby nursing psychiatric psych state private general community acute teaching children's childrens veterans va to at from in of and or with for per hospital hosp medical day admitted transferred transfer sent taken went go going discharged by on into outlying referring`.split(
    ' ',
  ),
);
/** Titles that are also clinical abbreviations: PA (pulmonary artery), NP (nasal prongs), RN, PT, OT. */
const AMBIGUOUS_TITLES = new Set(['pa', 'np', 'rn', 'lpn', 'det', 'capt', 'coach']);
/** Lower-case particles inside a surname ("ten Pas", "van de Noort", "da Silva", "bin Laden"). */
const NAME_PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'ten', 'ter', 'te', 'da', 'di', 'du', 'del', 'della', 'dos', 'das', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'af', 'zu', 'y']);
/** Capitalised words that open a sentence before an initial without being a given name ("Dear A. Smith"). */
const NOT_GIVEN_NAMES = new Set(['dear', 'call', 'ask', 'tell', 'see', 'seen', 'per', 'thanks', 'hi', 'hello', 'cc', 'attn', 'attention', 'contact', 'page', 'paged', 'email', 'text', 'meet', 'met', 'dr', 'mr', 'mrs', 'ms', 'miss', 'prof', 'with', 'by', 'from', 'to', 'and', 'or', 'for']);
/** Very common English words that are also given names, never a lower-case given name ("will", "grant", "mark", "bill"). */
function dictWordStrict(t: Token): boolean {
  return /^(?:will|grant|mark|bill|pat|sue|rob|art|bob|don|guy|jack|job|ray|rich|rod|sam|ted|tom|wade|dean|drew|hope|joy|faith|grace|june|may|april|summer|rose|ruby|pearl|iris|lily|olive|amber|crystal|dawn|eve|holly|ivy|sky|star|sunny|young|king|page|chance|chase|clay|cliff|cole|dale|earl|gene|glen|heath|hunter|lane|miles|reed|rusty|sandy|scott|spike|stone|wolf|woody|bud|buck|buster|butch|chip|chuck|colt|dusty|gray|hank|harry|jimmy|lance|max|nick|norm|otto|rocky|tad|tank|trey|van|vince)$/.test(t.folded);
}
const PERSON_VERB = /^\s+(?:lives|lived|began|said|says|told|tells|reported|reports|texted|called|works|worked|wrote|writes|asked|stated|states|married|moved|is from|was from|comes from|came from|was born|grew up|had given|has given|gave|speaks|spoke|sings|sang)\b/;
const NAMING_ENDINGS = new Set(['named', 'called', 'is', 'by', 'aka', 'a']);
const DESTINATION_PREPOSITIONS = new Set(['to', 'from', 'into', 'at', 'in', 'by', 'on']);
const DESTINATION_HEADS = new Set(['hospital', 'hosp', 'memorial', 'regional', 'medical', 'center', 'centre', 'rehab', 'house', 'campus', 'clinic', 'general', 'manor', 'home', 'nursing', 'university', 'county', 'living']);
const EMPLOYER_CUE = /\b(?:employer|employed (?:at|by)|works? (?:\w+ )?(?:at|for)|working (?:\w+ )?(?:at|for)|job (?:at|with)|hired (?:at|by)|shift at|manager at|boss at)[\s,:]*$/i;

/** Is the word ordinary English (or ordinary note vocabulary)? Hyphenated words count when every part does. */
function isCommon(t: Token): boolean {
  // A word written with letters beyond Latin-1 ("Bašić", "Šušulić", "Łukasz") is no English
  // word, even when its accents folded away would spell one ("basic").
  if (/[\u0100-\uffff]/.test(t.lower) && !COMMON_WORDS.has(t.lower)) return EXTRA_COMMON.has(t.lower);
  const w = t.folded;
  if (COMMON_WORDS.has(t.lower) || isOrdinaryWord(w)) return true;
  if (w.includes('-')) return w.split('-').every((p) => p.length < 2 || isOrdinaryWord(p));
  return false;
}

/** Known-safe proper nouns and date words that this layer must never take. */
function isSafe(t: Token): boolean {
  const w = t.folded;
  // Month names are not here: several are also given names (June, April), and the date layer
  // removes them anyway.
  return SAFE_PROPER.has(w) || WEEKDAYS.has(w) || STATES.has(w);
}

/** Do capitals in this note carry meaning? Not in all-caps notes nor in all-lower-case messages. */
function capitalsMeanSomething(tokens: readonly Token[]): { caps: boolean; lowerCaseText: boolean } {
  let upper = 0;
  let cap = 0;
  let lower = 0;
  for (const t of tokens) {
    if (t.text.length < 2) continue;
    if (t.shape === 'upper') upper++;
    else if (t.shape === 'cap') cap++;
    else if (t.shape === 'lower') lower++;
  }
  const n = upper + cap + lower || 1;
  return { caps: upper / n < 0.5, lowerCaseText: cap / n < 0.04 };
}

/**
 * Share of a note's words that are clinical shorthand (abbreviations, numbers with units).
 * In dense shorthand an unknown capitalised word is far more often jargon or a brand of drug
 * than a name, so such notes need list or cue evidence for a name.
 */
function shorthandDensity(text: string, tokens: readonly Token[]): number {
  const words = text.split(/[\s,;:()]+/).filter((w) => w.length > 0);
  if (words.length < 20) return 0;
  let short = 0;
  for (const w of words) {
    const bare = w.replace(/[.]+$/, '');
    if (/\d/.test(bare) || (/^[A-Z]{2,}$/.test(bare) && bare.length <= 5) || (EXTRA_COMMON.has(bare.toLowerCase()) && bare.length <= 4)) short++;
  }
  return tokens.length ? short / words.length : 0;
}

function isKnownPlace(w: string): boolean {
  return PLACE_NAMES.has(w);
}

/** Finds person names and places (layer 3). */
export function findNamesAndPlaces(text: string, out: Candidate[]): void {
  const tokens = tokenize(text);
  if (tokens.length === 0) return;
  const { caps, lowerCaseText } = capitalsMeanSomething(tokens);
  const marks: Mark[] = tokens.map(() => null);
  // A word "looks capitalised" when capitals mean something and it starts with one (acronyms of
  // up to five letters are abbreviations: NA, APS, IEP).
  // Words in capitals inside a normally written note are emphasis or drug names as often as
  // names, so they are judged by the lists like lower-case words.
  const looksProper = (t: Token) => caps && (t.shape === 'cap' || t.shape === 'mixed');
  const common = tokens.map(isCommon);
  // Dictionary words proper (no stemming): what a cue such as "Dr" may not be followed by.
  const dictWord = tokens.map((t, i) => (common[i] ?? false) && (COMMON_WORDS.has(t.lower) || COMMON_WORDS.has(t.folded) || EXTRA_COMMON.has(t.folded)));
  const dense = shorthandDensity(text, tokens) > 0.25;
  // A word the note also writes in lower case is vocabulary there, not a name ("Lopressor" and
  // "lopressor"). Only where capitals mean something.
  const lowerSeen = new Set(tokens.filter((t) => t.shape === 'lower').map((t) => t.folded));
  const unknownLooksLikeName = (t: Token) =>
    (!lowerSeen.has(t.folded) || lowerCaseText) && (nameLikeness(t.folded) >= -0.3 || isCompoundOfWords(t.folded) || t.possessive);
  const safe = tokens.map(isSafe);

  const prevWords = (i: number, n: number): string => {
    const from = tokens[Math.max(0, i - n)];
    const here = tokens[i];
    if (!from || !here) return '';
    return text.slice(from.start, here.start);
  };
  const joinedTo = (i: number): boolean => {
    // Same phrase as the previous token: only spaces (or a quote, or "St. ") between.
    const t = tokens[i];
    const p = tokens[i - 1];
    if (!t || !p) return false;
    // "Saint Brendan's Church": a possessive joins only a following facility word.
    if (p.possessive && !(FACILITY_HEADS.has(t.folded) && t.shape !== 'lower' && t.gapBefore === ' ')) return false;
    if (/^[ \t]+$/.test(t.gapBefore) || /^\s*["“”]\s*$|^\s*["“”]?\s+["“”]?\s*$/.test(t.gapBefore)) return true;
    return t.gapBefore === '. ' && (p.lower === 'st' || p.lower === 'mt' || p.lower === 'ft' || p.text.length === 1);
  };

  // --- seeds: words that are names on their own evidence ---
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.text.length < 2 || FUNCTION_WORDS.has(t.folded)) continue;
    const prev = tokens[i - 1];
    const cueTitle = prev !== undefined && TITLES.has(prev.lower) && /^\.\s*$|^\s+$/.test(t.gapBefore) && (!t.sentenceStart || t.gapBefore === '.' || /^\.\s$/.test(t.gapBefore));
    const prev2 = tokens[i - 2];
    const cuePerson =
      prev !== undefined &&
      (PERSON_CUES.has(prev.lower) ||
        (NAMING_ENDINGS.has(prev.lower) && /\b(?:named|called|name is|goes by|aka|a\.k\.a\.)\s*$/i.test(prevWords(i, 3))) ||
        (prev2 !== undefined && PERSON_CUES.has(prev2.lower) && /^(?:is|was|=)$/.test(prev.lower))) &&
      /^[ ,:\-–]*\s*$/.test(t.gapBefore);
    const cueIntro = prev !== undefined && INTRO_ENDINGS.has(prev.lower) && SELF_INTRO.test(text.slice(Math.max(0, t.start - 12), t.start)) && !/\n/.test(t.gapBefore);
    const nameLike = isKnownName(t.lower) || isKnownName(t.folded);
    // A kin or role word before a frequent given name makes it a name even when it is also a
    // word or a state ("son bill", "NURSE VIRGINIA").
    const kinBefore = prev !== undefined && (KIN_WORDS.has(prev.lower) || (prev2 !== undefined && KIN_WORDS.has(prev2.lower) && /^(?:is|was)$/.test(prev.lower)));
    if (cuePerson && kinBefore && isFrequentName(t.folded, 3000, 0) && !FUNCTION_WORDS.has(t.folded) && !(looksProper(t) && t.sentenceStart)) {
      marks[i] = 'NAME';
      continue;
    }
    if (safe[i]) continue;
    const header = /^\s*:/.test(text.slice(t.end + (t.possessive ? 2 : 0), t.end + 4)) && t.sentenceStart;
    if (looksProper(t)) {
      const frequentName = isFrequentName(t.folded, 6000, 20000) && (!lowerSeen.has(t.folded) || lowerCaseText);
      // A line-opening word before a colon is a heading ("Neuro:") unless it is a name
      // ("John: You saved my life!").
      const headerOk = !header || frequentName || nameLikeness(t.folded) >= 0.3;
      if (!common[i] && headerOk && (frequentName || isKnownPlace(t.folded) || (!dense && unknownLooksLikeName(t)))) marks[i] = 'NAME';
      else if (header && common[i] && isFrequentName(t.folded, 2000, 0) && !lowerSeen.has(t.folded)) marks[i] = 'NAME';
      else if (cueTitle || cuePerson || cueIntro) marks[i] = 'NAME';
      else if (!t.sentenceStart && isFrequentName(t.lower, 4000, 0) && !lowerSeen.has(t.folded) && !EXTRA_COMMON.has(t.folded)) marks[i] = 'NAME';
      else if (t.possessive && isFrequentName(t.lower, 4000, 3000)) marks[i] = 'NAME';
      // "Walker began writing", "Dexter lives on ...": a name opening a sentence as the subject
      // of a verb only people do.
      else if (t.sentenceStart && isFrequentName(t.folded, 3000, 3000) && PERSON_VERB.test(text.slice(t.end, t.end + 14))) marks[i] = 'NAME';
      // A given name of the lists, however rare, written as a name inside a sentence ("the
      // gender of Inger"): not a word, not written in lower case elsewhere in the note.
      else if (!t.sentenceStart && !common[i] && !dense && FIRST_NAME_RANK.has(t.folded) && !lowerSeen.has(t.folded) && t.text.length >= 3) marks[i] = 'NAME';
    } else if (t.shape === 'lower' || t.shape === 'upper' || !caps) {
      // Lower case (messages) or all caps (nursing shorthand): the lists decide.
      // Only well-attested names: the long tail of the lists is full of clinical shorthand
      // ("levo", "endo", "vea").
      const listName = !common[i] && !EXTRA_COMMON.has(t.folded) && (t.text.length >= 4 || (lowerCaseText && isFrequentName(t.folded, 1000, 0))) && t.text.length >= 3 && isFrequentName(t.folded, 2500, 6000);
      const strongTitle = cueTitle && prev !== undefined && /^(?:dr|drs|doctor|mr|mrs|ms|miss)$/.test(prev.lower);
      // Clinical abbreviations that double as titles ("PA numbers", "NP sats": pulmonary artery,
      // nasal prongs) are no cue before a word written in lower case or in capitals.
      const weakTitle = cueTitle && prev !== undefined && AMBIGUOUS_TITLES.has(prev.lower);
      if ((cueTitle || cuePerson || cueIntro) && !(cueTitle ? dictWord[i] || (weakTitle && (common[i] || !isKnownName(t.folded))) : common[i]) && t.text.length >= 2) marks[i] = 'NAME';
      else if (strongTitle && (nameLike || !AFTER_TITLE_WORDS.has(t.folded))) marks[i] = 'NAME';
      else if (cueTitle && isFrequentName(t.folded, 3000, 5000) && !AFTER_TITLE_WORDS.has(t.folded)) marks[i] = 'NAME';
      else if (listName && (lowerCaseText || !caps)) marks[i] = 'NAME';
    }
  }

  // Nicknames: "lil T", "big mike", "Old Ray": the marker is part of the name.
  const nicknameStart: boolean[] = tokens.map(() => false);
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i] as Token;
    const n = tokens[i + 1] as Token;
    if (!NICKNAME_MARKERS.has(t.lower) || !/^ $/.test(n.gapBefore)) continue;
    const nIsName = marks[i + 1] === 'NAME' || (n.text.length === 1 && n.shape !== 'lower') || (isFrequentName(n.lower, 3000, 0) && n.shape === (t.shape === 'cap' ? 'cap' : n.shape));
    if (nIsName && !safe[i + 1] && !(n.shape === 'lower' && COMMON_WORDS.has(n.lower) && !isFrequentName(n.lower, 800, 0))) {
      marks[i + 1] = 'NAME';
      nicknameStart[i] = true;
    }
  }

  // --- runs of capitalised words: facilities, streets, towns, multi-word names ---
  if (caps) {
    let i = 0;
    while (i < tokens.length) {
      const t = tokens[i] as Token;
      if (!looksProper(t) || safe[i] && !PLACE_PREFIXES.has(t.lower)) {
        i++;
        continue;
      }
      let j = i;
      while (j + 1 < tokens.length && joinedTo(j + 1)) {
        const n = tokens[j + 1] as Token;
        if (looksProper(n) || (CONNECTORS.has(n.lower) && tokens[j + 2] !== undefined && looksProper(tokens[j + 2] as Token) && joinedTo(j + 2))) j++;
        else break;
      }
      judgeRun(i, j);
      i = j + 1;
    }
  }

  function judgeRun(from: number, to: number): void {
    let a = from;
    while (a < to && LEADING.has((tokens[a] as Token).lower)) a++;
    const run = tokens.slice(a, to + 1);
    const first = run[0];
    const last = run[run.length - 1];
    if (!first || !last) return;
    const idx = (k: number) => a + k;
    const anyUnsafe = run.some((_, k) => !safe[idx(k)] && !CONNECTORS.has((tokens[idx(k)] as Token).lower));
    const anyMarked = run.some((_, k) => marks[idx(k)] !== null);
    const midSentence = !first.sentenceStart;
    const before = text.slice(Math.max(0, first.start - 40), first.start);
    const prevTok = tokens[a - 1];
    const afterPlacePrep = prevTok !== undefined && PLACE_PREPOSITIONS.has(prevTok.lower) && /^\s+$/.test(first.gapBefore);
    const employer = EMPLOYER_CUE.test(before);
    const phrase = run.map((t) => t.folded).join(' ');
    const setAll = (m: Mark) => {
      for (let k = 0; k < run.length; k++) marks[idx(k)] = m;
    };
    if (!anyUnsafe || STATE_NAMES.has(phrase)) return;
    if (run.length >= 2 && (FACILITY_HEADS.has(last.folded) || STREET_SUFFIXES.has(last.folded))) {
      setAll('LOCATION');
      return;
    }
    if (run.length >= 2 && (STREET_PREFIXES.has(first.folded) && first.folded !== 'county')) {
      setAll('LOCATION');
      return;
    }
    if (run.length >= 2 && PLACE_SUFFIXES.has(last.folded) && (midSentence || anyMarked || run.length >= 3)) {
      setAll('LOCATION');
      return;
    }
    if (run.length >= 2 && PLACE_PREFIXES.has(first.folded) && !safe[idx(1)]) {
      setAll('LOCATION');
      return;
    }
    if (employer && (anyMarked || run.length >= 2 || !common[a])) {
      setAll('LOCATION');
      return;
    }
    const anyUnusual = run.some((t) => !isOrdinaryWord(t.folded) && !CONNECTORS.has(t.folded));
    if (afterPlacePrep && midSentence && ((run.length >= 2 && anyUnusual) || PLACE_NAMES.has(phrase) || anyMarked)) {
      // "in Cold Harbor", "from Oakvale"; a person after "to"/"at" stays a person.
      const personish = run.every((t) => isKnownName(t.folded)) && !PLACE_NAMES.has(phrase);
      if (!(personish && /^(?:to|with|from)$/.test(prevTok?.lower ?? ''))) {
        setAll('LOCATION');
        return;
      }
    }
    if (run.length >= 2 && PLACE_NAMES.has(phrase) && midSentence) {
      setAll('LOCATION');
      return;
    }
    const titled = prevTok !== undefined && /^(?:dr|drs|doctor|mr|mrs|ms|miss|mx)$/.test(prevTok.lower) && /^\.?\s+$/.test(first.gapBefore);
    if (titled) {
      // After "Dr." or "Mrs." the whole capitalised run is the name ("Dr. Justin Beet").
      for (let k = 0; k < run.length; k++) if (!safe[idx(k)] && !CONNECTORS.has((tokens[idx(k)] as Token).folded)) marks[idx(k)] = 'NAME';
      return;
    }
    if (anyMarked) {
      // A multi-word name: every capitalised word joined to a name is part of it ("Marcus Bell",
      // "Tran Van Minh"), except safe words and a trailing ordinary word that is no name.
      for (let k = 0; k < run.length; k++) {
        const tk = tokens[idx(k)] as Token;
        if (safe[idx(k)] && !SURNAME_RANK.has(tk.folded)) continue;
        // A sentence-opening ordinary word ("Later Rosa called") is not part of the name.
        // A given name of the lists before an unknown surname stays ("Johannes Varvio").
        const nextTk = k + 1 < run.length ? (tokens[idx(k + 1)] as Token) : undefined;
        const givenBeforeSurname = (FIRST_NAME_RANK.get(tk.folded) ?? Number.POSITIVE_INFINITY) < 10000 && nextTk !== undefined && !common[idx(k + 1)] && marks[idx(k + 1)] === 'NAME';
        if (k === 0 && tk.sentenceStart && dictWord[idx(k)] && !isFrequentName(tk.folded, 3000, 0) && !givenBeforeSurname) continue;
        if (marks[idx(k)] === null && (!common[idx(k)] || isFrequentName(tk.folded, 6000, 20000))) marks[idx(k)] = 'NAME';
      }
    }
  }

  // A lower-case facility word right after a name is part of the place: "the Westside clinic".
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (marks[i] === null && marks[i - 1] !== null && t.shape === 'lower' && LOWER_FACILITY_HEADS.has(t.folded) && /^ $/.test(t.gapBefore) && !(tokens[i - 1] as Token).possessive) {
      marks[i] = 'LOCATION';
      marks[i - 1] = 'LOCATION';
    }
  }

  // Lists of people: "Renata, Chidi, Wen, and J. Okoye" — a capitalised known first name
  // listed with a name is one too.
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      const lowerListed = lowerCaseText && t.shape === 'lower' && isFrequentName(t.folded, 3000, 0) && !FUNCTION_WORDS.has(t.folded);
      if (marks[i] !== null || safe[i] || !(looksProper(t) || lowerListed) || !(FIRST_NAME_RANK.has(t.folded) || SURNAME_RANK.has(t.folded))) continue;
      const listGap = /^\s*(?:,|,?\s+&|\/)\s*$/i;
      const isAnd = (k: number) => /^(?:and|or)$/.test(tokens[k]?.lower ?? '') && /^,?\s+$/.test(tokens[k]?.gapBefore ?? '');
      // The name before: right before the comma, or before "and"/"or".
      const left = i > 0 && isAnd(i - 1) && /^\s+$/.test(t.gapBefore) ? i - 2 : i - 1;
      const leftNamed = left >= 0 && marks[left] === 'NAME' && (left === i - 1 ? listGap.test(t.gapBefore) : true);
      const right = tokens[i + 1] !== undefined && isAnd(i + 1) ? i + 2 : i + 1;
      const next = tokens[right];
      const rightNamed = next !== undefined && marks[right] === 'NAME' && (right === i + 1 ? listGap.test(next.gapBefore) : /^\s+$/.test(next.gapBefore));
      if (leftNamed || rightNamed) marks[i] = 'NAME';
    }
  }

  // Every other mention of a word found as a name is the same name ("Wen's daughter", "Kim").
  const named = new Map<string, boolean>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (marks[i] === 'NAME' && t.text.length >= 2) named.set(t.folded, common[i] ?? false);
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (marks[i] !== null || safe[i] || !named.has(t.folded)) continue;
    // In a normally written note a name is capitalised: its lower-case twin is an ordinary word.
    // An ordinary word found as a name ("Will", "Grace") spreads only to its capitalised twins.
    if (!named.get(t.folded) || t.shape !== 'lower') marks[i] = 'NAME';
  }

  // "E. WELSH", "Z. MILLER": an initial and a surname, even one that is also a word.
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const p = tokens[i - 1] as Token;
    if (marks[i] !== null || p.text.length !== 1 || !/\p{Lu}/u.test(p.text) || !/^\.\s+$/.test(t.gapBefore)) continue;
    if (MICROBES.has(t.folded) || t.text.length < 2 || safe[i]) continue;
    // SOAP headings ("S. INTUBATED", "O. SEE FLOWSHEET") are no initials.
    if (/^[SOAP]$/.test(p.text) && (dictWord[i] || isOrdinaryWord(t.folded))) continue;
    const sRank = SURNAME_RANK.get(t.folded) ?? Number.POSITIVE_INFINITY;
    if ((!isOrdinaryWord(t.folded) && (isKnownName(t.folded) || (t.text.length >= 5 && nameLikeness(t.folded) >= 0))) || sRank < 5000) marks[i] = 'NAME';
  }

  // Destinations: after "transferred to", "lives in", the next words that are no ordinary words,
  // or a run ending in a hospital word ("HOLY CROSS HOSPITAL", "FREDERICK MEMORIAL").
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const p1 = tokens[i - 1];
    const p2 = tokens[i - 2];
    const afterPreposition = p1 !== undefined && (DESTINATION_PREPOSITIONS.has(p1.lower) || (p1.lower === 'the' && p2 !== undefined && DESTINATION_PREPOSITIONS.has(p2.lower)));
    if (marks[i] !== null || !(afterPreposition || t.gapBefore.includes('@')) || !MOVEMENT_CUE.test(text.slice(Math.max(0, t.start - 40), t.start))) continue;
    let j = i;
    let lastHead = -1;
    let lastUnknown = -1;
    while (j < tokens.length && j < i + 4) {
      const tj = tokens[j] as Token;
      if (j > i && !/^[ \t]+$/.test(tj.gapBefore)) break;
      if (DESTINATION_HEADS.has(tj.folded) || FACILITY_HEADS.has(tj.folded)) lastHead = j;
      else if (!dictWord[j] && !safe[j] && !EXTRA_COMMON.has(tj.folded) && tj.text.length >= 2) lastUnknown = j;
      else if (dictWord[j] && !(tj.shape !== 'lower' && caps)) {
        if (!(tj.shape === 'upper' || !caps || lowerCaseText)) break;
      }
      j++;
    }
    const end = Math.max(lastHead, lastUnknown);
    // A hospital word alone ("to rehab", "went to the nursing home") names no place.
    const namedBeforeHead =
      lastHead > i && tokens.slice(i, lastHead).every((x) => x.shape !== 'lower' && !EXTRA_COMMON.has(x.folded) && !/^(?:nursing|the|a|an|this|that|his|her|our|their)$/.test(x.folded)) && !DESTINATION_HEADS.has((tokens[i] as Token).folded);
    if (end < i || (lastUnknown < 0 && !namedBeforeHead)) continue;
    // Without a hospital word, only the unknown words themselves, from the first.
    if (lastHead < 0) {
      if (dictWord[i] || EXTRA_COMMON.has(t.folded)) continue;
      for (let k = i; k <= lastUnknown && !dictWord[k]; k++) marks[k] = 'LOCATION';
    } else for (let k = i; k <= end; k++) marks[k] = 'LOCATION';
  }

  // The words before a hospital word name the hospital, in any case ("reisterstown hospital",
  // "HOLY CROSS HOSP", "UNION MEMORIAL"), unless they are generic ("the local hospital").
  for (let i = 1; i < tokens.length; i++) {
    const head = tokens[i] as Token;
    if (!HOSPITAL_HEADS.has(head.folded) || !/^[ \t]+$/.test(head.gapBefore)) continue;
    for (let k = i - 1, n = 0; k >= 0 && n < 3; k--, n++) {
      const t = tokens[k] as Token;
      if (GENERIC_BEFORE_HOSPITAL.has(t.folded) || EXTRA_COMMON.has(t.folded) || t.text.length < 2) break;
      if (marks[k] === null) marks[k] = 'LOCATION';
      if (t.sentenceStart || !/^[ \t]+$/.test(t.gapBefore)) break;
    }
  }

  // A ward written as a name and a number after "to", "on", "from" ("TO QUARTERMAIN 2").
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const p = tokens[i - 1] as Token;
    if (marks[i] !== null || dictWord[i] || safe[i] || t.text.length < 6 || !/^(?:to|on|from|per|at)$/.test(p.lower)) continue;
    if (nameLikeness(t.folded) < 0) continue;
    if (/^\s*\d{1,2}(?!\d)/.test(text.slice(t.end, t.end + 4)) && !isOrdinaryWord(t.folded) && !EXTRA_COMMON.has(t.folded)) marks[i] = 'LOCATION';
  }

  // A place found once is the same place at its other mentions ("ON QUARTERMAIN 2", "At GH EW").
  const places = new Set<string>();
  for (let i = 0; i < tokens.length; i++) if (marks[i] === 'LOCATION' && !dictWord[i] && !safe[i] && (tokens[i] as Token).text.length >= 2) places.add((tokens[i] as Token).folded);
  for (let i = 0; i < tokens.length; i++) if (marks[i] === null && places.has((tokens[i] as Token).folded)) marks[i] = 'LOCATION';

  // Names written without capitals (or all in capitals): a name-list word or an unknown word
  // right after a found name continues it ("dr. john bowman", "LEONA LABOWICH"), and so does
  // one before a found surname; an initial joins its name ("Z. MILLER", "DAN A. FORMAN-LYONS").
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (marks[i] !== null || safe[i] || looksProper(t)) continue;
      const prevNamed = i > 0 && marks[i - 1] === 'NAME' && /^(?:[ \t]+|\.\s)$/.test(t.gapBefore) && !(tokens[i - 1] as Token).possessive;
      const next = tokens[i + 1];
      const nextNamed = next !== undefined && marks[i + 1] === 'NAME' && /^(?:[ \t]+|\.\s)$/.test(next.gapBefore) && !t.possessive;
      if (!prevNamed && !nextNamed) continue;
      const initial = t.text.length === 1 && t.shape !== 'lower' && text[t.end] === '.';
      const unknownNameish = !isOrdinaryWord(t.folded) && t.text.length >= 3 && (isKnownName(t.folded) || nameLikeness(t.folded) >= -0.3);
      // An ordinary word joins only as a given name before a found surname ("bill SMITH"), so
      // "Dr. Smith will" keeps its "will".
      const givenBefore = nextNamed && !prevNamed && isFrequentName(t.folded, 3000, 0) && !t.sentenceStart;
      if (initial || unknownNameish || givenBefore) marks[i] = 'NAME';
    }
  }
  // A signature: up to three name words before a credential ("q. lander rrt", "ANTHONY C. KOZICKI, RRT").
  for (const m of text.matchAll(CREDENTIAL)) {
    let k = tokens.findIndex((t) => t.start >= m.index) - 1;
    for (let n = 0; n < 3 && k >= 0; n++, k--) {
      const t = tokens[k] as Token;
      // A letter glued to a number is a unit ("4L NP", "2L NC"), not an initial.
      if (/\d/.test(text[t.start - 1] ?? '')) break;
      if (t.sentenceStart && n > 0 && t.text.length > 1) {
        if (!dictWord[k] || isFrequentName(t.folded, 3000, 3000)) marks[k] = 'NAME';
        break;
      }
      if (dictWord[k] && !isFrequentName(t.folded, 3000, 3000) && t.text.length > 1) break;
      marks[k] = 'NAME';
    }
  }

  // A given name and a surname written in lower case ("monika žilková", "eric g. samoylova"):
  // a frequent given name that is no English word, then an unknown name-like word.
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.shape !== 'lower' || dictWord[i] || !isFrequentName(t.folded, 3000, 0) || FUNCTION_WORDS.has(t.folded)) continue;
    let j = i + 1;
    const mid = tokens[j] as Token;
    if (mid.text.length === 1 && /^\.?[ \t]+$/.test((tokens[j + 1] as Token | undefined)?.gapBefore ?? '')) j++;
    const sur = tokens[j];
    if (sur?.shape !== 'lower' || !/^[ \t]+$/.test(mid.gapBefore)) continue;
    if (isOrdinaryWord(sur.folded) || EXTRA_COMMON.has(sur.folded) || sur.text.length < 3) continue;
    if (!(isKnownName(sur.folded) || nameLikeness(sur.folded) >= -0.3)) continue;
    for (let k = i; k <= j; k++) marks[k] = 'NAME';
  }

  // A middle initial without its full stop, and a generational suffix, belong to the name
  // around them ("Szabina J Gelencsér", "Kevin Veitonen II").
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (marks[i] !== null || marks[i - 1] !== 'NAME' || !/^[ \t]+$/.test(t.gapBefore)) continue;
    const next = tokens[i + 1];
    const initialBetween = t.text.length === 1 && /\p{Lu}/u.test(t.text) && next !== undefined && marks[i + 1] === 'NAME' && /^\.?[ \t]+$/.test(next.gapBefore);
    const suffix = /^(?:Jr|Sr|II|III|IV)$/.test(t.text);
    // "Kate M Begum": a capitalised word after a given name and a middle initial is the surname.
    const afterInitial = tokens[i + 1];
    if (t.text.length === 1 && /\p{Lu}/u.test(t.text) && afterInitial !== undefined && marks[i + 1] === null && !safe[i + 1] && /^\.?[ \t]+$/.test(afterInitial.gapBefore) && afterInitial.shape !== 'lower' && !FUNCTION_WORDS.has(afterInitial.folded) && FIRST_NAME_RANK.has((tokens[i - 1] as Token).folded)) {
      marks[i] = 'NAME';
      marks[i + 1] = 'NAME';
      continue;
    }
    if (initialBetween || suffix) marks[i] = 'NAME';
  }

  // Name particles between a given name and a surname: "Willemine ten Pas", "Maika van de Noort".
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (marks[i - 1] !== 'NAME' || marks[i] !== null || !NAME_PARTICLES.has((tokens[i] as Token).text)) continue;
    let j = i;
    while (j < tokens.length && j < i + 2 && NAME_PARTICLES.has((tokens[j] as Token).text) && /^[ \t]+$/.test((tokens[j] as Token).gapBefore)) j++;
    const sur = tokens[j];
    if (sur === undefined || sur.shape !== 'cap' || !/^[ \t]+$/.test(sur.gapBefore) || safe[j] || FUNCTION_WORDS.has(sur.folded)) continue;
    if (common[j] && !SURNAME_RANK.has(sur.folded)) continue;
    for (let k = i; k <= j; k++) marks[k] = 'NAME';
  }

  // A capitalised word before a middle initial and a found surname is the given name
  // ("Sari J. Paavolainen", "Vide A. Persson").
  for (let i = 0; i + 2 < tokens.length; i++) {
    const t = tokens[i] as Token;
    const ini = tokens[i + 1] as Token;
    const sur = tokens[i + 2] as Token;
    if (marks[i] !== null || !looksProper(t) || t.shape !== 'cap' || safe[i] || FUNCTION_WORDS.has(t.folded) || NOT_GIVEN_NAMES.has(t.folded)) continue;
    if (ini.text.length !== 1 || !/\p{Lu}/u.test(ini.text) || !/^[ \t]+$/.test(ini.gapBefore) || !/^\.?[ \t]+$/.test(sur.gapBefore)) continue;
    if (marks[i + 2] !== 'NAME' || sur.shape === 'lower') continue;
    marks[i] = 'NAME';
    marks[i + 1] = 'NAME';
  }

  // A given name and a surname in lower case where both lists agree ("aksel kristensen",
  // "benjamin a seiler", "frank freud"): a given name of the lists (or an unknown name-like
  // word), an optional initial, then a surname of the lists that is no word. A given name that is
  // also a word ("frank", "benjamin") needs a surname of the lists or an initial.
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (marks[i] !== null || t.shape !== 'lower' || FUNCTION_WORDS.has(t.folded) || EXTRA_COMMON.has(t.folded) || safe[i] || t.text.length < 4) continue;
    let j = i + 1;
    const mid = tokens[j] as Token;
    if (!/^[ \t]+$/.test(mid.gapBefore)) continue;
    const hasInitial = mid.text.length === 1 && mid.shape === 'lower' && mid.lower !== 'a' && mid.lower !== 'i' || (mid.text.length === 1 && text[mid.end] === '.');
    if (hasInitial) j++;
    const sur = tokens[j];
    if (sur === undefined || sur.shape !== 'lower' || !/^\.?[ \t]+$/.test(sur.gapBefore) || sur.text.length < 4 || safe[j]) continue;
    if (marks[j] !== null && marks[j] !== 'NAME') continue;
    if (common[j] || EXTRA_COMMON.has(sur.folded)) continue;
    const surKnown = SURNAME_RANK.has(sur.folded);
    const givenRank = FIRST_NAME_RANK.get(t.folded);
    const givenOk = common[i]
      ? givenRank !== undefined && givenRank < 6000 && (surKnown || hasInitial) && !dictWordStrict(t)
      : givenRank !== undefined || (surKnown && nameLikeness(t.folded) >= 0);
    if (!givenOk || !(surKnown || (givenRank !== undefined && givenRank < 6000 && nameLikeness(sur.folded) >= -0.3))) continue;
    for (let k = i; k <= j; k++) marks[k] = 'NAME';
  }

  findInitials(text, out);

  // Emit spans: consecutive marked tokens joined only by spaces become one span.
  for (let i = 0; i < tokens.length; i++) {
    const mark = marks[i];
    if (!mark) continue;
    let j = i;
    while (j + 1 < tokens.length && marks[j + 1] === mark && joinedTo(j + 1) && !/["“”]/.test((tokens[j + 1] as Token).gapBefore)) j++;
    const startTok = tokens[i] as Token;
    let start = startTok.start;
    if (i > 0 && nicknameStart[i - 1]) start = (tokens[i - 1] as Token).start;
    // "J. Okoye", "Mary K. Smith": an initial right before a name belongs to it.
    const initial = mark === 'NAME' ? /(?<![\p{L}.])\p{Lu}\.\s?$/u.exec(text.slice(Math.max(0, start - 4), start)) : null;
    if (initial) start -= initial[0].length;
    let end = (tokens[j] as Token).end;
    let type: Mark = mark;
    // "St. Casimir's": a place's possessive is part of its name; a person's is not.
    if (mark === 'LOCATION' && (tokens[j] as Token).possessive) end += 2;
    // "a ride from 1400 Alameda": a house number before a place or name after a place word.
    const houseNumber = /\b(?:at|from|to|on|near|live at|lives at|living at|address is)\s+(\d{1,6}[A-Z]?)\s$/i.exec(text.slice(Math.max(0, start - 30), start));
    if (houseNumber?.[1]) {
      start -= houseNumber[1].length + 1;
      type = 'LOCATION';
    }
    out.push({ start, end, type, rank: 2 });
    i = j;
  }
}

const CREDENTIAL = /(?<=[\p{L}.])[ \t]*,?[ \t]*\b(?:RRT|RN|R\.N\.|MD|M\.D\.|NP|PA-C|LPN|CNA|LCSW|LSW|LMSW|MSW|CPRS|CADC|PhD|RPh|PharmD|CRNA|APRN|DNP|BSN|MSN|rrt)\b(?![\p{L}])/gu;

/** Initials standing for a person: "D.W.", "B.K.", "J.R."; common dotted abbreviations stay. */
const INITIALS = /(?<![\p{L}\p{N}.])(?:\p{Lu}\.\s?){2,3}(?![\p{L}\p{N}])/gu;
const DOTTED_ABBREVIATIONS = new Set(['CO', 'GU', 'GI', 'HO', 'OR', 'CI', 'UO', 'YO', 'ED', 'ICU', 'PR', 'IM', 'SQ', 'SL', 'OD', 'OS', 'OU', 'HS', 'QD', 'BID', 'TID', 'QID', 'PRN', 'NPO', 'DNR', 'DNI', 'OOB', 'SOB', 'DOE', 'LOC', 'US', 'UK', 'AM', 'PM', 'DC', 'AA', 'NA', 'PO', 'RN', 'MD', 'LA', 'NY', 'ER', 'IV', 'OK', 'BA', 'BS', 'MA', 'GED', 'TV', 'UN', 'EU', 'ID', 'DO', 'NP', 'PA', 'PT', 'OT', 'AKA', 'RSVP', 'SOS', 'HIV', 'AD', 'BC', 'CE', 'BCE', 'EG', 'IE', 'VA', 'DUI', 'DWI', 'PS']);

function findInitials(text: string, out: Candidate[]): void {
  INITIALS.lastIndex = 0;
  for (let m = INITIALS.exec(text); m !== null; m = INITIALS.exec(text)) {
    const letters = m[0].replace(/[^\p{Lu}]/gu, '');
    if (DOTTED_ABBREVIATIONS.has(letters)) continue;
    const core = m[0].trimEnd();
    out.push({ start: m.index, end: m.index + core.length, type: 'NAME', rank: 2 });
  }
}
