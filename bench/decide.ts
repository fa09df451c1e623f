// Decision engine benchmark: in-process decisions per second and per-decision latency over the
// shared dev scenarios (validation + decision, as the CLI does per line).
// Run from the project root: node --import tsx bench/decide.ts
import { readFileSync } from 'node:fs';
import { decideDisclosure } from '../src/core/decide/decide-disclosure.ts';
import { parseDisclosureFacts } from '../src/core/decide/validate-facts.ts';

const DATA = new URL('../../shared/data/decide/dev.json', import.meta.url);
const WARMUP_ROUNDS = 2_000;
const MEASURED_ROUNDS = 5_000;

const scenarios = (JSON.parse(readFileSync(DATA, 'utf8')) as { facts: unknown }[]).map((s) => s.facts);

function once(raw: unknown): string {
  return decideDisclosure(parseDisclosureFacts(raw)).outcome;
}

// Warm up so the JIT has compiled the hot paths before anything is timed.
for (let r = 0; r < WARMUP_ROUNDS; r++) for (const s of scenarios) once(s);

const latencies = new Float64Array(MEASURED_ROUNDS * scenarios.length);
let n = 0;
let sink = 0;
const start = process.hrtime.bigint();
for (let r = 0; r < MEASURED_ROUNDS; r++) {
  for (const s of scenarios) {
    const t0 = process.hrtime.bigint();
    sink += once(s).length;
    latencies[n++] = Number(process.hrtime.bigint() - t0) / 1e6;
  }
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;

latencies.sort();
const pct = (p: number): number => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? Number.NaN;
const ms = (v: number): string => `${v.toFixed(4)} ms`;

console.log(`decide bench: ${scenarios.length} dev scenarios x ${MEASURED_ROUNDS} rounds = ${n} decisions (validate + decide)`);
console.log(`  throughput  ${Math.round(n / seconds).toLocaleString('en-US')} decisions/s (wall clock, including timer overhead)`);
console.log(`  latency     p50 ${ms(pct(50))}   p99 ${ms(pct(99))}   max ${ms(latencies[n - 1] ?? Number.NaN)}`);
console.log(`  target      p99 < 0.2 ms: ${pct(99) < 0.2 ? 'met' : 'NOT met'}`);
if (sink === 0) console.log('(no outcomes)');
