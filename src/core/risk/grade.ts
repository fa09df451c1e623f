import type { CueName, CompiledEntry } from './lexicon.ts';
import { maxLevel } from './levels.ts';
import type { RiskLevel } from './types.ts';

/** A graded finding before modifiers: its level and the cues that raised it. */
export interface Grade {
  readonly level: RiskLevel;
  readonly cues: readonly string[];
}

const BEHAVIOUR = new Set(['attempt', 'nssi', 'ingestion']);
const INTENT_KINDS = new Set(['intent', 'plan', 'preparatory', 'farewell', 'unsafe']);

/**
 * Grades one affirmed statement with the cues found within a sentence of it.
 *
 * Self-harm follows the C-SSRS screener triage (../shared/reference/risk-and-deid.md §2): intent,
 * plan and behaviour in the past 3 months are high; intent or plan with a timeframe or means at
 * hand, and an attempt in progress, are imminent. Threats follow duty-to-protect elements: an
 * identifiable victim or a weapon makes a threat high, both a victim and a weapon or a time make
 * it imminent.
 */
export function gradeFinding(entry: CompiledEntry, cues: ReadonlySet<CueName>): Grade {
  const used: string[] = [];
  const has = (c: CueName): boolean => {
    if (!cues.has(c)) return false;
    if (!used.includes(c)) used.push(c);
    return true;
  };
  let level = entry.level;
  switch (entry.category) {
    case 'self_harm':
      level = gradeSelfHarm(entry, level, has);
      break;
    case 'harm_to_others':
      level = gradeThreat(entry, level, has);
      break;
    case 'child_abuse':
      // A caregiver threatening a child who is within reach (README level table).
      if (entry.kind === 'threat') level = 'imminent';
      break;
    case 'domestic_violence':
      if (entry.level === 'high' && has('weapon') && (has('timeframe') || entry.kind === 'threat_to_kill')) level = 'imminent';
      else if (entry.kind === 'coercive' && has('weapon')) level = 'high';
      break;
    default:
      break;
  }
  if (entry.kind === 'preparatory' || entry.kind === 'plan' || entry.kind === 'intent' || entry.kind === 'farewell') {
    used.unshift(entry.kind === 'farewell' ? 'preparatory' : entry.kind);
  }
  return { level, cues: used };
}

function gradeSelfHarm(entry: CompiledEntry, base: RiskLevel, has: (c: CueName) => boolean): RiskLevel {
  const kind = entry.kind;
  // An attempt under way ("locked himself in with a razor") needs action now whatever else is said.
  if (kind === 'in_progress') return 'imminent';
  if (BEHAVIOUR.has(kind)) {
    if (has('in_progress') || has('means')) return 'imminent';
    // A reported ingestion with no past date reads as just now ("took em all 💊 bye").
    if (kind === 'ingestion' && !has('past_days')) return 'imminent';
    return 'high';
  }
  if (INTENT_KINDS.has(kind)) {
    if (has('timeframe') || has('means') || has('in_progress')) return 'imminent';
    return maxLevel(base, 'high');
  }
  // Thoughts (items 1-3): intent or a worked-out plan nearby lifts them to items 4-5.
  const intent = has('intent');
  const plan = has('plan');
  if (intent || plan) {
    if (intent && (has('timeframe') || has('means'))) return 'imminent';
    return 'high';
  }
  return base;
}

function gradeThreat(entry: CompiledEntry, base: RiskLevel, has: (c: CueName) => boolean): RiskLevel {
  if (entry.kind !== 'threat') return base;
  const victim = base === 'high' || has('identifiable_victim');
  const weapon = has('weapon');
  if (victim && (weapon || has('timeframe'))) return 'imminent';
  if (victim || weapon || has('plan')) return 'high';
  return base;
}
