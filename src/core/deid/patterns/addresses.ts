import { isFrequentName, isOrdinaryWord, nameLikeness } from '../lexicon.ts';
import { EXTRA_COMMON, MONTHS } from '../vocabulary.ts';
import type { Candidate } from '../types.ts';
import { extendAddressBlocks } from './address-blocks.ts';
import { collect } from './collect.ts';
import { findInternationalStreets } from './international-streets.ts';

/**
 * Geography below the state in fixed shapes: street addresses with a number, named streets
 * ("Fenwick St", "5th Avenue", "route 9"), PO boxes, units and rooms, ZIP codes.
 */

/** Makes the letters of a pattern match in any case, inside a case-sensitive regex. */
function anyCase(pattern: string): string {
  return pattern.replace(/(\\[pP]\{\w+\}|\\.)|([a-z])/g, (m, esc: string | undefined, ch: string | undefined) =>
    esc ? m : `[${ch}${ch?.toUpperCase()}]`,
  );
}

/** Makes each word of an alternation match in lower or Title case ("St", "st"), not all caps ("ST" is sinus tachycardia). */
function lowerOrTitle(pattern: string): string {
  return pattern.replace(/(?<![a-z\\])([a-z])/g, (ch: string) => `[${ch}${ch.toUpperCase()}]`);
}

const SUFFIX =
  '(?:street|st|avenue|ave|road|rd|lane|ln|drive|dr(?!\\.?\\s+[A-Z])|boulevard|blvd|terrace|ter|row|court|ct|place|pl|way|circle|cir|highway|hwy|pike|parkway|pkwy|trail|trl|alley|square|sq|crescent|loop|broadway|expressway|turnpike)';
const UNIT = "(?:,?\\s*(?:apt|apartment|unit|suite|ste|lot|room|rm|fl|floor|bldg|building|space|trailer|#)\\.?\\s*#?\\s*[A-Z0-9][A-Z0-9-]{0,5}\\b)";
// A capitalised street word: Larkspur, Oak, O'Neil, Martin-Luther; or an ordinal: 14th, 3rd.
const WORD = "(?:\\p{Lu}\\p{Ll}[\\p{L}'’-]*|\\d{1,3}(?:st|nd|rd|th))";
const DIRECTION = '(?:(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\\.?\\s+)?';

// 1187 Larkspur Lane, Apt 2B / 3150 Rowan Ave, Lot 22 / 410 Cedar St #3 / 9 Pier Road
const USPS_TYPES =
  '(?:Alley|Bayou|Bend|Bluff|Bottom|Branch|Bridge|Brook|Bypass|Canyon|Causeway|Cliff|Close|Common|Corner|Cove|Creek|Crest|Crossing|Crossroad|Curve|Dale|Estate|Extension|Ferry|Field|Flat|Forge|Fork|Forks|Freeway|Gardens?|Gateway|Glen|Green|Grove|Harbor|Haven|Heights|Hill|Hills|Hollow|Isle|Junction|Knoll|Landing|Manor|Meadows?|Mews|Mill|Orchard|Oval|Pass|Passage|Plaza|Point|Prairie|Ranch|Ridge|River|Shoal|Shore|Shores|Spring|Springs|Spur|Station|Summit|Trace|Track|Valley|Viaduct|View|Village|Vista|Walk|Wells?)';
const NUMBERED_STREET_USPS = new RegExp(
  `(?<![\\p{L}\\p{N}/.-])\\d{1,6}[A-Z]?\\s+(?:\\p{Lu}\\p{Ll}[\\p{L}'’-]*\\s+){1,2}${USPS_TYPES}s?\\b${anyCase(UNIT)}?`,
  'gu',
);
const NUMBERED_STREET = new RegExp(
  `(?<![\\p{L}\\p{N}/.-])\\d{1,6}[A-Z]?\\s+${DIRECTION}(?:${WORD}\\s+){0,3}${lowerOrTitle(SUFFIX)}\\b\\.?${anyCase(UNIT)}?`,
  'gu',
);
// Fenwick St, Oak Ridge Road, 5th Avenue, 3rd ave (capitalised words, or an ordinal, then a suffix)
const NAMED_STREET = new RegExp(
  `(?<![\\p{L}\\p{N}])${DIRECTION}(?:(?:\\p{Lu}\\p{Ll}[\\p{L}'’-]*|\\d{1,3}(?:st|nd|rd|th))\\s+){1,3}(?:${lowerOrTitle(SUFFIX)})\\b\\.?${anyCase(UNIT)}?`,
  'gu',
);
const NAMED_STREET_LOWER_ORDINAL = new RegExp(`(?<![\\p{L}\\p{N}])\\d{1,3}(?:st|nd|rd|th)\\s+${SUFFIX}\\b\\.?`, 'giu');
// Calle Sexta, Avenida Central, Rue Royale, Route 40, route 9, Highway 61, County Road 12, I-95
// Streets in other languages open with their type: "Calle Sexta", "rue de la Hulotais 31",
// "Via dei Fiorentini 17", "ul. Cicha 86", "Rúa do Paseo 46". "Via" counts only capitalised.
const FOREIGN_STREET =
  /(?<![\p{L}])(?:(?:[Cc]alle|[Aa]venida|[Aa]vda\.|[Rr]ue|[Rr]ua|[Rr]úa|[Cc]amino|[Uu]l\.|[Aa]l\.|[Pp]iazza|[Vv]iale|[Cc]orso|[Ll]argo|[Rr]ambla|[Tt]ravessa|[Ee]strada|[Pp]raça|[Ss]traße|[Ss]trasse|[Tt]rg|[Uu]lica|Carrera|Carretera|Paseo|Travesía|Λεωφόρος|Λεωφ\.|Λ\.|Οδός|Οδ\.|Πλατεία)|Via|(?:[Aa]venue|[Bb]oulevard|[Cc]hemin|[Aa]llée|[Ii]mpasse|[Pp]lace|[Qq]uai)(?=\s+(?:du|des|de)\s))\s+(?:(?:de|del|della|dei|degli|delle|di|do|da|dos|das|du|des|la|le|les|l'|d')\s+)*[\p{L}][\p{L}'’-]+(?:\s+(?:(?:de|del|della|dei|di|do|da|du|des|la|le|e|y)\s+)?\p{Lu}[\p{L}'’-]+)*(?:\s+\d{1,5}[A-Za-z]?\b)?/gu;
// Spanish "C/ Mayor 5": the abbreviation is also clinical shorthand for "with" ("C/ OCC PVC"), so
// only Title-case words and a house number count.
const CALLE_ABBREVIATED = /(?<![\p{L}\p{N}])C\/\s?\p{Lu}\p{Ll}[\p{L}'’-]*(?:\s+(?:de|del|la|las|los|y|\p{Lu}\p{Ll}[\p{L}'’-]*)){0,4}\s+\d{1,5}[A-Za-z]?\b/gu;
// "Filadelfeos Str.": the German and Greek abbreviation of street, kept out of SUFFIX (an extra
// alternative there slows every street pattern down).
const STR_ABBREVIATED = /Str\.(?<=\p{Lu}[\p{L}'’-]+ Str\.)(?![\p{L}])/gu;
// "transferred from University of Maryland", "admitted to U of MD": an institution named after a
// place, where a patient is moved or treated, is a facility, state and all (the state alone stays
// elsewhere). Where someone studies or works it is an organisation, and stays.
// Case-sensitive alternatives: a case-insensitive Unicode pattern is several times slower.
const INSTITUTION_OF =
  /(?<![\p{L}])(?:[Uu]niversity|UNIVERSITY|[Uu]niv\.?|UNIV\.?|[Cc]ollege|COLLEGE|[Ii]nstitute|INSTITUTE)\s+(?:of|OF|Of)\s+(?:(?:the|THE)\s+)?\p{L}[\p{L}'’-]+(?:\s+(?:[Mm]edical|MEDICAL)\s+(?:[Cc]ent(?:er|re)|CENT(?:ER|RE)|[Ss]ystem|SYSTEM)|\s+(?:[Hh]ospital|HOSPITAL))?/gu;
const CARE_MOVEMENT =
  /\b(?:transferred|transfered|transfer|admitted|admit|adm|referred|sent|taken|brought|discharged|flown|flighted|transported|returned|treated|hospitali[sz]ed|seen|followed|from|to)\b(?:\s+(?:the|at|to|from|by|in))?\s*$/i;
const U_OF = /\bU\s+(?:OF|of)\s+[A-Z]{2,4}\b/g;
const PREFIXED_STREET =
  /\b(?:(?:route|rte|highway|hwy|interstate|county road|state road|farm road)\.?\s+\d{1,4}[A-Z]?|I-\d{1,3})\b/giu;
// "Route 40 Motel", "Highway 9 Diner": a numbered road naming a business.
const ROAD_BUSINESS =
  /\b(?:route|rte|highway|hwy)\.?\s+\d{1,4}\s+(?:Motel|Inn|Hotel|Diner|Cafe|Café|Bar|Grill|Market|Store|Station|Lodge|Motor Inn|Truck Stop|Plaza)\b/gi;
// "a ride from 1400 Alameda", "lives at 22 Kessler": a house number and a capitalised name
// after a place word, even without a street suffix.
const BARE_HOUSE_NUMBER =
  /(?=\d)(?<=\b(?:at|from|to|on|near|address(?: is)?:?)\s+)\d{1,6}[A-Z]?\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Step|Steps|Days?|Weeks?|Months?|Years?|Hours?|Minutes?|People|Times|Mg|AM|PM)\b)\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\b/gu;
// Intersections: "the corner of Dalbraut 99 and Frederikke Coves", "Grant and 14th".
const CORNER = /\b(?:the\s+)?corner\s+of\s+(?:[^\n.,;!?]|\.(?=\s\S)){2,60}?\s+(?:and|&)\s+[^\n.,;!?]{2,40}?(?=[.,;!?\n]|$)/gi;
const AND_ORDINAL = /\b\p{Lu}\p{Ll}+\s+(?:and|&)\s+\d{1,3}(?:st|nd|rd|th)\b/gu;
const PSC = /\b(?:PSC|[Uu]nit|UNIT)\s+\d{3,5}(?:,?\s*(?:[Bb]ox|BOX)\s+\d{1,5})?|\b(?:USNS|USS|USCGC)\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?|\b(?:APO|FPO|DPO|apo|fpo|dpo)\s+(?:AA|AE|AP|aa|ae|ap)\s+\d{5}/gu;
const PO_BOX = /\b(?:P\.?\s?O\.?\s*Box|Post\s+Office\s+Box|Box)\s+#?\d{1,6}\b/gi;
const ROOM = /\b(?:room|rm|apt|apartment|unit|suite|ste|lot|trailer|bed|bunk)\.?\s*#?\s*(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{0,5}\b/gi;
// ZIP codes: after a state name or code, or after "ZIP"; a bare 5-digit number is handled as an ID.
// A forward match with the postcode as group 1: a look-behind over every state name would be
// tried at every position of the note.
const ZIP_AFTER_STATE =
  /\b(?:[A-Z]{2}|Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming)\.?,?\s{1,3}(\d{5}(?:-\d{4})?)\b/dg;
const ZIP_CUED = /\b(?:zip code|zipcode|zip|postal code|postcode)\s*(?:is|:|#)?\s*((?=[A-Z0-9 -]*\d)[A-Z0-9]{3,7}(?:[- ][A-Z0-9]{2,4})?)\b/dgi;
// International street lines: a street name that is no English word, then the house number
// ("Koskikatu 25", "Rua do Arenque 1634", "Erzsébet tér 19."), or the number first.
const WORD_THEN_NUMBER =
  /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}'’.-]+(?:\s+(?:do|da|de|del|la|le|di|du|van|der|z|u|v|na|nad|pod|tér|utca|u\.|\p{Lu}[\p{L}'’.-]*)){0,3})\s+(\d{1,5}[A-Za-z]?)\.?(?![\p{L}\p{N}]|,\d|s\b|\s*(?:mg|mcg|ml|cc|units?|tabs?|%|mmhg|bpm|lpm|l\b|kg|lbs?|am|pm|a\.m|p\.m|hours?|hrs?|min|days?|weeks?|years?|times|x\b|\/))/dgu;
// A town and its postcode after a place preposition, in either order: "in Oslo 0150",
// "in ÖVERTURINGEN 840 24", "in 75001 Paris". The town is no ordinary word, and a four-digit
// number that could be a year is no postcode.
const TOWN_POSTCODE =
  /\b(?:in|at|from|to|near)\s+(\p{Lu}[\p{L}'’-]+(?:[ -]\p{Lu}[\p{L}'’-]+)?)\s+(\d{3}\s\d{2}|\d{4,5})(?![\p{L}\p{N}]|[.,:/-]\d|\s*(?:%|mg|kg|ml|am|pm|hrs?|hours?|min|days?|years?|times|units?)\b)/dgu;
const POSTCODE_TOWN =
  /\b(?:in|at|from|to|near)\s+(\d{3}\s\d{2}|\d{4,5})\s+(\p{Lu}[\p{L}'’-]+)(?![\p{L}\p{N}])/dgu;

/** Is the town of a town-and-postcode pair a name (no ordinary word, no clinical shorthand, no month)? */
function townPostcode(town: string, code: string): boolean {
  const words = town.split(/[ -]/);
  if (words.some((w) => isOrdinaryWord(w.toLowerCase()) || EXTRA_COMMON.has(w.toLowerCase()) || MONTHS.has(w.toLowerCase()) || (/^\p{Lu}+$/u.test(w) && w.length <= 4))) return false;
  return !/^(?:19|20)\d\d$/.test(code);
}
const ZIP_AFTER_COMMA = /(?=\d)(?<=\p{Lu}[\p{L}'’-]+,\s{1,3})\d{5}(?:-\d{4})?(?!\d)/gu;

/** Is the street word of "Word 25" no ordinary word, so the pair is a street line? */
function foreignStreetWord(m: RegExpExecArray): 'LOCATION' | null {
  const words = (m[1] ?? '').split(/\s+/);
  const head = (words[0] ?? '').toLowerCase();
  if (!/^\p{Lu}\p{Ll}/u.test(words[0] ?? '')) return null;
  if (words.length === 1 && (isOrdinaryWord(head) || head.length < 4)) return null;
  // Street names in any language spell like names, not like clinical words ("Tachycardic 120s").
  if (words.every((w) => nameLikeness(w.toLowerCase()) < -0.3)) return null;
  // Every capitalised word unusual, or a given name ("Peter Zuidhove 188", not "Started Aprotinin 250").
  const unusual = (w: string) => !isOrdinaryWord(w.toLowerCase()) || isFrequentName(w.toLowerCase(), 2000, 0);
  if (words.length > 1 && words.some((w) => /^\p{Lu}/u.test(w) && (!unusual(w) || /^\p{Lu}{2,}$/u.test(w)))) return null;
  if (/\d/.test(head) || !/\p{L}{3}/u.test(m[1] ?? '')) return null;
  return 'LOCATION';
}

/** Finds street addresses, streets, PO boxes, units and ZIP codes. */
export function findAddresses(text: string, out: Candidate[]): void {
  const streets: Candidate[] = [];
  collect(streets, text, NUMBERED_STREET, 'LOCATION', 5);
  collect(streets, text, NAMED_STREET, 'LOCATION', 4);
  collect(streets, text, NUMBERED_STREET_USPS, 'LOCATION', 4);
  collect(streets, text, FOREIGN_STREET, 'LOCATION', 4);
  collect(streets, text, CALLE_ABBREVIATED, 'LOCATION', 4);
  STR_ABBREVIATED.lastIndex = 0;
  for (let m = STR_ABBREVIATED.exec(text); m !== null; m = STR_ABBREVIATED.exec(text)) {
    const word = /\p{Lu}[\p{L}'’-]+ $/u.exec(text.slice(Math.max(0, m.index - 40), m.index));
    streets.push({ start: m.index - (word?.[0].length ?? 0), end: m.index + m[0].length, type: 'LOCATION', rank: 4 });
  }
  collect(streets, text, WORD_THEN_NUMBER, foreignStreetWord, 3);
  collect(streets, text, PO_BOX, 'LOCATION', 5);
  collect(streets, text, PSC, 'LOCATION', 5);
  findInternationalStreets(text, streets);
  extendAddressBlocks(text, streets, out);
  out.push(...streets);
  collect(out, text, NAMED_STREET_LOWER_ORDINAL, 'LOCATION', 4);
  collect(out, text, PREFIXED_STREET, 'LOCATION', 4);
  collect(out, text, ROAD_BUSINESS, 'LOCATION', 5);
  collect(out, text, CORNER, 'LOCATION', 3);
  const movedThere = (m: RegExpExecArray) => (CARE_MOVEMENT.test(text.slice(Math.max(0, m.index - 40), m.index)) ? 'LOCATION' : null);
  collect(out, text, INSTITUTION_OF, movedThere, 3);
  collect(out, text, U_OF, movedThere, 3);
  collect(out, text, AND_ORDINAL, 'LOCATION', 3);
  collect(out, text, BARE_HOUSE_NUMBER, 'LOCATION', 4);
  collect(out, text, ROOM, 'LOCATION', 4);
  collect(out, text, ZIP_AFTER_STATE, 'LOCATION', 5, 1);
  collect(out, text, ZIP_CUED, 'LOCATION', 5, 1);
  collect(out, text, ZIP_AFTER_COMMA, 'LOCATION', 5);
  collect(out, text, TOWN_POSTCODE, (m) => (townPostcode(m[1] ?? '', m[2] ?? '') ? 'LOCATION' : null), 5, 2);
  collect(out, text, POSTCODE_TOWN, (m) => (townPostcode(m[2] ?? '', m[1] ?? '') ? 'LOCATION' : null), 5, 1);
}
