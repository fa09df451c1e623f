import type { Candidate } from '../types.ts';
import { collect } from './collect.ts';

/**
 * Every element of a date but the year is an identifier (45 CFR 164.514(b)(2)(i)(C)), so every
 * written form counts: 3/14, 04/09/1981, 7-22-92, 2025-03-14, March 28th, oct 21, 14 Mar 2025,
 * the 22nd, Christmas Eve. A year on its own, weekdays and relative times stay.
 */

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DAY = '(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?';
const YEAR = "(?:\\d{4}|'\\d{2})";
const NOT_AFTER = '(?![\\p{L}\\p{N}]|:\\d|\\.\\d)';

// March 28th, Jan 9, oct 21, December 2, 2025, Sept. 3rd '24
const MONTH_DAY = new RegExp(`\\b${MONTH}\\.?\\s+${DAY}(?:,?\\s+${YEAR})?${NOT_AFTER}`, 'giu');
// 14 Mar 2025, 5th of May, 3rd of January
const DAY_MONTH = new RegExp(`\\b${DAY}(?:\\s+of)?\\s+${MONTH}\\b\\.?(?:,?\\s+${YEAR})?${NOT_AFTER}`, 'giu');
// March 2024, Feb '23 (a month with its year)
const MONTH_YEAR = new RegExp(`\\b${MONTH}\\.?,?\\s+${YEAR}${NOT_AFTER}`, 'giu');
// A month name on its own, capitalised ("in March", "since October"). "May" and the short forms
// only after a word that makes them a month, since they are also ordinary words.
const MONTH_ALONE =
  /\b(?:January|February|March|April|June|July|August|September|October|November|December|JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\b/g;
const MONTH_AFTER_CUE =
  /\b(?:in|of|since|until|till|by|early|late|mid|last|next|this|during|through)\s+(May|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b(?!['’])/dg;
// Lower-case month names after the same cues ("in march of 2022", "in sept."), but not "may".
const LOWER_MONTH_AFTER_CUE =
  /\b(?:in|since|until|till|by|early|late|mid|last|next|during|through)\s+(january|february|march|april|june|july|august|september|sept|october|november|december)\b\.?/dg;
// Ranges of dates: "6/30-7/2", "10/15-10/16".
const DATE_RANGE = /(?<![\d/])(?:1[0-2]|0?[1-9])\/(?:3[01]|[12]\d|0?[1-9])-(?:1[0-2]|0?[1-9])\/(?:3[01]|[12]\d|0?[1-9])(?![\d/])/g;
// 3/14, 04/09/1981, 4/3/25, 7-22-92, 10.3.2024 (a dash or dot form needs its year: "3-4 times")
// A label glued before it ("HX:8/30", "TOXICITY-9/2/92") is fine; a number before it is not.
const NUMERIC =
  /(?<![\d/$]|\d[.\-:])(?:(?:1[0-2]|0?[1-9])\/(?:3[01]|[12]\d|0?[1-9])(?:\/(?:\d{4}|\d{2}))?|(?:1[0-2]|0?[1-9])-(?:3[01]|[12]\d|0?[1-9])-(?:\d{4}|\d{2})|(?:1[0-2]|0?[1-9])\.(?:3[01]|[12]\d|0?[1-9])\.(?:\d{4}|\d{2}))(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?)?(?![\d/%]|-\d|\.\d)/g;
// Month and two-digit year: "8/87", "7/81" (a year past 31 cannot be a day).
const MONTH_YEAR_NUMERIC = /(?<![\d/.\-:$])(?:1[0-2]|0?[1-9])\/(?:3[2-9]|[4-9]\d)(?![\d/%]|\.\d)/g;
// Day-first numeric forms with a year (31/12/2024) and ISO dates (2025-03-14, 2025/03/14).
const DAY_FIRST = /(?<![\d/.-])(?:1[3-9]|2\d|3[01])[/.](?:1[0-2]|0?[1-9])[/.](?:19|20)\d{2}(?![\d/])/g;
const ISO = /(?<![\d-])\d{4}[-/](?:1[0-2]|0[1-9])[-/](?:3[01]|[12]\d|0[1-9])(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?(?![\d])/g;
// "the 22nd", "on the 5th", "by the 30th": the ordinal alone is the span. Not "the 5th grade".
const ORDINAL_DAY =
  /\b(?:the|on|by|til|till|until|before|after|since|from|thru|through|and|or|to)\s+((?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th))\b(?!\s+(?:grade|floor|step|steps|time|times|place|percentile|century|street|st\b|avenue|ave\b|ward|district|precinct|amendment|round|day|days|week|weeks|month|months|year|years|attempt|session|sessions|visit|visits|birthday|anniversary|dose|doses|cycle|edition|period|inning|lap|try|person|one|ones|chapter|page|line|row|item))/dgi;
// Holidays fix a day and month.
const HOLIDAY =
  /\b(?:Christmas(?:\s+(?:Eve|Day|morning|night))?|New\s+Year['’]?s(?:\s+(?:Eve|Day))?|Thanksgiving(?:\s+Day)?|Halloween|Valentine['’]?s\s+Day|Independence\s+Day|Fourth\s+of\s+July|4th\s+of\s+July|Memorial\s+Day|Labor\s+Day|Veterans\s+Day|Mother['’]?s\s+Day|Father['’]?s\s+Day|Easter(?:\s+Sunday)?|St\.?\s+Patrick['’]?s\s+Day|Juneteenth|Cinco\s+de\s+Mayo)\b/gi;

// Scores and settings written like a date: "strength 5/5", "PS 10/5", "1/2 tab".
const SCORE_BEFORE = /\b(?:strength|motor|power|str|rass|gcs|score|ratio|ps|peep|cpap|bipap|psv|vent|settings?|ie|i:e|grade|pain|x|out of|rated|tab|tabs|strength is)\s*:?\s*$/i;
const SCORE_AFTER = /^\s*(?:ps|peep|psv|cpap|simv|imv|vent|tabs?|tablets?|pills?|cups?|mg|mcg|ml|cc|units?|strength|power|bilat|bilaterally|throughout|in all|all|x\b|of\b|doses?|pack|ppd)/i;

/**
 * Ventilator settings ("BIPAP overnight 10/5", "flowby 6/3", "on 10/5 BIPAP", "PSV of 10/5"): a
 * vent word a few words before, or right after, makes a slash pair a setting.
 */
const VENT_BEFORE = /\b(?:ps|peep|cpap|bipap|bi-pap|psv|simv|imv|vent|ventilator|settings?|flowby|flow-by)\b(?:\s+(?:of|at|to|on|overnight|settings?|trial|mode|support))?\s*:?\s*$/i;
const VENT_AFTER = /^\s*(?:bipap|bi-pap|fio2|peep|ps\b|psv|cpap|%)/i;

/** Is a slash date-like string really a date, and not a fraction, score or setting? */
function isNumericDate(text: string, index: number, match: string): boolean {
  const parts = match.split(/[/.-]/);
  if (parts.length === 3) return true;
  const [a = 0, b = 0] = parts.map(Number);
  // A proper fraction with a small denominator (1/2, 2/3, 3/4) is an amount.
  if (b <= 4 && a < b) return false;
  const before = text.slice(Math.max(0, index - 20), index);
  const after = text.slice(index + match.length, index + match.length + 15);
  return !SCORE_BEFORE.test(before) && !SCORE_AFTER.test(after) && !VENT_BEFORE.test(before) && !VENT_AFTER.test(after);
}

/** Finds date expressions with a month or a day. */
export function findDates(text: string, out: Candidate[]): void {
  collect(out, text, MONTH_DAY, 'DATE', 6);
  collect(out, text, DAY_MONTH, 'DATE', 6);
  collect(out, text, MONTH_YEAR, 'DATE', 6);
  collect(out, text, MONTH_ALONE, 'DATE', 5);
  collect(out, text, MONTH_AFTER_CUE, 'DATE', 5, 1);
  collect(out, text, LOWER_MONTH_AFTER_CUE, 'DATE', 5, 1);
  collect(out, text, DATE_RANGE, 'DATE', 6);
  collect(out, text, NUMERIC, (m) => (isNumericDate(text, m.index, m[0]) ? 'DATE' : null), 6);
  collect(out, text, DAY_FIRST, 'DATE', 6);
  collect(out, text, MONTH_YEAR_NUMERIC, (m) => (isNumericDate(text, m.index, m[0]) ? 'DATE' : null), 5);
  collect(out, text, ISO, 'DATE', 7);
  collect(out, text, ORDINAL_DAY, 'DATE', 5, 1);
  collect(out, text, HOLIDAY, 'DATE', 5);
}
