import type { DecisionRequest } from '../../contract/disclosures.ts';
import type { SafetyEventView, StepInput } from '../../contract/safety.ts';
import type { RequestContext } from '../request-context.ts';
import { decideForParticipant, makeDisclosure } from './disclosures.ts';
import { deliverAfterCommit } from './safety-delivery.ts';
import { type OutsideContactLink, precheckStep, recordStep, type SafetyPorts } from './safety-events.ts';

/** Outcomes under which the decision itself allows the disclosure (no supervisor override). */
const DISCLOSABLE: ReadonlySet<string> = new Set(['permitted_with_consent', 'permitted_exception', 'required_report']);

/**
 * The seam between the safety protocol and the disclosure engine: for an outside contact, runs the
 * disclosure decision with the facts staff gave and, when the decision allows it, records the
 * disclosure in the accounting (disclosures.ts). A denied or escalated decision records nothing
 * in the accounting: the step then says so, and a supervisor's override goes through the
 * disclosure screens. Each call is its own audited transaction, made before the step is written,
 * so the accounting never misses a contact the step names.
 */
export async function recordOutsideContactDisclosure(ports: SafetyPorts, ctx: RequestContext, participantId: string, request: DecisionRequest): Promise<OutsideContactLink> {
  const decision = await decideForParticipant(ports, ctx, participantId, request);
  const outcome = decision.decision.outcome;
  if (!DISCLOSABLE.has(outcome)) return { decisionId: decision.id, outcome, disclosureId: null, tellParticipant: null, accountingLink: 'not_disclosable' };
  const made = await makeDisclosure(ports, ctx, decision.id, {});
  return { decisionId: decision.id, outcome, disclosureId: made.id, tellParticipant: made.tellParticipant, accountingLink: 'recorded' };
}

/** What taking a step answers. */
export interface StepTaken {
  readonly event: SafetyEventView;
  readonly disclosure: OutsideContactLink | null;
}

/**
 * Takes one protocol step: checks it may be taken, runs the disclosure decision for an outside
 * contact, writes the step, then hands queued e-mail notices to the mail server.
 */
export async function takeStep(ports: SafetyPorts, ctx: RequestContext, eventId: string, input: StepInput): Promise<StepTaken> {
  let link: OutsideContactLink | null = null;
  if (input.step === 'outside_contact' && input.disclosure) {
    const participantId = await precheckStep(ports, ctx, eventId, input.step);
    link = await recordOutsideContactDisclosure(ports, ctx, participantId, input.disclosure);
  }
  const event = await recordStep(ports, ctx, eventId, input, link);
  return { event: await deliverAfterCommit(ports, event), disclosure: link };
}
