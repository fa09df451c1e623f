import type { DutyToWarn } from './facts.ts';

/**
 * Each state's duty-to-warn/protect law type, from Johnson, Persad & Sisti, "The Tarasoff Rule",
 * J Am Acad Psychiatry Law 42(4):469-477 (2014), Table 1 (disclosure-rules.md §7). Mandatory by
 * statute or by case law are both `mandatory`. Used only when the facts or the organization's
 * policy profile do not say; the profile, reviewed by the privacy officer, always wins
 * (sources disagree on NY and NV, and laws have changed since 2014).
 */
export const DUTY_TO_WARN_BY_STATE: Readonly<Record<string, DutyToWarn>> = {
  // Mandatory, by statute
  AZ: 'mandatory', CA: 'mandatory', CO: 'mandatory', ID: 'mandatory', IN: 'mandatory', KY: 'mandatory',
  LA: 'mandatory', MD: 'mandatory', MA: 'mandatory', MI: 'mandatory', MN: 'mandatory', MS: 'mandatory',
  MO: 'mandatory', MT: 'mandatory', NE: 'mandatory', NH: 'mandatory', NJ: 'mandatory', OH: 'mandatory',
  OK: 'mandatory', TN: 'mandatory', UT: 'mandatory', VA: 'mandatory', WA: 'mandatory',
  // Mandatory, by case law
  AL: 'mandatory', DE: 'mandatory', GA: 'mandatory', HI: 'mandatory', IA: 'mandatory', NC: 'mandatory',
  PA: 'mandatory', SC: 'mandatory', SD: 'mandatory', VT: 'mandatory', WI: 'mandatory',
  // Permissive: may breach confidentiality, no duty
  AK: 'permissive', CT: 'permissive', DC: 'permissive', FL: 'permissive', IL: 'permissive', NY: 'permissive',
  OR: 'permissive', RI: 'permissive', TX: 'permissive', WV: 'permissive', WY: 'permissive',
  // No statute or case-law guidance
  AR: 'none', KS: 'none', ME: 'none', NV: 'none', NM: 'none', ND: 'none',
};

/** The duty-to-warn type in force: the one stated, else the state's entry, else unknown (null). */
export function dutyToWarnFor(stated: DutyToWarn | null | undefined, state: string | null | undefined): DutyToWarn | null {
  if (stated) return stated;
  if (!state) return null;
  return DUTY_TO_WARN_BY_STATE[state.trim().toUpperCase()] ?? null;
}
