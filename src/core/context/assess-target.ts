import { assertTargets } from './assert-targets.ts';
import type { CompiledRules } from './compile-rules.ts';
import { generalRules } from './general-rules.ts';
import type { Target } from './types.ts';

/** The `peerkeep context` answer for one target phrase in one sentence (CONTRACTS.md). */
export interface TargetAssessment {
  readonly negated: boolean;
  readonly possible: boolean;
  readonly temporality: 'recent' | 'historical' | 'hypothetical';
  readonly experiencer: 'patient' | 'other';
}

/**
 * Finds `target` in `sentence` and asserts it. Matching ignores case and spacing; when the phrase
 * occurs more than once, an occurrence written exactly as given wins, then one in capitals (the
 * NegEx annotation convention marks the target that way), then the first. A target that does not
 * occur is asserted as if it stood at the end of the sentence, so only backward-looking and
 * sentence-wide cues reach it.
 */
export function assessTarget(sentence: string, target: string, rules: CompiledRules = generalRules): TargetAssessment {
  const span = locate(sentence, target);
  const [a] = assertTargets(sentence, [span], rules);
  if (!a) throw new Error('assertTargets returned no assertion');
  return {
    negated: a.negated,
    possible: a.possible,
    temporality: a.hypothetical ? 'hypothetical' : a.historical ? 'historical' : 'recent',
    experiencer: a.experiencer === 'other' ? 'other' : 'patient',
  };
}

function locate(sentence: string, target: string): Target {
  const words = target.trim().split(/\s+/).filter((w) => w.length > 0);
  if (words.length === 0) return { start: sentence.length, end: sentence.length };
  const re = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'giu');
  const found: Target[] = [];
  for (const m of sentence.matchAll(re)) found.push({ start: m.index, end: m.index + m[0].length });
  if (found.length === 0) return { start: sentence.length, end: sentence.length };
  const text = (t: Target) => sentence.slice(t.start, t.end);
  const exact = found.find((t) => text(t) === target);
  const upper = found.find((t) => text(t) === text(t).toUpperCase() && /\p{L}/u.test(text(t)));
  return exact ?? upper ?? found[0] ?? { start: sentence.length, end: sentence.length };
}
