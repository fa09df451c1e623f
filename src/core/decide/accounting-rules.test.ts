import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type AccountableDisclosure, accountability, lookbackStarts } from './accounting-rules.ts';

const d = (o: Partial<AccountableDisclosure> = {}): AccountableDisclosure => ({
  outcome: 'permitted_exception',
  purpose: 'protect_others',
  recipient: 'potential_victim',
  includesPart2: false,
  overridden: false,
  ...o,
});

test('a serious-threat warning and an abuse report are listed in the HIPAA accounting', () => {
  assert.equal(accountability(d()).hipaa, true);
  assert.equal(accountability(d({ outcome: 'required_report', purpose: 'abuse_report', recipient: 'child_protective_services' })).hipaa, true);
});

test('a disclosure under a written authorization is exempt from HIPAA’s accounting but listed under Part 2', () => {
  const consented = accountability(d({ outcome: 'permitted_with_consent', purpose: 'housing', recipient: 'landlord', includesPart2: true }));
  assert.equal(consented.hipaa, false);
  assert.match(consented.hipaaExemption ?? '', /164\.528\(a\)\(1\)\(iv\)/);
  assert.equal(consented.part2, true);
  assert.equal(accountability(d({ outcome: 'permitted_with_consent', purpose: 'housing', recipient: 'landlord' })).part2, false, 'no Part 2 record, no Part 2 listing');
});

test('treatment disclosures of Part 2 records are listed under Part 2 only', () => {
  const tpo = accountability(d({ outcome: 'permitted_exception', purpose: 'treatment', recipient: 'treating_provider', includesPart2: true }));
  assert.deepEqual([tpo.hipaa, tpo.part2], [false, true]);
});

test('a disclosure made on a supervisor’s override of a denial is always listed', () => {
  assert.equal(accountability(d({ outcome: 'denied', purpose: 'family_inquiry', recipient: 'family', overridden: true })).hipaa, true);
});

test('lookbacks are six years for HIPAA and three for Part 2', () => {
  const s = lookbackStarts(new Date('2026-11-23T10:00:00Z'));
  assert.equal(s.hipaa.toISOString(), '2020-11-23T10:00:00.000Z');
  assert.equal(s.part2.toISOString(), '2023-11-23T10:00:00.000Z');
});
