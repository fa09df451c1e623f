import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DeidSpan } from '../deid/index.ts';
import { composeConsultationText, effectiveSpans, renderRedacted, spanProblem } from './review.ts';

const text = 'Rosa met Dan at Elm Park; Rosa was upset.';
//            0   4   8   12  16  20  24  28
const detected: DeidSpan[] = [
  { start: 0, end: 4, type: 'NAME' },
  { start: 9, end: 12, type: 'NAME' },
  { start: 16, end: 24, type: 'LOCATION' },
  { start: 26, end: 30, type: 'NAME' },
];

test('with no review changes the removed spans are the de-identifier’s', () => {
  assert.deepEqual(
    effectiveSpans(detected, [], []).map((s) => [s.start, s.end, s.type, s.source]),
    [
      [0, 4, 'NAME', 'detected'],
      [9, 12, 'NAME', 'detected'],
      [16, 24, 'LOCATION', 'detected'],
      [26, 30, 'NAME', 'detected'],
    ],
  );
});

test('an extra redaction is added, and one overlapping a detected span merges with it keeping the type', () => {
  const spans = effectiveSpans(detected, [{ start: 35, end: 40, seq: 1 }, { start: 20, end: 25, seq: 2 }], []);
  assert.deepEqual(spans.map((s) => [s.start, s.end, s.type, s.source]), [
    [0, 4, 'NAME', 'detected'],
    [9, 12, 'NAME', 'detected'],
    [16, 25, 'LOCATION', 'detected'],
    [26, 30, 'NAME', 'detected'],
    [35, 40, 'REDACTED', 'author'],
  ]);
});

test('a restoration takes back the spans inside it, but not a later redaction of the same words', () => {
  const restored = [{ start: 9, end: 12, seq: 1 }];
  assert.deepEqual(effectiveSpans(detected, [], restored).map((s) => s.start), [0, 16, 26]);
  assert.deepEqual(effectiveSpans(detected, [{ start: 9, end: 12, seq: 2 }], restored).map((s) => [s.start, s.type]), [[0, 'NAME'], [9, 'REDACTED'], [16, 'LOCATION'], [26, 'NAME']]);
});

test('the redacted text numbers people consistently and places each placeholder where the highlight goes', () => {
  const r = renderRedacted(text, effectiveSpans(detected, [], []));
  assert.equal(r.text, '[PERSON-1] met [PERSON-2] at [LOCATION-1]; [PERSON-1] was upset.');
  for (const s of r.spans) assert.equal(r.text.slice(s.redactedStart, s.redactedEnd), s.placeholder);
});

test('notes are composed under a heading with the kind of session only, after the summary', () => {
  assert.equal(
    composeConsultationText('  How do I raise the relapse plan? ', [{ sessionType: 'phone', body: 'Talked about cravings.' }]),
    'How do I raise the relapse plan?\n\nSession note 1 (by phone):\nTalked about cravings.',
  );
});

test('an extra redaction must lie inside the text', () => {
  assert.equal(spanProblem(10, 0, 10), null);
  assert.match(spanProblem(10, 4, 4) ?? '', /start before its end/);
  assert.match(spanProblem(10, 2, 11) ?? '', /at most 10/);
});
