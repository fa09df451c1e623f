/**
 * Web app benchmark (issue 6): in real headless Chromium against a real `peerkeep serve`, the time
 * from navigation to the caseload page being usable (its participant links drawn and clickable,
 * read on the page's own clock, which starts with the navigation), and from pressing "Save the note" to the note shown as saved. Aim: under 1 s each.
 *
 *   node --import tsx bench/web.ts [--runs 15]
 *
 * On PGlite in a temporary data directory, or on PostgreSQL when DATABASE_URL is set. The browser
 * and the server share this machine's cores.
 */
import { existsSync } from 'node:fs';
import { CHROMIUM, startWorld } from '../web/e2e/support/world.ts';

const flag = process.argv.indexOf('--runs');
const runs = flag > 0 ? Number(process.argv[flag + 1]) : 15;

function summary(label: string, ms: number[]): string {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return `${label.padEnd(44)} first ${ms[0]!.toFixed(0).padStart(5)} ms   p50 ${at(0.5).toFixed(0).padStart(5)} ms   p95 ${at(0.95).toFixed(0).padStart(5)} ms   max ${s[s.length - 1]!.toFixed(0).padStart(5)} ms`;
}

if (!existsSync(CHROMIUM)) {
  console.error(`bench/web: needs Debian chromium at ${CHROMIUM} (apt-get install chromium).`);
  process.exit(2);
}

const w = await startWorld();
try {
  const { context, page } = await w.signedIn(w.accounts.pat);
  const caseload: number[] = [];
  for (let i = 0; i < runs; i++) {
    // A new document each time: HTML, script and style fetched again, the session checked, the list loaded.
    await page.goto('about:blank');
    await page.goto(w.base, { waitUntil: 'commit' });
    await page.getByRole('link', { name: /Jordan Rivera/ }).click({ trial: true });
    // The page's own clock starts when the navigation starts: this is navigation → usable.
    caseload.push((await page.evaluate('performance.now()')) as number);
  }
  if (process.argv.includes('--explain')) {
    console.log(await page.evaluate(`performance.getEntriesByType('resource').concat(performance.getEntriesByType('navigation')).map(e => e.name.replace(location.origin, '') + ' start ' + e.startTime.toFixed(0) + ' took ' + e.duration.toFixed(0) + ' ms (server ' + (e.responseStart - e.requestStart).toFixed(0) + ')').join('\\n')`));
  }

  await page.goto(`${w.base}/participants/${w.ids.jordan}/notes`);
  await page.getByRole('button', { name: 'Save the note' }).waitFor();
  const saved: number[] = [];
  for (let i = 0; i < runs; i++) {
    await page.getByLabel('Note', { exact: true }).fill(`Benchmark note ${i}: talked through the week ahead and the plan for Thursday's meeting.`);
    const t0 = performance.now();
    await page.getByRole('button', { name: 'Save the note' }).click();
    await page.locator('li.note').filter({ hasText: `Benchmark note ${i}:` }).waitFor();
    saved.push(performance.now() - t0);
  }
  await context.close();

  console.log(`bench/web — Chromium ${w.browser.version()}, database ${process.env['DATABASE_URL'] ? 'PostgreSQL' : 'PGlite'}, ${runs} runs each`);
  console.log(summary('navigation → caseload usable', caseload));
  console.log(summary('"Save the note" → note shown as saved', saved));
} finally {
  await w.stop();
}
