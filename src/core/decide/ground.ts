import type { Citation, DisclosureDecision, Outcome } from './decision.ts';
import type { DisclosureFacts } from './facts.ts';

/** The steps of disclosure-rules.md §0.4, in the order the engine walks them. */
export const EVALUATION_STEPS = [
  'not_a_disclosure',
  'life_safety',
  'required_reports',
  'legal_process',
  'consent',
  'family',
  'participant_rights',
  'consultation_oversight_public',
  'default_deny',
] as const;
export type EvaluationStep = (typeof EVALUATION_STEPS)[number];

/** Text that may depend on the facts (e.g. naming the state), or a fixed sentence. */
export type FactText = string | ((facts: DisclosureFacts) => string);

/**
 * One outcome of a ground: when it holds, what the answer is and why. A ground lists its
 * outcomes strictest first (Part 2 before HIPAA), and the first whose `when` holds is the answer.
 */
export interface GroundOutcome {
  /** Plain-words label of the case, for readers and tests ("Part 2 record, threat to others"). */
  readonly case: string;
  /** Omitted means "in every other case". */
  readonly when?: (facts: DisclosureFacts) => boolean;
  readonly outcome: Outcome;
  readonly basis: readonly Citation[] | ((facts: DisclosureFacts) => readonly Citation[]);
  readonly explanation: FactText;
  readonly obligations: readonly FactText[];
}

/**
 * One disclosure ground of disclosure-rules.md §1 (G1-G17): the facts it is about, and its
 * outcomes. When `appliesTo` is false, or no outcome's `when` holds, the ground is silent and the
 * engine asks the next one.
 */
export interface Ground {
  /** The rules document's id, e.g. `G2`. */
  readonly id: string;
  readonly title: string;
  readonly step: EvaluationStep;
  readonly appliesTo: (facts: DisclosureFacts) => boolean;
  readonly outcomes: readonly GroundOutcome[];
}

/** Evaluates one ground: the decision of its first matching outcome, or null if it is silent. */
export function evaluateGround(ground: Ground, facts: DisclosureFacts): DisclosureDecision | null {
  if (!ground.appliesTo(facts)) return null;
  const hit = ground.outcomes.find((o) => o.when === undefined || o.when(facts));
  if (!hit) return null;
  return {
    outcome: hit.outcome,
    basis: typeof hit.basis === 'function' ? [...hit.basis(facts)] : [...hit.basis],
    explanation: render(hit.explanation, facts),
    obligations: hit.obligations.map((o) => render(o, facts)),
  };
}

function render(text: FactText, facts: DisclosureFacts): string {
  return typeof text === 'string' ? text : text(facts);
}
