/**
 * The engine's answer, mirroring ../shared/spec/disclosure-decision.schema.json. A decision is a
 * value, never an exception: "no rule matched" is the outcome `denied`, with what to do instead.
 */

/** The six outcomes, from most to least permissive in spirit (see disclosure-rules.md §0.3). */
export const OUTCOMES = [
  'permitted_with_consent',
  'permitted_exception',
  'required_report',
  'deidentified_only',
  'denied',
  'escalate',
] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** A citation of the rule relied on, e.g. `45 CFR 164.512(j)(1)(i)` or a policy id. */
export type Citation = string;

/** One disclosure decision: outcome, citations, plain explanation, and what must happen next. */
export interface DisclosureDecision {
  readonly outcome: Outcome;
  /** At least one citation. */
  readonly basis: readonly Citation[];
  /** Plain words a peer specialist can act on. */
  readonly explanation: string;
  /** Concrete steps that go with (or replace) the disclosure. */
  readonly obligations: readonly string[];
}
