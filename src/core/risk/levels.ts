import { RISK_LEVELS, type RiskLevel } from './types.ts';

/** Position of a level on the scale (none = 0 … imminent = 4). */
export function levelRank(level: RiskLevel): number {
  return RISK_LEVELS.indexOf(level);
}

/** The higher of two levels. */
export function maxLevel(a: RiskLevel, b: RiskLevel): RiskLevel {
  return levelRank(a) >= levelRank(b) ? a : b;
}

/** One step down, never below none: the safety asymmetry lowers a conflicted finding, never drops it. */
export function lowerOne(level: RiskLevel): RiskLevel {
  return RISK_LEVELS[Math.max(0, levelRank(level) - 1)] ?? 'none';
}

/** One step up, never above imminent. */
export function raiseOne(level: RiskLevel): RiskLevel {
  return RISK_LEVELS[Math.min(RISK_LEVELS.length - 1, levelRank(level) + 1)] ?? 'imminent';
}

/** True for the levels that alert a human now (C-SSRS high-risk triage and above). */
export function isAlertLevel(level: RiskLevel): boolean {
  return levelRank(level) >= levelRank('high');
}
