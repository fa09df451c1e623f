import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chooseEscalation, type EscalationState, escalationChain, firstAssignee } from './escalation.ts';

const sups = [
  { id: 's-other', teamId: 'team-b' },
  { id: 's-team', teamId: 'team-a' },
  { id: 's-none', teamId: null },
];
const opened = new Date('2026-11-23T10:00:00Z');
const at = (minutes: number) => new Date(opened.getTime() + minutes * 60_000);
const event = (over: Partial<EscalationState> = {}): EscalationState => ({
  urgency: 'imminent',
  status: 'open',
  openedAt: opened,
  escalatedAt: null,
  assignedSupervisorId: 's-team',
  tried: ['s-team'],
  exhausted: false,
  ...over,
});

test('without a list set, the participant’s team supervisors come first, then the others', () => {
  assert.deepEqual(escalationChain([], sups, 'team-a'), ['s-team', 's-other', 's-none']);
});

test('the organization’s list wins, without supervisors no longer active and without repeats', () => {
  assert.deepEqual(escalationChain(['s-none', 'gone', 's-other', 's-none'], sups, 'team-a'), ['s-none', 's-other']);
});

test('an event goes first to a team supervisor on the chain, never to the supervisor who reported it when another can take it', () => {
  assert.equal(firstAssignee(['s-other', 's-team'], sups, 'team-a', null), 's-team');
  assert.equal(firstAssignee(['s-team', 's-other'], sups, 'team-a', 's-team'), 's-other');
  assert.equal(firstAssignee(['s-team'], sups, 'team-a', 's-team'), 's-team');
  assert.equal(firstAssignee([], sups, 'team-a', null), null);
});

test('an imminent event waits until the set minutes have passed, then goes to the next supervisor not yet tried', () => {
  const chain = ['s-team', 's-other', 's-none'];
  assert.deepEqual(chooseEscalation(event(), chain, 10, at(9)), { kind: 'wait', dueAt: at(10) });
  assert.deepEqual(chooseEscalation(event(), chain, 10, at(10)), { kind: 'escalate', to: 's-other' });
});

test('each escalation restarts the clock, and the list running out is reported once', () => {
  const chain = ['s-team', 's-other'];
  const escalated = event({ escalatedAt: at(10), assignedSupervisorId: 's-other', tried: ['s-team', 's-other'] });
  assert.deepEqual(chooseEscalation(escalated, chain, 10, at(15)), { kind: 'wait', dueAt: at(20) });
  assert.deepEqual(chooseEscalation(escalated, chain, 10, at(20)), { kind: 'exhausted' });
  assert.deepEqual(chooseEscalation({ ...escalated, exhausted: true }, chain, 10, at(60)), { kind: 'wait', dueAt: null });
});

test('acknowledged, closed and non-imminent events never escalate', () => {
  const chain = ['s-team', 's-other'];
  for (const e of [event({ status: 'acknowledged' }), event({ status: 'closed' }), event({ urgency: 'high' })]) {
    assert.deepEqual(chooseEscalation(e, chain, 10, at(120)), { kind: 'wait', dueAt: null });
  }
});
