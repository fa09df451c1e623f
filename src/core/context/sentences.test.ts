import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { splitSentences } from './sentences.ts';

const pieces = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end).trim());

describe('splitSentences', () => {
  const cases: ReadonlyArray<readonly [string, string, readonly string[]]> = [
    ['stop before a space', 'She is safe. He is not.', ['She is safe.', 'He is not.']],
    ['initial and abbreviation are not stops', 'S. texted Dr. Lee at noon.', ['S. texted Dr. Lee at noon.']],
    ['line break', 'ok\nnot ok', ['ok', 'not ok']],
    ['stop glued to the next capitalised sentence', 'I posted here.I had a bad night', ['I posted here.', 'I had a bad night']],
    ['a web address is not glued sentences', 'see imgur.com/abc for it', ['see imgur.com/abc for it']],
    ['escaped line breaks in exported text', 'first post\\r\\rsecond post', ['first post\\r\\r', 'second post']],
    ['seam between posts of an exported list', "['no one cares', 'i cut again']", ["['no one cares', '", "i cut again']"]],
  ];
  for (const [name, text, want] of cases) {
    it(name, () => assert.deepEqual(pieces(text), want));
  }

  it('covers every character exactly once', () => {
    const text = "['a.B c', 'd\\re']\nf";
    const spans = splitSentences(text);
    assert.equal(spans[0]?.start, 0);
    assert.equal(spans.at(-1)?.end, text.length);
    for (let i = 1; i < spans.length; i++) assert.equal(spans[i]?.start, spans[i - 1]?.end);
  });
});
