// Throughput and latency of the de-identifier on one core: ~1 KB peer notes, built from a few
// invented templates so every run measures the same work. Run: node --import tsx bench/deid.ts
import { performance } from 'node:perf_hooks';
import { deidentify } from '../src/core/deid/index.ts';

const TEMPLATES = [
  'Peer specialist Marcus Bell met with Rosa Delgado (DOB 04/09/1981) at the Eastgate Drop-In Center on 3/14. Rosa, who goes by Rosie, said her brother Miguel has been helping with rent at her place on 1187 Larkspur Lane, Apt 2B. She is taking buprenorphine 16 mg daily and attends Narcotics Anonymous on Monday nights. Her Medicaid ID is QX4471902 and her MRN is 00388215. Follow-up is scheduled for March 28th.',
  'hey its Dani, new number is 614-555-0143. staying at my aunt Lorraine\'s on Fenwick St in Cold Harbor til the 22nd. can u tell my case manager Mr. Okafor? my email is danirae.heals@example.com if my phone dies again',
  'Met with the participant and her daughter Kim at the Saint Brendan\'s Church food pantry on Oak Ridge Road. She is 93, lives with Kim in Harlow County, Ohio, and gets her mail at PO Box 418, Harlow Springs, 45612. We called Adult Protective Services together and filed a report. Diagnoses include major depressive disorder and mild dementia.',
  'Supervisor note: Peer specialist Aaliyah Brooks (certification #CPRS-21877) accompanied D.W. to court on 9/18/2024. The public defender, Elliot Schwartz, can be reached at eschwartz@pdoffice.example.gov or 216-555-0139. D.W. reports attending Alcoholics Anonymous daily and taking naltrexone. The judge continued the case to November 6.',
];
const CONTEXT = { names: ['Rosa Delgado', 'Rosie', 'Miguel Delgado'], dates: ['1981-04-09'], ids: ['00388215'] };

// Each note is three templates joined (about 1 KB), with a serial number so no two are equal.
const notes = Array.from({ length: 2000 }, (_, i) => `${TEMPLATES[i % 4]} ${TEMPLATES[(i + 1) % 4]} ${TEMPLATES[(i + 2) % 4]} Note ${i}.`);
const avgBytes = notes.reduce((n, t) => n + Buffer.byteLength(t), 0) / notes.length;

for (let i = 0; i < 300; i++) deidentify(notes[i % notes.length] as string, CONTEXT); // warm-up

const times: number[] = [];
const t0 = performance.now();
for (const note of notes) {
  const s = performance.now();
  deidentify(note, CONTEXT);
  times.push(performance.now() - s);
}
const total = (performance.now() - t0) / 1000;
times.sort((a, b) => a - b);
const pct = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0;

console.log(`deid bench: ${notes.length} notes, average ${(avgBytes / 1024).toFixed(2)} KB, one core`);
console.log(`  throughput: ${(notes.length / total).toFixed(0)} notes/s`);
console.log(`  latency: p50 ${pct(0.5).toFixed(3)} ms, p99 ${pct(0.99).toFixed(3)} ms, max ${pct(1).toFixed(3)} ms`);
