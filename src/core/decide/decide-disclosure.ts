import type { DisclosureDecision } from './decision.ts';
import { EVALUATION_ORDER } from './evaluation-order.ts';
import type { DisclosureFacts } from './facts.ts';
import { evaluateGround } from './ground.ts';

/** The answer when, against the design, no ground answers: deny (never fail open). */
const FAIL_CLOSED: DisclosureDecision = {
  outcome: 'denied',
  basis: ['45 CFR 164.502(a)'],
  explanation: 'No rule allows this disclosure. Do not share; ask your supervisor.',
  obligations: ['Do not confirm or deny that the person is a participant.'],
};

/**
 * Decides whether a proposed disclosure may be made: asks each ground in the order of
 * disclosure-rules.md §0.4 and returns the first answer. Pure: same facts, same decision.
 * The facts must already be valid (see `parseDisclosureFacts`).
 */
export function decideDisclosure(facts: DisclosureFacts): DisclosureDecision {
  for (const ground of EVALUATION_ORDER) {
    const decision = evaluateGround(ground, facts);
    if (decision) return decision;
  }
  return FAIL_CLOSED;
}

/** Like `decideDisclosure`, and also names the ground that answered (for audit and training). */
export function explainDisclosure(facts: DisclosureFacts): { readonly groundId: string; readonly decision: DisclosureDecision } {
  for (const ground of EVALUATION_ORDER) {
    const decision = evaluateGround(ground, facts);
    if (decision) return { groundId: ground.id, decision };
  }
  return { groundId: 'fail-closed', decision: FAIL_CLOSED };
}
