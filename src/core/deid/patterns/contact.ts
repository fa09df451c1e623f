import type { Candidate } from '../types.ts';
import { collect } from './collect.ts';

/**
 * Contact details and network identifiers in their fixed formats: e-mail, URL, IP, MAC,
 * phone and fax, SSN, social and payment handles. Validation is permissive on purpose: HIPAA
 * cares that a string identifies someone, not that it is a valid number.
 */

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[a-z]{2,}/giu;
const URL =
  /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"')\]]+[^\s<>"')\].,;:!?]|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|gov|edu|io|co|us|info|biz|me|ly|app|health)(?:\/[^\s<>"')\]]*[^\s<>"')\].,;:!?])?(?![\p{L}\p{N}@])/giu;
const IPV4 = /(?<![\d.])(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)(?![\d.]\d)/g;
const IPV6 = /(?<![\w:])(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}(?![\w:])|(?<![\w:])(?:[0-9a-f]{1,4}:){1,6}:(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4})*)?(?![\w:])/gi;
const MAC = /(?<![\w:-])(?:[0-9a-f]{2}[:-]){5}[0-9a-f]{2}(?![\w:-])/gi;
// US numbers: (614) 555-0143, 614-555-0143, 614.555.0150, +1 614 555 0143, and the 7-digit 555-0101.
const PHONE =
  /(?<![\w$/.]|\d-)(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}-?\s|\d{3}[./-])\d{3}(?:-?\s|[./-])\d{4}(?:\s*(?:x|ext\.?|extension)\s*\d{1,5})?(?![\w/-])|(?<![\w$/.-])\d{3}[.-]\d{4}(?:\s*(?:x|ext\.?)\s*\d{1,5})?(?![\w/-]|\.\d)/gi;
// "202 2671093": an area code and the seven digits run together.
const AREA_AND_NUMBER = /(?<![\w$/.])\d{3}\s\d{7}(?!\d)/g;
const INTL_PHONE = /(?<![\w])\+\d{1,3}[\s.-]?\(?\d{1,4}\)?(?:[\s.-]?\d{2,4}){2,4}(?![\w])/g;
// Numbers in other national formats: "0490 75 40 81", "(37) 788-063", "+46 (0)8 928 571 38",
// "03.93.92.16.85": digit groups with one separator each, 7 to 15 digits in all.
const GROUPED_PHONE =
  /(?<![\w.+/-])(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,4}\)[ .-]?\d{1,5}|\d{2,5})(?:[ .-]\(?\d{1,4}\)?){1,5}(?![\w/]|[.-]\d)/g;
// Any grouping of digits, groups of any length ("0393 1144137", "99 668472", "3660170548"):
// a phone number only where a cue word announces it (before) or labels it (after).
const ANY_GROUPED_DIGITS = /(?<![\w.+/-])(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,4}\)[ .-]?)?\d{2,12}(?:[ .-]\(?\d{1,8}\)?){0,5}(?![\w/]|[.-]\d)/g;
/** A label after the number: "28-64-66-98 office", "3660170548-Fax", "... (mobile)". */
const PHONE_LABEL_AFTER = /^[ \t]*[-,(]?[ \t]*(?:office|fax|mobile|cell|desk|home|work|tel|phone|landline)\b/i;
const SSN = /(?<![\w-])\d{3}-\d{2}-\d{4}(?![\w-])|(?<![\w-])\d{3} \d{2} \d{4}(?![\w-])/g;
// "SSN 123456789", "social security number ending in 4471", "last four of her social: 0087".
const SSN_CUED =
  /\b(?:ssn|ss#|social\s+security(?:\s+(?:number|no\.?|#|card))?|social(?=\s+(?:ending|last|#|number|no\b)))\b[^.\n\d]{0,40}?(\d{9}|\d{4})(?!\d)/dgi;
const HANDLE = /(?<![\w@.])@[a-z_](?:[a-z0-9_.]*[a-z0-9_])?/gi;
const CASHTAG = /(?<![\w$])\$[a-z][a-z0-9_-]{2,}/gi;

/** A fax number is a phone number the text calls a fax. */
function phoneOrFax(text: string, start: number): 'PHONE' | 'FAX' {
  return /\bfax\b[^.\n]{0,25}$/i.test(text.slice(Math.max(0, start - 40), start)) ? 'FAX' : 'PHONE';
}

/** Enough digits for a phone number, and not a date, a time or a list of small values. */
function isPhoneLike(s: string): boolean {
  const digits = s.replace(/\D/g, '').length;
  if (digits < 7 || digits > 15) return false;
  if (/^\d{4}-\d{2}-\d{2}$|^\d{1,2}[.-]\d{1,2}[.-]\d{2,4}$/.test(s)) return false;
  // "1900-0700": a range of clock times.
  if (/^(?:[01]\d|2[0-4])[0-5]\d-(?:[01]\d|2[0-4])[0-5]\d$/.test(s)) return false;
  // Readings with a decimal ("101.5-101.8") are values, not numbers to call.
  if (/\d\.\d(?!\d)/.test(s) || /\d\.\d+-\d/.test(s)) return false;
  // Vital signs and lists ("120 80 60 98") have no group of 3+ digits after the first.
  return /[ .-]\(?\d{3,}/.test(s) || /^\+|^\(/.test(s);
}

const PHONE_CUE = /\b(?:phone|mobile|cell|tel|telephone|fax|desk|office|call(?:ed)?(?: me)?(?: at| on)?|answering at|reach(?:ed)? (?:me )?at|number is|text(?: me)? at)\b[\s:#.-]*$/i;

/** After a word that announces a phone number, any grouping of 7 to 15 digits is one. */
function phoneCued(text: string, index: number, s: string): boolean {
  const digits = s.replace(/\D/g, '').length;
  if (digits < 7 || digits > 15) return false;
  if (/^\d{4}-\d{2}-\d{2}$|^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/.test(s)) return false;
  return PHONE_CUE.test(text.slice(Math.max(0, index - 30), index)) || PHONE_LABEL_AFTER.test(text.slice(index + s.length, index + s.length + 14));
}

/**
 * A national number with its trunk prefix ("0489 25 37 29", "0341 8387176"): a leading 0, then
 * 9 to 11 digits in two to five groups. Vital signs and dates do not start with a 0-led group of three or more.
 */
function trunkPrefixed(s: string): boolean {
  const digits = s.replace(/\D/g, '').length;
  return /^0\d{2,4}[ .-]\d/.test(s) && digits >= 9 && digits <= 11 && !/\d\.\d(?!\d)/.test(s);
}

/** Finds contact details and network identifiers. */
export function findContacts(text: string, out: Candidate[]): void {
  collect(out, text, EMAIL, 'EMAIL', 9);
  collect(out, text, URL, 'URL', 8);
  collect(out, text, IPV4, 'IP', 9);
  collect(out, text, IPV6, (m) => (/\d/.test(m[0]) && m[0].split(':').length > 3 ? 'IP' : null), 9);
  collect(out, text, MAC, 'DEVICE', 9);
  collect(out, text, SSN, 'SSN', 9);
  collect(out, text, SSN_CUED, 'SSN', 9, 1);
  collect(out, text, PHONE, (m) => phoneOrFax(text, m.index), 8);
  collect(out, text, AREA_AND_NUMBER, (m) => phoneOrFax(text, m.index), 7);
  collect(out, text, INTL_PHONE, (m) => phoneOrFax(text, m.index), 7);
  collect(out, text, GROUPED_PHONE, (m) => (isPhoneLike(m[0]) || phoneCued(text, m.index, m[0]) ? phoneOrFax(text, m.index) : null), 2);
  collect(out, text, ANY_GROUPED_DIGITS, (m) => (phoneCued(text, m.index, m[0]) || trunkPrefixed(m[0]) ? phoneOrFax(text, m.index) : null), 2);
  collect(out, text, HANDLE, 'ID', 7);
  collect(out, text, CASHTAG, 'ID', 7);
}
