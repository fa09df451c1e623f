import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { deidCommand } from '../../cli/commands/deid.ts';
import { memoryIo } from '../../cli/io.ts';

// The CLI wrapper is tested here, beside the engine it exposes, so the CLI folder stays the
// lead's; it checks only the contract of `peerkeep deid` (../../../../shared/spec/CONTRACTS.md).

describe('peerkeep deid', () => {
  it('single mode reads the text on stdin and prints {text, spans}', async () => {
    const io = memoryIo('Call Marcus at 614-555-0143.');
    assert.equal(await deidCommand([], io), 0);
    const out = JSON.parse(io.stdout()) as { text: string; spans: { type: string }[] };
    assert.equal(out.text, 'Call [NAME] at [PHONE].');
    assert.deepEqual(out.spans.map((s) => s.type), ['NAME', 'PHONE']);
    assert.equal(io.stderr(), '');
  });

  it('batch mode answers each line with its id and uses the context', async () => {
    const lines = [
      JSON.stringify({ id: 'a', text: 'its Wren. at the shelter', context: { names: ['Wren Holloway'] } }),
      JSON.stringify({ id: 'b', text: 'no identifiers here' }),
    ];
    const io = memoryIo(`${lines.join('\n')}\n`);
    assert.equal(await deidCommand(['--jsonl'], io), 0);
    const out = io.stdout().trim().split('\n').map((l) => JSON.parse(l) as { id: string; result: { text: string } });
    assert.deepEqual(out.map((o) => o.id), ['a', 'b']);
    assert.equal(out[0]?.result.text, 'its [NAME]. at the shelter');
    assert.equal(out[1]?.result.text, 'no identifiers here');
  });

  it('a bad context field is named, and the batch goes on', async () => {
    const lines = [
      JSON.stringify({ id: 'x', text: 't', context: { dates: ['22/07/1992'] } }),
      JSON.stringify({ id: 'y', text: 't', context: { names: 'Rosa' } }),
      JSON.stringify({ id: 'z', text: 42 }),
      JSON.stringify({ id: 'ok', text: 'fine' }),
    ];
    const io = memoryIo(lines.join('\n'));
    await deidCommand(['--jsonl'], io);
    const out = io.stdout().trim().split('\n').map((l) => JSON.parse(l) as { id: string; error?: string });
    assert.match(out[0]?.error ?? '', /context\.dates\[0\].*YYYY-MM-DD/);
    assert.match(out[1]?.error ?? '', /context\.names/);
    assert.match(out[2]?.error ?? '', /"text"/);
    assert.equal(out[3]?.error, undefined);
  });

  it('rejects an unknown option with exit code 2', async () => {
    const io = memoryIo('x');
    assert.equal(await deidCommand(['--fast'], io), 2);
    assert.equal(io.stdout(), '');
  });
});
