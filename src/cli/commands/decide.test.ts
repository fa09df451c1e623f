import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { facts } from '../../core/decide/test-facts.ts';
import { memoryIo } from '../io.ts';
import { decideCommand } from './decide.ts';

describe('peerkeep decide', () => {
  it('reads one DisclosureFacts object and prints one decision', async () => {
    const io = memoryIo(JSON.stringify(facts({ recipient: 'participant', purpose: 'participant_access' })));
    assert.equal(await decideCommand([], io), 0);
    const out = JSON.parse(io.stdout()) as { outcome: string; basis: string[] };
    assert.equal(out.outcome, 'permitted_exception');
    assert.ok(out.basis.length > 0);
    assert.equal(io.stderr(), '');
  });

  it('exits 2 naming the field when the facts are invalid, and prints nothing on stdout', async () => {
    const io = memoryIo(JSON.stringify({ ...facts(), risk: 'very high' }));
    assert.equal(await decideCommand([], io), 2);
    assert.equal(io.stdout(), '');
    assert.match(io.stderr(), /^facts\.risk must be one of none, /);
    assert.doesNotMatch(io.stderr(), /very high/);
  });

  it('exits 2 on input that is not JSON', async () => {
    const io = memoryIo('may I share this?');
    assert.equal(await decideCommand([], io), 2);
    assert.match(io.stderr(), /not valid JSON/);
  });

  it('in --jsonl mode answers each line with its id, and a bad line gets an error while the batch goes on', async () => {
    const lines = [
      { id: 'a', facts: facts({ recipient: 'family', purpose: 'family_inquiry' }) },
      { id: 'b', facts: { ...facts(), recipient: 'neighbour' } },
      { id: 'c' },
      { id: 'd', facts: facts({ recipient: 'supervisor', purpose: 'supervision' }) },
    ];
    const io = memoryIo(lines.map((l) => JSON.stringify(l)).join('\n'));
    assert.equal(await decideCommand(['--jsonl'], io), 0);
    const out = io
      .stdout()
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; decision?: { outcome: string }; error?: string });
    assert.deepEqual(
      out.map((o) => [o.id, o.decision?.outcome ?? o.error]),
      [
        ['a', 'denied'],
        ['b', out[1]?.error],
        ['c', 'facts is required'],
        ['d', 'permitted_exception'],
      ],
    );
    assert.match(out[1]?.error ?? '', /^facts\.recipient must be one of/);
  });
});
