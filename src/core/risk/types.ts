/** The risk categories of CONTRACTS.md, in the order they are reported. */
export const RISK_CATEGORIES = [
  'self_harm',
  'harm_to_others',
  'child_abuse',
  'vulnerable_adult_abuse',
  'domestic_violence',
  'crime',
] as const;

/** A kind of risky disclosure. */
export type RiskCategory = (typeof RISK_CATEGORIES)[number];

/** C-SSRS-style levels, lowest first. */
export const RISK_LEVELS = ['none', 'low', 'moderate', 'high', 'imminent'] as const;

/** How severe and how close in time a risk is. */
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** The modifiers the assertion engine found for a finding (CONTRACTS.md names). */
export interface FindingModifiers {
  readonly negated: boolean;
  readonly historical: boolean;
  readonly hypothetical: boolean;
  readonly experiencer: 'participant' | 'other';
  readonly material: boolean;
}

/**
 * One statement a human should look at: the evidence span in the original text, the level it
 * would carry, the imminence cues that raised it and the modifiers that discount it. A finding is
 * a prompt to a person, never a report.
 */
export interface RiskFinding {
  readonly category: RiskCategory;
  readonly level: RiskLevel;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly cues: readonly string[];
  readonly modifiers: FindingModifiers;
}

/** The `peerkeep risk` result. `alert` is true exactly when `level` is high or imminent. */
export interface RiskResult {
  readonly level: RiskLevel;
  readonly alert: boolean;
  readonly categories: readonly RiskCategory[];
  readonly findings: readonly RiskFinding[];
}
