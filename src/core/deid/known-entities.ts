import { COMMON_WORDS } from './lexicon.ts';
import { fold } from './tokens.ts';
import type { Candidate, DeidContext } from './types.ts';

/**
 * Layer 1: what the record already knows — names and aliases, dates of birth, ids and addresses
 * — removed wherever and however they appear: any case, across line breaks, with or without
 * accents and separators, names by their parts and initials, dates in every written form.
 */

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern for one literal that also matches it without accents and with any whitespace run. */
function literal(s: string): string {
  let out = '';
  for (const ch of s.normalize('NFC')) {
    if (/\s/.test(ch)) {
      out += '\\s+';
      continue;
    }
    const base = fold(ch);
    out += base !== ch && base.length === 1 ? `[${ch}${escapeRegExp(base)}]` : escapeRegExp(ch);
  }
  return out;
}

/** A case pattern that keeps the word's first letter a capital: "Hope" and "HOPE", not "hope". */
function capitalised(s: string): string {
  const lower = s.toLowerCase();
  const title = lower.charAt(0).toUpperCase() + lower.slice(1);
  return `(?:${literal(title)}|${literal(s.toUpperCase())})`;
}

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

/** Builds the name patterns: whole names, parts of two letters or more, and initials. */
function namePatterns(names: readonly string[]): { insensitive: string[]; sensitive: string[] } {
  const insensitive = new Set<string>();
  const sensitive = new Set<string>();
  for (const raw of names) {
    const name = raw.trim();
    if (!name) continue;
    const parts = name.split(/[\s]+/).filter(Boolean);
    if (parts.length > 1) insensitive.add(literal(name));
    const pieces = new Set<string>();
    for (const p of parts) {
      pieces.add(p.replace(/[.,"“”()]/g, ''));
      for (const h of p.split('-')) pieces.add(h.replace(/[.,"“”()]/g, ''));
    }
    for (const p of pieces) {
      if (p.length < 2 || /^\p{Lu}\.?$/u.test(p)) continue;
      // An ordinary word ("Hope", "Rose", "Will") is removed only when written as a name, so
      // "i hope" survives; any other part is removed in any case.
      if (COMMON_WORDS.has(p.toLowerCase())) sensitive.add(capitalised(p));
      else insensitive.add(literal(p));
    }
    const letters = parts.map((p) => p[0]).filter((c): c is string => c !== undefined && /\p{Lu}/u.test(c));
    if (letters.length >= 2) {
      // Dotted initials only: bare capitals ("MD", "DW") are too often abbreviations.
      sensitive.add(letters.map((c) => `${c}\\.`).join('\\s?'));
    }
  }
  return { insensitive: [...insensitive], sensitive: [...sensitive] };
}

/** All the ways a known date is written, month and day with or without the year. */
function datePatterns(dates: readonly string[]): string[] {
  const out = new Set<string>();
  for (const d of dates) {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
    if (!m) continue;
    const [, y = '', mo = '', da = ''] = m;
    const month = Number(mo);
    const day = Number(da);
    const yy = y.slice(2);
    const name = MONTH_NAMES[month - 1] ?? '';
    const mm = `0?${month}`;
    const dd = `0?${day}`;
    const ord = '(?:st|nd|rd|th)?';
    out.add(`${y}[-/.]${mo}[-/.]${da}`);
    out.add(`${mm}[/.-]${dd}(?:[/.-](?:${y}|${yy}))?`);
    out.add(`${dd}[/.-]${mm}[/.-](?:${y}|${yy})`);
    const mon = `(?:${name}|${name.slice(0, 3)}${name === 'september' ? 't?' : ''})\\.?`;
    out.add(`${mon}\\s+${dd}${ord}(?:,?\\s+(?:${y}|'${yy}))?`);
    out.add(`${dd}${ord}(?:\\s+of)?\\s+${mon}(?:,?\\s+(?:${y}|'${yy}))?`);
  }
  return [...out];
}

/** Ids match with or without their separators ("4477-1932-05" = "4477 1932 05" = "4477193205"). */
function idPatterns(ids: readonly string[]): string[] {
  const out = new Set<string>();
  for (const id of ids) {
    const chars = id.replace(/[\s\-./]/g, '');
    if (chars.length < 3) continue;
    out.add([...chars].map(escapeRegExp).join('[\\s\\-./]?'));
  }
  return out.size ? [...out] : [];
}

/** Addresses match whole, and by their street line (before the first comma). */
function addressPatterns(addresses: readonly string[]): string[] {
  const out = new Set<string>();
  for (const a of addresses) {
    const trimmed = a.trim();
    if (trimmed.length < 4) continue;
    out.add(literal(trimmed));
    const street = trimmed.split(',')[0]?.trim();
    if (street && street.length >= 4) out.add(literal(street));
  }
  return [...out];
}

function compile(alternatives: readonly string[], flags: string, withBoundaries = true): RegExp | null {
  if (alternatives.length === 0) return null;
  // Longest first, so a full name wins over its parts.
  const sorted = [...alternatives].sort((a, b) => b.length - a.length);
  return withBoundaries ? new RegExp(`${B}(?:${sorted.join('|')})${E}`, flags) : new RegExp(`(?:${sorted.join('|')})`, flags);
}

function push(out: Candidate[], text: string, re: RegExp | null, type: Candidate['type'], rank = 10): void {
  if (!re) return;
  for (const m of text.matchAll(re)) out.push({ start: m.index, end: m.index + m[0].length, type, rank });
}

/** Finds every mention of what the record already knows (layer 1). */
export function findKnownEntities(text: string, context: DeidContext | undefined, out: Candidate[]): void {
  if (!context) return;
  const names = namePatterns(context.names ?? []);
  push(out, text, compile(names.insensitive, 'giu'), 'NAME');
  push(out, text, compile(names.sensitive, 'gu'), 'NAME');
  push(out, text, compile(datePatterns(context.dates ?? []), 'giu'), 'DATE');
  // Rank 1: a cue-typed pattern (MRN, Medicaid) over the same number names the type better.
  push(out, text, compile(idPatterns(context.ids ?? []), 'giu'), 'ID', 1);
  push(out, text, compile(addressPatterns(context.addresses ?? []), 'giu'), 'LOCATION');
}
