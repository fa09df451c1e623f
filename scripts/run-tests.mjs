#!/usr/bin/env node
// Runs every test file under src/ and web/e2e (and bench smoke tests) with Node's own test runner through tsx.
// Node 20's --test takes file paths, not quoted globs, so the files are listed here.
// Files ending in .int.test.ts touch a database: they run on PGlite, or on the PostgreSQL server
// named by DATABASE_URL when it is set. Browser tests (web/e2e/*.e2e.test.ts) spawn a real server on
// a database too, so they count as integration tests; `e2e` as the filter runs only them. Usage: node scripts/run-tests.mjs [--unit|--int] [filter]
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const only = args.includes('--unit') ? 'unit' : args.includes('--int') ? 'int' : 'all';
const filter = args.find((a) => !a.startsWith('--'));

function walk(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...walk(p));
    else if (name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

const needsDatabase = (f) => f.endsWith('.int.test.ts') || f.endsWith('.e2e.test.ts');
const files = [...walk('src'), ...walk('web/e2e')]
  .filter((f) => (only === 'unit' ? !needsDatabase(f) : only === 'int' ? needsDatabase(f) : true))
  .filter((f) => !filter || f.includes(filter))
  .sort();
if (files.length === 0) {
  console.error('run-tests: no test files matched');
  process.exit(1);
}
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', ...files], {
  stdio: 'inherit',
});
process.exit(r.status ?? 1);
