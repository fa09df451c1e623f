import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { type Harness, startHarness } from '../testing/harness.ts';

/**
 * The web app's API client checked against the OpenAPI document the server publishes: every
 * `/api/…` path the browser code calls or links to must be a documented operation with the same
 * method, and every query parameter it adds must be one the operation declares. The response and
 * body types come from the same TypeBox contract (src/contract) that the routes validate with, so
 * together a renamed route, a changed method or a dropped query parameter fails here instead of
 * in a user's browser.
 */

const WEB_SRC = fileURLToPath(new URL('../../../web/src/', import.meta.url));
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
type Method = (typeof METHODS)[number];

interface Use {
  readonly file: string;
  readonly method: Method;
  /** Path with every `${…}` or `{name}` segment written as `{}`. */
  readonly shape: string;
  readonly query: readonly string[];
  readonly literal: string;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sourceFiles(p));
    else if (/\.(ts|tsx)$/.test(name) && !name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

/** Every string or template literal that starts with /api/ — with the method of the request() call around it, or GET for a link. */
function apiUses(): Use[] {
  const uses: Use[] = [];
  const literal = /(['`])(\/api\/[^'`]*)\1/g;
  for (const file of sourceFiles(WEB_SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(literal)) {
      const raw = m[2] ?? '';
      // A prefix used for a startsWith check (client.ts) names no operation.
      if (raw.endsWith('/')) continue;
      const before = text.slice(Math.max(0, (m.index ?? 0) - 120), m.index);
      const call = /request(?:<[^(]*>)?\(\s*'([A-Z]+)',\s*$/.exec(before);
      const method = (call?.[1] ?? 'GET') as Method;
      assert.ok(METHODS.includes(method), `${relative(WEB_SRC, file)}: unknown method ${method}`);
      const [path = '', queryText = ''] = raw.split('?');
      const query = queryText
        .split('&')
        .filter(Boolean)
        .map((kv) => kv.split('=')[0] ?? '');
      const shape = path.replace(/\$\{[^}]*\}/g, '{}');
      uses.push({ file: relative(WEB_SRC, file), method, shape, query, literal: raw });
    }
  }
  return uses;
}

interface Operation {
  readonly parameters?: readonly { readonly in: string; readonly name: string }[];
}

let h: Harness;
let documented: Map<string, Operation>;

before(async () => {
  h = await startHarness();
  const res = await h.app.inject({ method: 'GET', url: '/api/openapi.json' });
  assert.equal(res.statusCode, 200);
  const doc = res.json() as { paths: Record<string, Record<string, Operation>> };
  documented = new Map();
  for (const [path, ops] of Object.entries(doc.paths)) {
    const shape = path.replace(/\{[^}]+\}/g, '{}');
    for (const [method, op] of Object.entries(ops)) documented.set(`${method.toUpperCase()} ${shape}`, op);
  }
});

after(async () => {
  await h?.close();
});

test('the web app calls the API through many paths (the scan finds them)', () => {
  const uses = apiUses();
  // A scan that found nothing would pass the next test vacuously.
  assert.ok(uses.length >= 30, `only ${uses.length} API paths found in web/src`);
  assert.ok(uses.some((u) => u.method === 'POST') && uses.some((u) => u.method === 'GET'));
});

test('every API path the web app uses is a documented operation with that method and query', () => {
  const problems: string[] = [];
  for (const use of apiUses()) {
    const op = documented.get(`${use.method} ${use.shape}`);
    if (!op) {
      problems.push(`${use.file}: ${use.method} ${use.literal} is not in /api/openapi.json`);
      continue;
    }
    const declared = new Set((op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name));
    for (const q of use.query) if (!declared.has(q)) problems.push(`${use.file}: ${use.method} ${use.literal} sends query "${q}", which the operation does not declare`);
  }
  assert.deepEqual(problems, []);
});

test('the check notices a path the server does not have', () => {
  // Guards the comparison itself: a made-up path and a wrong method must be reported as missing.
  assert.equal(documented.has('GET /api/participants/{}/no-such-thing'), false);
  assert.equal(documented.has('DELETE /api/auth/sign-in'), false);
  assert.equal(documented.has('POST /api/auth/sign-in'), true);
});
