/**
 * The Stanley–Brown Safety Planning Intervention (Stanley & Brown, Cogn Behav Pract 2012): a
 * written, prioritised list made with the person and used in order (risk-and-deid.md §2.2).
 */
export interface SafetyPlan {
  /** 1. The person's own warning signs that a crisis is building. */
  readonly warningSigns: readonly string[];
  /** 2. Things they can do alone to get through the urge. */
  readonly internalCoping: readonly string[];
  /** 3. People and social settings that distract (not necessarily told about the crisis). */
  readonly distractions: readonly string[];
  /** 4. Family or friends they can ask for help, who are told. */
  readonly peopleToAsk: readonly string[];
  /** 5. Professionals and agencies: therapist, crisis line, 988, emergency department. */
  readonly professionals: readonly string[];
  /** 6. Making the environment safe: limiting access to lethal means. */
  readonly safeEnvironment: readonly string[];
  /** Many templates add reasons for living. */
  readonly reasonsForLiving?: readonly string[];
}

/** The six steps in the order the plan is used. */
export const SAFETY_PLAN_STEPS = ['warningSigns', 'internalCoping', 'distractions', 'peopleToAsk', 'professionals', 'safeEnvironment'] as const;

/**
 * Steps left empty. A plan with no step filled is not a plan; a "no-harm contract" is not a
 * protective factor (§2.2), so PeerKeep asks for the steps rather than a promise.
 */
export function emptySteps(plan: SafetyPlan): readonly (typeof SAFETY_PLAN_STEPS)[number][] {
  return SAFETY_PLAN_STEPS.filter((s) => plan[s].every((item) => item.trim() === ''));
}
