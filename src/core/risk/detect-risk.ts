import { assertTargets } from '../context/assert-targets.ts';
import { type PhraseMatch, type TextScan, scanText } from '../context/phrase-matcher.ts';
import { type Span, splitSentences } from '../context/sentences.ts';
import type { Assertion, Target } from '../context/types.ts';
import { applyModifiers } from './apply-modifiers.ts';
import { gradeFinding } from './grade.ts';
import { isAlertLevel, levelRank, maxLevel } from './levels.ts';
import { type CompiledEntry, CUE_MATCHER, CUE_NAMES, type CueName, ENTRIES, ENTRY_MATCHER } from './lexicon.ts';
import { RISK_RULES } from './rules.ts';
import { RISK_CATEGORIES, type RiskCategory, type RiskFinding, type RiskLevel, type RiskResult } from './types.ts';

interface Candidate {
  readonly entry: CompiledEntry;
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
}

interface CueHit {
  readonly name: CueName;
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
}

/**
 * Scans a note or message for risky disclosures (PRODUCT.md capability 4). Every lexicon match is
 * asserted by the ConText engine and graded with nearby imminence cues; findings that a modifier
 * discounts stay in the list with the modifier set. Only current, affirmed findings count towards
 * `level` and `categories`. Pure: the result is a prompt for a human, and nothing is reported.
 */
export function detectRisk(text: string): RiskResult {
  const scan = scanText(text);
  const raw = ENTRY_MATCHER.matchAll(text, scan);
  // Routine notes stop here: no lexicon phrase, so no sentences to split and no cues to look for.
  if (raw.length === 0) return { level: 'none', alert: false, categories: [], findings: [] };
  const sentences = splitSentences(text);
  const { candidates, cueHits } = findPhrases(text, scan, sentences, raw);
  if (candidates.length === 0) return { level: 'none', alert: false, categories: [], findings: [] };
  // Only cues within a sentence of some finding can grade it; the current-concern cue counts anywhere.
  const findingSentences = new Set(candidates.flatMap((c) => [c.sentence - 1, c.sentence, c.sentence + 1]));
  const usefulCues = cueHits.filter((c) => c.name === 'current_concern' || findingSentences.has(c.sentence));
  const targets: Target[] = [
    ...candidates.map((c) => ({ start: c.start, end: c.end, type: c.entry.category })),
    ...usefulCues.map((c) => ({ start: c.start, end: c.end, type: 'cue', ownsWords: false })),
  ];
  const assertions = assertTargets(text, targets, RISK_RULES, scan, sentences);
  const liveCues = usefulCues.filter((_, i) => {
    const a = assertions[candidates.length + i];
    return a !== undefined && !a.negated && !a.material;
  });
  const currentConcern = liveCues.some((c) => c.name === 'current_concern');

  // Warning signs (hopelessness, burdensomeness, isolation, insomnia) count only together: two kinds
  // or more are a moderate concern; one alone is listed but not counted (README level table).
  const warnings = new Set(
    candidates.filter((c, i) => c.entry.kind === 'warning' && isCurrent(assertions[i])).map((c) => c.entry.id),
  );
  const warningLevel: RiskLevel = warnings.size >= 2 ? 'moderate' : 'none';
  const findings: RiskFinding[] = [];
  let overall: RiskLevel = 'none';
  const categories = new Set<RiskCategory>();
  candidates.forEach((c, i) => {
    const a = assertions[i];
    if (!a) return;
    const near = new Set(liveCues.filter((h) => Math.abs(h.sentence - c.sentence) <= 1).map((h) => h.name));
    const sameSentence = new Set(liveCues.filter((h) => h.sentence === c.sentence).map((h) => h.name));
    const graded = c.entry.kind === 'warning' ? { level: warningLevel, cues: [] } : gradeFinding(c.entry, near);
    const { level, current } = applyModifiers(c.entry, graded.level, a, { near, sameSentence, currentConcern });
    findings.push({
      category: c.entry.category,
      level,
      start: c.start,
      end: c.end,
      text: text.slice(c.start, c.end),
      cues: graded.cues,
      modifiers: {
        negated: a.negated,
        historical: a.historical,
        hypothetical: a.hypothetical,
        experiencer: a.experiencer,
        material: a.material,
      },
    });
    if (current && level !== 'none') {
      overall = maxLevel(overall, level);
      categories.add(c.entry.category);
    }
  });
  return {
    level: overall,
    alert: isAlertLevel(overall),
    categories: RISK_CATEGORIES.filter((k) => categories.has(k)),
    findings,
  };
}

/** Affirmed, current and the participant's own: the assertion a warning sign needs to count. */
function isCurrent(a: Assertion | undefined): boolean {
  return !!a && !a.negated && !a.historical && !a.hypothetical && !a.material && a.experiencer === 'participant';
}

function sentenceIndex(sentences: readonly Span[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((sentences[mid]?.start ?? 0) <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function windowText(text: string, sentences: readonly Span[], i: number, radius: number): string {
  const from = sentences[Math.max(0, i - radius)]?.start ?? 0;
  const to = sentences[Math.min(sentences.length - 1, i + radius)]?.end ?? text.length;
  return text.slice(from, to);
}

/**
 * Entries: leftmost, gravest, longest per category, then the entry's `requires` (within a sentence
 * either side) and `excludeIf` (same sentence) checks. Cues are looked for only when there is a
 * finding to grade, so routine notes cost one pass.
 */
function findPhrases(
  text: string,
  scan: TextScan,
  sentences: readonly Span[],
  raw: PhraseMatch[],
): { candidates: Candidate[]; cueHits: CueHit[] } {
  const candidates: Candidate[] = [];
  const gravity = (i: number) => levelRank(ENTRIES[i]?.level ?? 'none');
  raw.sort((a, b) => a.start - b.start || gravity(b.index) - gravity(a.index) || b.end - a.end);
  const reachedUntil = new Map<string, number>();
  for (const m of raw) {
    const entry = ENTRIES[m.index];
    if (!entry) continue;
    if ((reachedUntil.get(entry.category) ?? -1) > m.start) continue;
    const sentence = sentenceIndex(sentences, m.start);
    if (entry.requiresRe && !entry.requiresRe.test(windowText(text, sentences, sentence, 1))) continue;
    if (entry.excludeRe?.test(windowText(text, sentences, sentence, 0))) continue;
    candidates.push({ entry, start: m.start, end: m.end, sentence });
    reachedUntil.set(entry.category, m.end);
  }
  if (candidates.length === 0) return { candidates, cueHits: [] };
  const cueHits: CueHit[] = [];
  for (const m of CUE_MATCHER.matchAll(text, scan)) {
    const name = CUE_NAMES[m.index];
    if (name) cueHits.push({ name, start: m.start, end: m.end, sentence: sentenceIndex(sentences, m.start) });
  }
  return { candidates, cueHits };
}
