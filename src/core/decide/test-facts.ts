import type { ConsentFacts, DisclosureFacts, ParticipantFacts, ProgramFacts } from './facts.ts';

/** Overrides for `facts`: any top-level field, with nested objects merged. */
export type FactsOverrides = Partial<Omit<DisclosureFacts, 'program' | 'participant' | 'consent'>> & {
  readonly program?: Partial<ProgramFacts>;
  readonly participant?: Partial<ParticipantFacts>;
  readonly consent?: Partial<ConsentFacts>;
};

/**
 * Test support: the emptiest valid fact set (an adult in a HIPAA-only program, nothing known:
 * no consent, no risk, no abuse, no legal process, an unknown recipient), with overrides.
 * Tests state every fact their rule depends on, so each reads as its own scenario.
 */
export function facts(overrides: FactsOverrides = {}): DisclosureFacts {
  return {
    recipient: 'unknown',
    purpose: 'casual_conversation',
    information: ['identity'],
    risk: 'none',
    abuse: 'none',
    legal: 'none',
    identifiable: true,
    ...overrides,
    program: { part2: false, ...overrides.program },
    participant: { age: 35, ...overrides.participant },
    consent: { status: 'none', defect: null, ...overrides.consent },
  };
}

/** The same facts, in a Part 2 program. */
export function part2(overrides: FactsOverrides = {}): DisclosureFacts {
  return facts({ ...overrides, program: { ...overrides.program, part2: true } });
}
