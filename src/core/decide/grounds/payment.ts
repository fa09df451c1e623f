import type { Ground } from '../ground.ts';
import { OBLIGATION } from '../obligations.ts';

/**
 * 45 CFR 164.506(c)(1) — A covered entity may disclose for its own payment (billing a health
 * plan). Part 2 records need the participant's written consent even for payment (42 CFR 2.33),
 * so for them this ground is silent and the default deny asks for a Part 2 consent.
 */
export const payment: Ground = {
  id: 'TPO-payment',
  title: 'Billing the participant’s health plan',
  step: 'consent',
  appliesTo: (f) => f.recipient === 'health_plan' && f.purpose === 'payment' && !f.program.part2,
  outcomes: [
    {
      case: 'HIPAA record, the program’s own payment',
      outcome: 'permitted_exception',
      basis: ['45 CFR 164.506(c)(1)', '45 CFR 164.502(b)', '45 CFR 164.514(d)'],
      explanation:
        'Sending the health plan what it needs to pay for the participant’s services is part of the program’s own payment activity and needs no release. Send only what the claim needs, never session content.',
      obligations: [OBLIGATION.minimumNecessary, 'Honour any restriction the participant asked for on services they paid for themselves (45 CFR 164.522(a)(1)(vi)).'],
    },
  ],
};
