/**
 * "May I share this?" through the API (issue 3): POST /api/participants/:id/disclosure-decisions
 * over HTTP, which loads the policy profile, opens the participant's consents, checks coverage,
 * runs the engine, seals and stores the decision and writes the audit entry, in one transaction.
 * Prints decisions/s and p50/p99 at 1 and 10 concurrent clients, on PGlite in memory or, when
 * DATABASE_URL is set, on PostgreSQL. The load generator shares the machine with the server.
 *
 *   node --import tsx bench/decide-api.ts [--seconds 4]
 */
import { Agent, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sampleProfile, startHarness } from '../src/server/testing/harness.ts';

const seconds = Number(process.argv[process.argv.indexOf('--seconds') + 1] || 4);
const LEVELS = [1, 10];
const today = new Date().toISOString().slice(0, 10);

// A mix of requests a peer would make: covered by the consent, wrong recipient, category not
// covered, no ground (employer), imminent risk to emergency services, child abuse report.
const ASKS = [
  { recipientType: 'treating_provider', recipient: { person: 'Dr. Bench', organization: 'Bench Clinic' }, purpose: 'care_coordination', categories: ['attendance'] },
  { recipientType: 'treating_provider', recipient: { person: 'Dr. Other', organization: 'Bench Clinic' }, purpose: 'care_coordination', categories: ['attendance'] },
  { recipientType: 'treating_provider', recipient: { person: 'Dr. Bench', organization: 'Bench Clinic' }, purpose: 'care_coordination', categories: ['substance_use'] },
  { recipientType: 'employer', recipient: { organization: 'Bench Employer' }, purpose: 'employment', categories: ['attendance'] },
  { recipientType: 'emergency_services', recipient: {}, purpose: 'medical_emergency', categories: ['identity', 'risk'], risk: 'self_imminent' },
  { recipientType: 'child_protective_services', recipient: {}, purpose: 'abuse_report', categories: ['identity'], abuse: 'child' },
].map((a) => JSON.stringify(a));

const h = await startHarness();
const org = await h.org();
const peer = await org.user('peer_specialist');
const created = await h.call(peer.token, 'POST', '/api/participants', { profile: sampleProfile() });
const participant = (created.json as { id: string }).id;
const consent = await h.call(peer.token, 'POST', `/api/participants/${participant}/consents`, {
  recipient: { person: { name: 'Dr. Bench' }, organization: { name: 'Bench Clinic' } },
  categories: ['attendance', 'recovery_plan'],
  purposes: ['care_coordination'],
  purposeDescription: 'care coordination',
  expiry: { kind: 'date', on: `${new Date().getUTCFullYear() + 1}-12-31` },
  signature: { method: 'typed', signedOn: today, typedName: 'Bench Signer' },
  statements: { rightToRevoke: true, conditioning: true, redisclosure: true },
});
if (consent.status !== 201) throw new Error(`could not record the bench consent: ${consent.text}`);

await h.app.listen({ port: 0, host: '127.0.0.1' });
const port = (h.app.server.address() as AddressInfo).port;
const agent = new Agent({ keepAlive: true, maxSockets: 64 });
const path = `/api/participants/${participant}/disclosure-decisions`;

function post(body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port, path, method: 'POST', agent, headers: { authorization: `Bearer ${peer.token}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function level(clients: number, ms: number) {
  const latencies: number[] = [];
  let i = 0;
  let failures = 0;
  const until = performance.now() + ms;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < until) {
        const t0 = performance.now();
        const status = await post(ASKS[i++ % ASKS.length]!);
        latencies.push(performance.now() - t0);
        if (status !== 201) failures++;
      }
    }),
  );
  const elapsed = performance.now() - start;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return { n: latencies.length, perSecond: (latencies.length / elapsed) * 1000, p50: at(0.5), p99: at(0.99), failures };
}

await level(4, 1000); // warm-up: JIT, connection pool, PGlite caches
console.log(`decide through the API on ${h.testDb.database.backend}: ${ASKS.length} kinds of request, ${seconds} s per level`);
for (const clients of LEVELS) {
  const f = await level(clients, seconds * 1000);
  console.log(
    `  ${String(clients).padStart(3)} client(s)  ${Math.round(f.perSecond).toLocaleString('en-US').padStart(6)} decisions/s   p50 ${f.p50.toFixed(2)} ms   p99 ${f.p99.toFixed(2)} ms   (${f.n} requests, ${f.failures} not 201)`,
  );
}
agent.destroy();
await h.close();
