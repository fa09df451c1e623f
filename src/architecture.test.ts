import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return name === 'build' ? [] : sources(p);
    return p.endsWith('.ts') && !p.endsWith('.test.ts') ? [p] : [];
  });
}

const importsOf = (file: string) => [...readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!);

// The domain core is pure: no database, network, files, processes or HTTP. Hashing is allowed.
const FORBIDDEN_IN_CORE = /^(node:)?(fs|fs\/promises|net|http|https|child_process|dgram|dns|os|worker_threads|cluster)$|^(pg|kysely|fastify|@fastify\/.*|@electric-sql\/.*|pino|nodemailer)$/;

test('the domain core imports no I/O, database or HTTP code', () => {
  const offenders = sources('src/core').flatMap((f) => importsOf(f).filter((i) => FORBIDDEN_IN_CORE.test(i)).map((i) => `${f} imports ${i}`));
  assert.deepEqual(offenders, []);
});

test('the core never imports from the server, the CLI or the contract adapters', () => {
  const offenders = sources('src/core').flatMap((f) => importsOf(f).filter((i) => /\/(server|cli)\//.test(i)).map((i) => `${f} imports ${i}`));
  assert.deepEqual(offenders, []);
});

test('the contract (shared with the browser) imports no server or core I/O code', () => {
  const offenders = sources('src/contract').flatMap((f) => importsOf(f).filter((i) => /\/(server|cli)\//.test(i) || /^node:/.test(i)).map((i) => `${f} imports ${i}`));
  assert.deepEqual(offenders, []);
});

test('the web app takes only types from the contract: no server, core, CLI or Node code reaches the browser bundle', () => {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const p = join(dir, name);
      return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(p) ? [p] : [];
    });
  const offenders = files('web/src').flatMap((f) => {
    const text = readFileSync(f, 'utf8');
    const wrong = importsOf(f).filter((i) => /^node:/.test(i) || /\/src\/(server|core|cli)\//.test(i)).map((i) => `${f} imports ${i}`);
    // Contract schemas are TypeBox values; the browser needs their types only, so no runtime import.
    const valueImports = [...text.matchAll(/^import\s+(?!type\b)[^'"]*from\s+['"]([^'"]*\/src\/contract\/[^'"]+)['"]/gm)].map((m) => `${f} imports values from ${m[1]}`);
    return [...wrong, ...valueImports];
  });
  assert.deepEqual(offenders, []);
});
