/**
 * Risk detector throughput: notes scanned per second on one core, and per-note latency (p50,
 * p99), on ~1 KB notes. Two loads, both built by joining the labelled dev lines until each note is
 * about 1 KB: routine notes (lines with no risk content, the everyday case) and risk-dense notes
 * (all lines mixed, several findings per note: the worst case for the assertion engine).
 *
 *   node --import tsx bench/risk.ts
 */
import { readFileSync } from 'node:fs';
import { detectRisk } from '../src/core/risk/detect-risk.ts';

interface Line {
  readonly text: string;
  readonly contrast: string;
}

const DATA = new URL('../../shared/data/risk/dev.jsonl', import.meta.url);
const lines = readFileSync(DATA, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Line);

function buildNotes(pool: readonly string[], count: number, size: number): string[] {
  const notes: string[] = [];
  for (let i = 0; i < count; i++) {
    let note = '';
    // A stride coprime with the pool size mixes different lines into each note.
    for (let j = i; note.length < size; j += 7) note += `${pool[j % pool.length]} `;
    notes.push(note);
  }
  return notes;
}

function measure(label: string, notes: readonly string[]): void {
  for (let r = 0; r < 3; r++) for (const n of notes) detectRisk(n); // let the JIT and regex tiers settle
  const rounds = 5;
  const latencies: number[] = [];
  let findings = 0;
  const t0 = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) {
    for (const n of notes) {
      const s = process.hrtime.bigint();
      findings += detectRisk(n).findings.length;
      latencies.push(Number(process.hrtime.bigint() - s) / 1e6);
    }
  }
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0;
  const scanned = rounds * notes.length;
  const bytes = notes.reduce((n, t) => n + Buffer.byteLength(t), 0) / notes.length;
  console.log(`${label}: ${scanned} notes of ~${Math.round(bytes)} bytes, ${(findings / scanned).toFixed(1)} findings each`);
  console.log(`  throughput ${Math.round(scanned / seconds)} notes/s on one core`);
  console.log(`  latency p50 ${pct(50).toFixed(3)} ms, p99 ${pct(99).toFixed(3)} ms`);
}

measure('routine notes', buildNotes(lines.filter((l) => l.contrast === 'none').map((l) => l.text), 1000, 1000));
measure('risk-dense notes', buildNotes(lines.map((l) => l.text), 1000, 1000));
