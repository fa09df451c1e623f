import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { PROTOCOL_STEPS } from '../../src/core/safety/protocol.ts';
import { ACTION_WORDS, actionWords, oneRowPerAct } from '../src/pages/access-history.ts';

/**
 * Every audit action the server can write has words in the access history (a unit test: no
 * browser, no database). The actions are read from the server's code rather than listed here, so
 * an action added there without words fails: the policy's action types (each is written by the
 * enforcement point), every `action: '…'` literal, the sign-in entries, the consultation review
 * steps, and the safety protocol steps (`safety.step.<step>`).
 */
const ROOT = new URL('../../', import.meta.url).pathname;
const sources = (dir: string): string[] =>
  readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [join(dir, e.name)] : [],
  );
const read = (f: string) => readFileSync(join(ROOT, f), 'utf8');
const all = (text: string, re: RegExp) => [...text.matchAll(re)].map((m) => m[1] as string);

function serverActions(): Set<string> {
  const found = new Set<string>();
  const policy = read('src/core/access/policy.ts').replace(/\/\/.*$/gm, '');
  for (const type of all(policy, /export type \w+Action =([^;]+);/g)) for (const a of all(type, /'([a-z_]+\.[a-z_.]+)'/g)) found.add(a);
  for (const f of sources('src/server')) {
    const text = read(f);
    for (const a of all(text, /action: '([a-z_]+\.[a-z_.]+)'/g)) found.add(a);
    for (const a of all(text, /\bentry\([\w.]+, '([a-z_]+\.[a-z_.]+)'/g)) found.add(a);
    for (const a of all(text, /reviewStep\([^']*'([a-z_]+\.[a-z_.]+)'/g)) found.add(a);
    if (/action: `safety\.step\.\$\{input\.step\}`/.test(text)) for (const s of PROTOCOL_STEPS) found.add(`safety.step.${s}`);
  }
  return found;
}

describe('the words for what staff did with a record', () => {
  const actions = serverActions();

  it('finds the server’s actions (the search itself works)', () => {
    for (const a of ['participant.read_record', 'disclosure.make', 'disclosure.read_packet', 'auth.sign_in', 'consultation.redact', 'safety.step.listen']) assert.ok(actions.has(a), a);
    assert.ok(actions.size > 60, `only ${actions.size} actions found`);
  });

  it('has words for every action the server writes', () => {
    const missing = [...actions].filter((a) => actionWords(a) === a).sort();
    assert.deepEqual(missing, []);
  });

  it('names no action the server does not write', () => {
    assert.deepEqual(Object.keys(ACTION_WORDS).filter((a) => !actions.has(a)).sort(), []);
  });

  it('never shows a code as words', () => {
    for (const a of actions) assert.doesNotMatch(actionWords(a), /\b[a-z]+_[a-z_]+\b|\b[a-z]+\.[a-z]+\b/, a);
  });

  it('merges an access check with the act it allowed, and nothing else', () => {
    const at = (s: number) => new Date(Date.UTC(2026, 10, 20, 10, 0, s)).toISOString();
    const row = (action: string, s: number, staffName = 'Pat Peer') => ({ at: at(s), staffName, staffRole: 'peer_specialist', action, purpose: 'care' });
    const rows = [
      row('disclosure.read_packet', 30),
      row('disclosure.decide', 30),
      row('safety.step.listen', 20),
      row('safety.act', 19),
      row('note.read', 10, 'Sam Supervisor'),
      row('note.read', 10),
      row('consent.create', 5),
      row('consent.write', 1),
    ];
    assert.deepEqual(
      oneRowPerAct(rows).map((r) => `${r.action} ${r.staffName}`),
      ['disclosure.read_packet Pat Peer', 'safety.step.listen Pat Peer', 'note.read Sam Supervisor', 'note.read Pat Peer', 'consent.create Pat Peer', 'consent.write Pat Peer'],
    );
  });
});
