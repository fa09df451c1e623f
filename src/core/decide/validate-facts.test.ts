import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { facts } from './test-facts.ts';
import { FactsValidationError, parseDisclosureFacts, validateDisclosureFacts } from './validate-facts.ts';

/** A valid fact set as plain JSON, to be broken one field at a time. */
function json(): Record<string, unknown> {
  return JSON.parse(JSON.stringify(facts())) as Record<string, unknown>;
}

function problem(input: unknown): FactsValidationError {
  const r = validateDisclosureFacts(input);
  assert.equal(r.ok, false);
  if (r.ok) throw new Error('unreachable');
  return r.error;
}

describe('validateDisclosureFacts', () => {
  it('accepts a valid fact set and returns an exact copy', () => {
    const r = validateDisclosureFacts(json());
    assert.equal(r.ok, true);
    if (r.ok) assert.deepEqual(r.facts, facts());
  });

  it('accepts the optional fields left out and nulls where the schema allows them', () => {
    const input = { ...json(), program: { part2: true, state: null, duty_to_warn: null }, participant: { age: null }, consent: { status: 'none' } };
    assert.equal(validateDisclosureFacts(input).ok, true);
  });

  it('names the field and the allowed values for a bad enum, without echoing the value', () => {
    const e = problem({ ...json(), recipient: 'my neighbour Jane Doe' });
    assert.equal(e.field, 'facts.recipient');
    assert.match(e.message, /^facts\.recipient must be one of emergency_services, /);
    assert.doesNotMatch(e.message, /Jane/);
  });

  it('names a missing required field', () => {
    const input = json();
    delete input['risk'];
    assert.equal(problem(input).message, 'facts.risk is required');
  });

  it('names nested fields and array items', () => {
    assert.equal(problem({ ...json(), program: { part2: 'yes' } }).field, 'facts.program.part2');
    assert.equal(problem({ ...json(), participant: { age: -3 } }).field, 'facts.participant.age');
    assert.equal(problem({ ...json(), information: ['identity', 7] }).field, 'facts.information[1]');
    assert.equal(problem({ ...json(), information: [] }).field, 'facts.information');
    assert.equal(problem({ ...json(), consent: { status: 'valid', defect: 'forged' } }).field, 'facts.consent.defect');
  });

  it('rejects unknown fields without repeating the unknown name', () => {
    const e = problem({ ...json(), participant_name: 'Jane Doe' });
    assert.equal(e.field, 'facts');
    assert.doesNotMatch(e.message, /participant_name|Jane/);
  });

  it('rejects a non-object', () => {
    assert.equal(problem('{"recipient":"family"}').message, 'facts must be an object');
    assert.equal(problem(null).field, 'facts');
  });

  it('throws the typed error from parseDisclosureFacts', () => {
    assert.throws(() => parseDisclosureFacts({}), FactsValidationError);
  });
});
