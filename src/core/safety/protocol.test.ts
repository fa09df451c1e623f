import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkStep, type EventState, nextSteps, requiredBeforeClose } from './protocol.ts';

const state = (urgency: EventState['urgency'], done: EventState['done'], status: EventState['status'] = 'open'): EventState => ({ status, urgency, done });

test('an event cannot close before listening, telling the participant and notifying the supervisor', () => {
  const r = checkStep(state('high', ['opened', 'listen']), 'closed');
  assert.equal(r.ok, false);
  assert.deepEqual(!r.ok && r.missing, ['inform_participant', 'notify_supervisor']);
});

test('imminent danger also needs a referral on record before closing', () => {
  assert.deepEqual(requiredBeforeClose('imminent'), ['listen', 'inform_participant', 'notify_supervisor', 'referral']);
  const done = ['opened', 'listen', 'inform_participant', 'notify_supervisor'] as const;
  assert.equal(checkStep(state('high', done), 'closed').ok, true);
  const r = checkStep(state('imminent', done), 'closed');
  assert.deepEqual(!r.ok && r.missing, ['referral']);
});

test('a supervisor’s acknowledgement counts as the supervisor being told', () => {
  assert.equal(checkStep(state('high', ['opened', 'listen', 'inform_participant', 'acknowledged']), 'closed').ok, true);
});

test('nothing is recorded on a closed event', () => {
  for (const step of ['listen', 'referral', 'closed'] as const) assert.equal(checkStep(state('high', ['opened'], 'closed'), step).ok, false);
});

test('an outside contact before the supervisor is told is refused unless the danger is imminent, and then marked as acting alone', () => {
  const high = checkStep(state('high', ['opened', 'listen']), 'outside_contact');
  assert.equal(high.ok, false);
  assert.deepEqual(!high.ok && high.missing, ['notify_supervisor']);
  assert.deepEqual(checkStep(state('imminent', ['opened']), 'outside_contact'), { ok: true, actedAlone: true });
  assert.deepEqual(checkStep(state('high', ['opened', 'notify_supervisor']), 'outside_contact'), { ok: true, actedAlone: false });
});

test('steps other than closing may repeat: several referrals and outside contacts', () => {
  const done = ['opened', 'listen', 'notify_supervisor', 'referral', 'outside_contact'] as const;
  assert.equal(checkStep(state('imminent', done), 'referral').ok, true);
  assert.equal(checkStep(state('imminent', done), 'outside_contact').ok, true);
});

test('the next steps follow the suggested order, drop the ones done once, and offer closing only when allowed', () => {
  assert.deepEqual(nextSteps(state('high', ['opened'])), ['listen', 'inform_participant', 'notify_supervisor', 'referral', 'outside_contact', 'safety_plan']);
  assert.deepEqual(nextSteps(state('high', ['opened', 'listen', 'inform_participant', 'notify_supervisor'])), ['referral', 'outside_contact', 'safety_plan', 'closed']);
  assert.deepEqual(nextSteps(state('high', ['opened'], 'closed')), []);
});
