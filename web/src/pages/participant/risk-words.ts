import type { RiskFinding, RiskScan } from './risk-api.ts';

/**
 * Risk findings in plain words. A finding is a prompt for the peer's judgement: the words say what
 * the check noticed and why it counted it or not, never that anything was reported.
 */
export const CATEGORY_WORDS: Readonly<Record<RiskFinding['category'], string>> = {
  self_harm: 'Harm to self',
  harm_to_others: 'Harm to others',
  child_abuse: 'Child abuse',
  vulnerable_adult_abuse: 'Abuse of a vulnerable adult',
  domestic_violence: 'Violence at home',
  crime: 'Crime',
};

export const LEVEL_WORDS: Readonly<Record<RiskFinding['level'], string>> = {
  none: 'no level',
  low: 'low',
  moderate: 'moderate',
  high: 'high',
  imminent: 'imminent danger',
};

const CUE_WORDS: Readonly<Record<string, string>> = {
  intent: 'says they mean to',
  plan: 'a plan',
  means: 'has the means',
  timeframe: 'a time is named',
  in_progress: 'happening now',
  escalation: 'getting worse',
  current_concern: 'a current concern',
  hyperbole: 'may be a figure of speech',
  farewell: 'saying goodbye',
  past_days: 'in the last few days',
  identifiable_victim: 'a person is named',
  weapon: 'a weapon',
};

/** Common words that negate what follows them in a sentence, for naming the likely one. */
const NEGATIONS = /\b(denies|denied|deny|denying|no|not|never|without|none|nor|refuses|refused|rules out|ruled out|isn['’]t|wasn['’]t|doesn['’]t|didn['’]t|don['’]t|won['’]t|hasn['’]t|hadn['’]t|can['’]t|cannot)\b/gi;

/**
 * The negating word nearest before the evidence, in the same sentence. The check's answer says
 * only *that* a finding was negated; this names the likely word so the peer can see it.
 */
export function negationWord(text: string, f: RiskFinding): string | null {
  const before = text.slice(0, f.start);
  const sentenceStart = Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?'), before.lastIndexOf('\n')) + 1;
  const words = [...before.slice(sentenceStart).matchAll(NEGATIONS)];
  return words.length > 0 ? (words[words.length - 1]?.[0] ?? null) : null;
}

/** Why a finding is discounted or qualified, one phrase per modifier. */
export function modifierWords(text: string, f: RiskFinding): string[] {
  const out: string[] = [];
  if (f.modifiers.negated) {
    const word = negationWord(text, f);
    out.push(word ? `negated by “${word}”` : 'negated (the sentence says it is not so)');
  }
  if (f.modifiers.historical) out.push('historical: about the past');
  if (f.modifiers.hypothetical) out.push('hypothetical: an “if”, not something that happened');
  if (f.modifiers.experiencer === 'other') out.push('about someone else');
  if (f.modifiers.material) out.push('training material or a quotation');
  return out;
}

/** Abuse of a child or a vulnerable adult counts whoever the victim is (the detector's rule too). */
const VICTIM_IS_SOMEONE_ELSE: ReadonlySet<RiskFinding['category']> = new Set(['child_abuse', 'vulnerable_adult_abuse']);

/** Never counted: negated, training material, or about someone else (except abuse of a child or vulnerable adult). */
function discounted(f: RiskFinding): boolean {
  return f.modifiers.negated || f.modifiers.material || f.level === 'none' || (f.modifiers.experiencer === 'other' && !VICTIM_IS_SOMEONE_ELSE.has(f.category));
}

/** Past or "if": counted only in some cases (a current concern, a dated condition). */
const qualified = (f: RiskFinding) => f.modifiers.historical || f.modifiers.hypothetical;

/**
 * Whether the finding counts toward the overall level. The check's answer gives the overall
 * level and the categories that counted, not a verdict per finding, so: a discounted finding never
 * counts; a plain one counts when its category did; a past or hypothetical one counts only when its
 * category counted and no plain finding of that category explains why.
 */
export function counts(f: RiskFinding, scan: RiskScan): boolean {
  if (discounted(f) || !scan.categories.includes(f.category)) return false;
  if (!qualified(f)) return true;
  return !scan.findings.some((o) => o !== f && o.category === f.category && !discounted(o) && !qualified(o));
}

export function cueWords(f: RiskFinding): string | null {
  return f.cues.length ? f.cues.map((c) => CUE_WORDS[c] ?? c.replace(/_/g, ' ')).join(', ') : null;
}

/** The one-line summary of a check, read out to screen readers when it changes. */
export function summary(scan: RiskScan): string {
  if (scan.findings.length === 0) return 'Nothing in this note needs a closer look.';
  const n = scan.findings.length;
  const things = n === 1 ? '1 thing to look at' : `${n} things to look at`;
  if (scan.level === 'none') return `${things}; none of them counts as a risk.`;
  return `${things}; overall ${LEVEL_WORDS[scan.level]}.`;
}
