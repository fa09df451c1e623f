import assert from 'node:assert/strict';
import { test } from 'node:test';
import { emptySteps, type SafetyPlan } from './safety-plan.ts';

const plan = (over: Partial<SafetyPlan> = {}): SafetyPlan => ({
  warningSigns: ['Not sleeping'],
  internalCoping: ['Music'],
  distractions: ['Library'],
  peopleToAsk: ['Sister'],
  professionals: ['988'],
  safeEnvironment: ['Pills kept by the pharmacy'],
  ...over,
});

test('a complete Stanley–Brown plan has no empty step', () => {
  assert.deepEqual(emptySteps(plan()), []);
});

test('steps left empty or blank are named in the plan’s order', () => {
  assert.deepEqual(emptySteps(plan({ safeEnvironment: [], distractions: ['  '] })), ['distractions', 'safeEnvironment']);
});
