import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));

function runtimeFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== 'build' && name !== 'fixtures') out.push(...runtimeFiles(p));
    } else if (name.endsWith('.ts') && !name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

it('the de-identifier does no I/O at run time: no fs, network, process or child processes', () => {
  const files = runtimeFiles(here);
  assert.ok(files.length > 5);
  for (const f of files) {
    const src = readFileSync(f, 'utf8');
    assert.doesNotMatch(src, /from ['"](?:node:)?(?:fs|fs\/promises|net|http|https|child_process|dgram|tls|worker_threads)['"]/, f);
    assert.doesNotMatch(src, /\bprocess\.|\bfetch\(/, f);
  }
});
