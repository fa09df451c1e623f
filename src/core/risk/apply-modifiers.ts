import type { Assertion } from '../context/types.ts';
import { levelRank, lowerOne } from './levels.ts';
import type { CompiledEntry, CueName } from './lexicon.ts';
import type { RiskCategory, RiskLevel } from './types.ts';

/** Abuse of a child or vulnerable adult is the participant's to report whoever the victim is. */
const THIRD_PARTY_VICTIM: ReadonlySet<RiskCategory> = new Set(['child_abuse', 'vulnerable_adult_abuse']);
const BEHAVIOUR = new Set(['attempt', 'nssi', 'ingestion', 'preparatory']);
const CONDITIONAL_COUNTS = new Set(['intent', 'threat']);

/** What surrounds a finding: the live cues within a sentence of it, in its sentence, and in the note. */
export interface FindingContext {
  readonly near: ReadonlySet<CueName>;
  readonly sameSentence: ReadonlySet<CueName>;
  /** A current-concern cue ("lately", "coming back") anywhere in the note. */
  readonly currentConcern: boolean;
}

/**
 * Applies the modifiers. Negated, material and other people's findings do not count; historical
 * ones count only when raised as a current concern (C-SSRS: past behaviour → moderate); a
 * conditional counts when it states concrete intent and its condition is present or dated. Where
 * signals conflict (possible, joking, conditional-but-concrete), the level drops one step and the
 * finding is kept.
 */
export function applyModifiers(
  entry: CompiledEntry,
  graded: RiskLevel,
  a: Assertion,
  context: FindingContext,
): { level: RiskLevel; current: boolean } {
  const { near, sameSentence, currentConcern } = context;
  let level = graded;
  // Uncertainty lowers a step but keeps an affirmed finding on the scale (floor: low).
  if (a.possible && levelRank(level) > levelRank('low')) level = lowerOne(level);
  if (entry.hyperbole && sameSentence.has('hyperbole')) level = lowerOne(level);
  const otherPerson = a.experiencer === 'other' && !THIRD_PARTY_VICTIM.has(entry.category);
  if (a.negated || a.material || otherPerson) return { level, current: false };
  if (a.hypothetical) {
    // The condition is present, recurring or dated: "if he shows up again", "if this baby doesn't stop".
    const concrete = CONDITIONAL_COUNTS.has(entry.kind) && (near.has('timeframe') || near.has('in_progress') || near.has('escalation'));
    return concrete ? { level: lowerOne(level), current: true } : { level, current: false };
  }
  if (a.historical) {
    if (!currentConcern || entry.category !== 'self_harm') return { level, current: false };
    const raised: RiskLevel = BEHAVIOUR.has(entry.kind) ? 'moderate' : 'low';
    return { level: levelRank(raised) < levelRank(level) ? raised : level, current: true };
  }
  return { level, current: true };
}

