import type { Candidate, SpanType } from '../types.ts';
import { collect } from './collect.ts';

/**
 * Record, plan, account, licence, vehicle, device and other numbers. The cue word before a
 * number names its type; any other long number or code is still an identifier ("any other
 * unique identifying number", 45 CFR 164.514(b)(2)(i)(R)), typed ID.
 */

// A code: letters and digits in groups joined by - or a space, at least one digit.
const CODE = "#?\\s*(?:No\\.?\\s*|number\\s*)?([A-Z0-9]*\\d[A-Z0-9]*(?:[-/ ][A-Z0-9]*\\d[A-Z0-9]*)*|[A-Z]{1,4}[- ]?\\d[A-Z0-9]*(?:[- ][A-Z0-9]*\\d[A-Z0-9]*)*)";

/** Cue words per type; the first matching entry wins. */
const CUES: readonly (readonly [SpanType, string])[] = [
  ['MRN', 'mrn|medical record(?: number| no\\.?| #)?|record (?:number|no\\.?|#)|chart(?: number| no\\.?| #)?|patient id|clinic id|hospital number'],
  [
    'HEALTH_PLAN',
    "medicaid(?: card)?(?: id| number| no\\.?| #)?|medicare(?: card)?(?: id| number| no\\.?| #)?|member(?:ship)? (?:id|number|no\\.?|#)|insurance(?: card)?(?: id| number| no\\.?| #)?|policy(?: number| no\\.?| #)?|plan (?:id|number|no\\.?|#)|subscriber (?:id|number)|group (?:number|no\\.?|#)|beneficiary (?:id|number)|va (?:health )?(?:card|id)(?: number)?|medi-cal(?: id| number)?",
  ],
  [
    'ACCOUNT',
    'account(?: number| no\\.?| #)?|acct\\.?(?: #| no\\.?)?|iban|routing(?: number)?|card(?: number| no\\.?| #)|ebt(?: card| account)?(?: number| #)?|benefits card(?: number| #)?|credit card(?: number)?|debit card(?: number)?|pension(?: number)?|utility account|customer (?:id|number)|portal (?:id|account)',
  ],
  [
    'LICENSE',
    "driver'?s? licen[cs]e(?: number| no\\.?| #)?|licen[cs]e(?: number| no\\.?| #)?|certification(?: number| no\\.?| #)?|cert\\.?(?: #| no\\.?)?|npi|dea(?: number| #)?|dl(?: #| number)?|permit(?: number| #)?",
  ],
  ['VEHICLE', 'plate(?: number| #)?|tag(?: number| #)?|vin(?: number| #)?|registration(?: number| #)?'],
  ['DEVICE', 'serial(?: number| no\\.?| #)?|s/n|imei|device (?:id|number)|monitor(?: number| #| id)?|pacemaker id|meid|udi'],
  [
    'ID',
    'case(?: number| no\\.?| #)?|docket(?: number| #)?|booking(?: number| no\\.?| #)?|inmate(?: number| id| #)?|probation(?: number| id| #)?|parole(?: number| id| #)?|claim(?: number| no\\.?| #)?|incident(?: number| no\\.?| #)?|report(?: number| no\\.?| #)|employee(?: number| id| no\\.?| #)?|badge(?: number| #)?|student id|state id(?: card)?(?: number| #)?|id card(?: number| #)?|passport(?: number| no\\.?| #)?|username|user id|user name|login|confirmation(?: number| #)?|reference(?: number| #)|ticket(?: number| #)|warrant(?: number| #)?|ids?(?: number| no\\.?| #)?|no\\.|#',
  ],
];

// "<cue> [is|was|:|=|of] [up to three short words] <code>", e.g. "Medicaid (ID 60-3318-4470)",
// "bank account ending in 90217", "plate JLK 4481".
const CUED = CUES.map(
  ([type, cue]) =>
    [
      type,
      new RegExp(
        `(?<![\\p{L}])(?:${cue})(?![\\p{L}])[\\s:=(),.-]*(?:(?:is|was|are|of|at|ending|ends|in|with|the|last|four|digits|now|number|no\\.?|id|card|on file)[\\s:,.-]+){0,4}${CODE}(?![\\p{L}\\p{N}])`,
        'dgiu',
      ),
    ] as const,
);

// Plates written as letters and digits: "JLK 4481", "7ABC123" after a plate cue are handled
// above; a bare VIN is 17 characters without I, O or Q.
const VIN = /\b[A-HJ-NPR-Z0-9]{17}\b/g;
// Any number of 5+ digits, or a letter-digit code with 4+ digits ("QX4471902", "2271K0934",
// "4410-2288-71"), that no other rule typed. Years and decimals are left alone.
const LONG_NUMBER =
  /(?<![\p{L}\p{N}.,$/-])(?:[A-Z]{0,4}-?\d[\dA-Z]*(?:[- ]\d[\dA-Z]*)*)(?![\p{L}\p{N}]|[.,/]\d)/gu;

/** Is the code after a cue word an identifier (and not "ID: tmax 100", a heading and a reading)? */
function isCuedCode(code: string | undefined, type: SpanType): boolean {
  if (!code || !/\d/.test(code)) return false;
  const digits = code.replace(/\D/g, '').length;
  if (type === 'VEHICLE') return true;
  if (digits < 3) return false;
  // Letters then a space then digits is a word and a number, except a short all-caps prefix.
  if (/^[A-Za-z]+ \d/.test(code)) return false;
  return !/(?:cc|ml|mg|mcg|kg|x\d+)$/i.test(code);
}

/** Does the match have enough digits to be an identifier rather than a count or a year? */
function isIdentifierLike(s: string): boolean {
  const digits = s.replace(/\D/g, '').length;
  if (digits < 5) return false;
  // "2019-2021", "120-140", "1900-0700": a range of years, values or times.
  if (/^\d{1,4}-\d{1,4}$/.test(s)) return false;
  // "650X10", "30-50-400-5", "40-100CC": ventilator settings, series of values, amounts.
  if (/\dX\d/i.test(s) || /^(?:\d{1,3}[- ])+\d{1,3}$/.test(s) || /(?:CC|ML|MG|MCG)$/i.test(s)) return false;
  // Several space-separated short numbers ("3 10 20") are a list, not a code.
  if (/ /.test(s) && !/^(?:[A-Z0-9]{3,6} ){1,4}[A-Z0-9]{2,6}$/.test(s)) return false;
  return true;
}

const AGE_UNIT = '(?:\\s*-?\\s*(?:years?|yrs?|y\\.?o\\.?|y/o|yo)(?:\\s*-?\\s*old)?\\b|\\s*-year-old|\\s*th birthday)';
// Ages over 89: "93-year-old", "turns 94", "died at 91", "Lan, 93, lives", "grandma is 96".
const AGE_AFTER = new RegExp(`(?<![\\d.$])(9\\d|1[01]\\d)(?=${AGE_UNIT})`, 'dgi');
const AGE_BEFORE =
  /\b(?:age[ds]?|aged|turns?|turning|turned|is|was|at|almost|nearly)\s+(9\d|1[01]\d)(?![\d%:/]|\.\d|\s*(?:mg|mcg|ml|kg|lbs?|pounds|percent|minutes|mins|hours|hrs|days|weeks|months|dollars|bucks|cents|units|mmhg|bpm|degrees|points|times|%|\$|am|pm|a\.m|p\.m|people|of\b|to\b|-\d))/dgi;
const AGE_APPOSITION = /(?<=\p{Lu}[\p{L}'’-]+,\s)(9\d|1[01]\d)(?=,\s)/dgu;

const MEASURE_BEFORE = /\b(?:sats?|spo2|o2|hr|pulse|bp|rate|temp|rr|fio2|peep|weight|wt|glucose|bs|fs|fsbs|score|level|map|cvp|pressure|volume|vol|output|uo|intake|count|percent|scale|hgb|hct|plt|wbc|na|cl|bun|cr|inr|ptt)\b[^.\n]{0,12}$/i;
const PERSON_BEFORE = /\b(?:he|she|they|who|grandma|grandmother|grandpa|grandfather|grandad|granddad|mother|father|mom|dad|aunt|uncle|husband|wife|neighbor|patient|pt|participant|client|resident|veteran|died|passed|age|birthday|born|turns?|turned|turning)\b[^.\n]{0,30}$/i;

/** An "is 96" or "at 91" is an age only about a person, never after a measurement. */
function isAboutAPerson(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 40), index);
  if (/\b(?:age[ds]?|aged|turns?|turning|turned)\s*$/i.test(before) && !MEASURE_BEFORE.test(before)) return true;
  return PERSON_BEFORE.test(before) && !MEASURE_BEFORE.test(before);
}

/** Finds numbered identifiers and ages over 89. */
export function findNumbers(text: string, out: Candidate[]): void {
  for (const [type, re] of CUED) {
    collect(out, text, re, (m) => (isCuedCode(m[1], type) ? type : null), 4, 1);
  }
  collect(out, text, VIN, (m) => (/\d/.test(m[0]) && /[A-Z]/.test(m[0]) ? 'VEHICLE' : null), 4);
  collect(out, text, LONG_NUMBER, (m) => (isIdentifierLike(m[0]) ? 'ID' : null), 3);
  collect(out, text, AGE_AFTER, 'AGE', 4, 1);
  collect(out, text, AGE_BEFORE, (m) => (isAboutAPerson(text, m.index + m[0].length - (m[1]?.length ?? 0)) ? 'AGE' : null), 4, 1);
  collect(out, text, AGE_APPOSITION, 'AGE', 4, 1);
}
