import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { decideDisclosure, explainDisclosure } from './decide-disclosure.ts';
import { type Outcome, OUTCOMES } from './decision.ts';
import { ABUSE_KINDS, type DisclosureFacts, LEGAL_PROCESSES, PURPOSES, RECIPIENTS, RISKS } from './facts.ts';
import { facts } from './test-facts.ts';

/** A broad grid of fact sets: every recipient × purpose, with a spread of risk, abuse and legal facts. */
function* grid(part2: boolean): Generator<DisclosureFacts> {
  let i = 0;
  for (const recipient of RECIPIENTS) {
    for (const purpose of PURPOSES) {
      i++;
      yield facts({
        recipient,
        purpose,
        program: { part2 },
        risk: RISKS[i % RISKS.length],
        abuse: ABUSE_KINDS[i % ABUSE_KINDS.length],
        legal: LEGAL_PROCESSES[(i >> 2) % LEGAL_PROCESSES.length],
        participant: { age: i % 3 === 0 ? 15 : 40, incapacitated: i % 7 === 0, present_and_agrees: i % 5 === 0 },
      });
    }
  }
}

const PERMITTING: ReadonlySet<Outcome> = new Set(['permitted_with_consent', 'permitted_exception', 'required_report']);

describe('every decision', () => {
  it('has a known outcome, at least one citation, an explanation and a list of obligations', () => {
    for (const f of [...grid(false), ...grid(true)]) {
      const d = decideDisclosure(f);
      assert.ok(OUTCOMES.includes(d.outcome));
      assert.ok(d.basis.length > 0 && d.basis.every((b) => b.trim().length > 0));
      assert.ok(d.explanation.trim().length > 0);
      assert.ok(Array.isArray(d.obligations));
    }
  });

  it('is the same for the same facts (pure)', () => {
    const f = facts({ recipient: 'family', purpose: 'notify_family_emergency', participant: { incapacitated: true } });
    assert.deepEqual(decideDisclosure(f), decideDisclosure(f));
  });
});

describe('strictest rule wins', () => {
  it('never permits for a Part 2 record what it refuses for the same HIPAA-only record', () => {
    const hipaa = [...grid(false)];
    const p2 = [...grid(true)];
    hipaa.forEach((f, i) => {
      const plain = decideDisclosure(f).outcome;
      const strict = decideDisclosure(p2[i] as DisclosureFacts).outcome;
      if (plain === 'denied') assert.ok(!PERMITTING.has(strict), `${f.recipient}/${f.purpose}: Part 2 ${strict} but HIPAA denied`);
    });
  });

  it('never lets a Part 2 record reach family, employers or police on a HIPAA-only exception without consent or an order', () => {
    for (const f of grid(true)) {
      if (!['family', 'employer', 'landlord'].includes(f.recipient) || f.legal === 'court_order') continue;
      const { outcome } = decideDisclosure(f);
      assert.ok(outcome !== 'permitted_exception', `${f.recipient}/${f.purpose} was permitted`);
    }
  });
});

describe('explainDisclosure', () => {
  it('names the ground that answered', () => {
    assert.equal(explainDisclosure(facts({ recipient: 'participant', purpose: 'participant_access' })).groundId, 'G11');
    assert.equal(explainDisclosure(facts()).groundId, 'G15');
  });
});
