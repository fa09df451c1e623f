/**
 * Risk detector throughput: notes scanned per second on one core, and per-note latency (p50,
 * p99), on ~1 KB notes. The notes are built by joining the labelled dev lines (peer notes and
 * messages, risky and routine) until each is about 1 KB, so every note carries several findings —
 * a harder load than everyday notes, most of which have none.
 *
 *   node --import tsx bench/risk.ts
 */
import { readFileSync } from 'node:fs';
import { detectRisk } from '../src/core/risk/detect-risk.ts';

const DATA = new URL('../../shared/data/risk/dev.jsonl', import.meta.url);
const lines = readFileSync(DATA, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => String((JSON.parse(l) as { text: unknown }).text));

function buildNotes(count: number, size: number): string[] {
  const notes: string[] = [];
  for (let i = 0; i < count; i++) {
    let note = '';
    // A stride coprime with the line count mixes different lines into each note.
    for (let j = i; note.length < size; j += 7) note += `${lines[j % lines.length]} `;
    notes.push(note);
  }
  return notes;
}

const notes = buildNotes(1000, 1000);
const bytes = notes.reduce((n, t) => n + Buffer.byteLength(t), 0);

// Warm-up: let the regex engine and the JIT settle before measuring.
for (let r = 0; r < 3; r++) for (const n of notes) detectRisk(n);

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

console.log(`notes: ${scanned} of ~${Math.round(bytes / notes.length)} bytes (${(findings / scanned).toFixed(1)} findings each)`);
console.log(`throughput: ${Math.round(scanned / seconds)} notes/s on one core`);
console.log(`latency: p50 ${pct(50).toFixed(3)} ms, p99 ${pct(99).toFixed(3)} ms, max ${pct(100).toFixed(3)} ms`);
