/**
 * Record-store benchmark (issue 2): note writes/s and authorized note reads/s through the HTTP API
 * at 1, 10 and 100 concurrent clients, with p50/p99 latency, next to the raw insert rate of the
 * same rows (same sealed 1 KB body, straight SQL, no access check or audit) measured in the same
 * run — on PGlite (on disk, as `npm start` runs it) and, when DATABASE_URL is set, on PostgreSQL.
 *
 *   node --import tsx bench/records.ts [--seconds 4]
 *
 * The load generator runs in the same process as the server, so all of it shares the 2 cores.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent, request as httpRequest } from 'node:http';
import { seal } from '../src/server/crypto/aead.ts';
import { KeyService } from '../src/server/crypto/key-service.ts';
import { migrate } from '../src/server/db/migrate.ts';
import { type OpenDatabase, openDatabase } from '../src/server/db/open-database.ts';
import { buildApp } from '../src/server/http/app.ts';
import { createLogger } from '../src/server/log.ts';
import { openTestDatabase } from '../src/server/testing/test-database.ts';
import { createApiToken } from '../src/server/use-cases/auth.ts';
import { createOrganization, createStaff, createTeam } from '../src/server/use-cases/organizations.ts';
import { createParticipant } from '../src/server/use-cases/participants.ts';

const seconds = Number(process.argv[process.argv.indexOf('--seconds') + 1] || 4);
const LEVELS = [1, 10, 100];
const BODY = 'Peer session note. '.repeat(54); // ~1 KB

interface Figures {
  ops: number;
  perSecond: number;
  p50: number;
  p99: number;
}

function summarise(latencies: number[], elapsedMs: number): Figures {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { ops: sorted.length, perSecond: (sorted.length / elapsedMs) * 1000, p50: at(0.5), p99: at(0.99) };
}

/** Runs `clients` loops of `op` for the set time; returns throughput and latency. */
async function load(clients: number, op: (i: number) => Promise<void>): Promise<Figures> {
  const latencies: number[] = [];
  const end = performance.now() + seconds * 1000;
  const start = performance.now();
  let n = 0;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < end) {
        const t = performance.now();
        await op(n++);
        latencies.push(performance.now() - t);
      }
    }),
  );
  return summarise(latencies, performance.now() - start);
}

async function benchBackend(label: string, database: OpenDatabase): Promise<void> {
  await migrate(database.pool);
  const ring = { activeId: 'bench', keys: new Map([['bench', randomBytes(32)]]) };
  const ports = { db: database.db, keys: new KeyService(ring) };
  const logger = createLogger('warn');
  const { app } = await buildApp({ ports, logger, backend: database.backend });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });

  const org = await createOrganization(ports, { name: 'Bench', slug: `bench-${randomBytes(3).toString('hex')}`, admin: { email: `a-${randomUUID()}@bench.test`, displayName: 'A', password: 'bench admin password' } });
  const adminCtx = { actor: { userId: org.adminUserId, orgId: org.id, role: 'admin' as const, teamId: null, platformAdmin: false }, source: 'bench', purpose: 'administration' as const };
  const team = await createTeam(ports, adminCtx, 'T');
  const peer = await createStaff(ports, adminCtx, { email: `p-${randomUUID()}@bench.test`, displayName: 'P', role: 'peer_specialist', teamId: team.id, password: 'bench peer password' });
  const actor = { userId: peer.id, orgId: org.id, role: 'peer_specialist' as const, teamId: team.id, platformAdmin: false };
  const { token } = await createApiToken(ports, actor, 'bench', undefined, 'bench');
  const participants: string[] = [];
  for (let i = 0; i < 50; i++) participants.push((await createParticipant(ports, { actor, source: 'bench', purpose: 'care' }, { profile: { givenName: `P${i}`, contacts: [] } })).id);

  const agent = new Agent({ keepAlive: true, maxSockets: 128 });
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const request = (url: string, opts: { method?: string; body?: string }) =>
    new Promise<{ statusCode: number; text: string }>((resolve, reject) => {
      const req = httpRequest(url, { method: opts.method ?? 'GET', headers, agent }, (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => {
          text += c;
        });
        res.on('end', () => resolve({ statusCode: res.statusCode ?? 0, text }));
      });
      req.on('error', reject);
      req.end(opts.body);
    });
  const noteIds: string[] = [];
  const writeNote = async (i: number) => {
    const res = await request(`${address}/api/participants/${participants[i % participants.length]}/notes`, {
      method: 'POST',
      body: JSON.stringify({ sessionDate: '2026-11-20', sessionType: 'in_person', durationMinutes: 45, body: BODY }),
    });
    if (res.statusCode !== 201) throw new Error(`write failed: ${res.statusCode}`);
    noteIds.push((JSON.parse(res.text) as { id: string }).id);
  };
  const readNote = async (i: number) => {
    const res = await request(`${address}/api/notes/${noteIds[i % noteIds.length]}`, {});
    if (res.statusCode !== 200) throw new Error(`read failed: ${res.statusCode}`);
  };
  // The same row, sealed the same way, inserted directly: the ceiling the API is measured against.
  const dataKey = randomBytes(32);
  const rawInsert = async (i: number) => {
    const id = randomUUID();
    await database.pool.query(
      `INSERT INTO notes (id, org_id, participant_id, author_id, session_date, session_type, duration_minutes, body_enc, version, last_edited_by, updated_at)
       VALUES ($1, $2, $3, $4, '2026-11-20', 'in_person', 45, $5, 1, $4, now())`,
      [id, org.id, participants[i % participants.length], peer.id, seal(dataKey, Buffer.from(BODY), `notes:body:${id}:v1`)],
    );
  };

  console.log(`\n## ${label}`);
  console.log('| clients | raw inserts/s | API note writes/s | writes p50 / p99 ms | write/raw | API note reads/s | reads p50 / p99 ms |');
  console.log('|---:|---:|---:|---:|---:|---:|---:|');
  for (const clients of LEVELS) {
    const raw = await load(clients, rawInsert);
    const w = await load(clients, writeNote);
    const r = await load(clients, readNote);
    const f = (x: number) => x.toFixed(1);
    console.log(`| ${clients} | ${raw.perSecond.toFixed(0)} | ${w.perSecond.toFixed(0)} | ${f(w.p50)} / ${f(w.p99)} | ${(w.perSecond / raw.perSecond).toFixed(2)} | ${r.perSecond.toFixed(0)} | ${f(r.p50)} / ${f(r.p99)} |`);
  }
  agent.destroy();
  await app.close();
}

const dir = mkdtempSync(join(tmpdir(), 'pk-bench-'));
try {
  console.log(`PeerKeep record-store benchmark: ${seconds} s per cell, ~1 KB notes, Node ${process.version}`);
  const lite = await openDatabase({ pgliteDir: join(dir, 'db') });
  await benchBackend('PGlite (embedded, on disk)', lite);
  await lite.close();
  if (process.env['DATABASE_URL']) {
    const pgdb = await openTestDatabase();
    await benchBackend('PostgreSQL server', pgdb.database);
    await pgdb.drop();
  } else {
    console.log('\n(PostgreSQL: set DATABASE_URL to also measure a server.)');
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
