/**
 * The disclosure decision engine: "may I share this?" Pure domain code, no I/O.
 * See ../shared/reference/disclosure-rules.md for the rules each ground implements.
 */
export { decideDisclosure, explainDisclosure } from './decide-disclosure.ts';
export type { Citation, DisclosureDecision, Outcome } from './decision.ts';
export { OUTCOMES } from './decision.ts';
export { DUTY_TO_WARN_BY_STATE, dutyToWarnFor } from './duty-to-warn-states.ts';
export { EVALUATION_ORDER } from './evaluation-order.ts';
export type * from './facts.ts';
export { PURPOSES, RECIPIENTS } from './facts.ts';
export type { Ground, GroundOutcome } from './ground.ts';
export type { CrisisContact, PolicyProfile, ProgramCircumstances, ReporterDutySource, StaffRole } from './policy-profile.ts';
export { programFactsFromProfile } from './policy-profile.ts';
export type { FactsValidation } from './validate-facts.ts';
export { FactsValidationError, parseDisclosureFacts, validateDisclosureFacts } from './validate-facts.ts';
