import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { SKIP_WITHOUT_CHROMIUM, seriousViolations, shot, startWorld, TABLET, type World } from './support/world.ts';

const CODE = /\b[a-z]+_[a-z_]+\b/g;
const codesOn = async (page: Page): Promise<string[]> => [...new Set(((await page.evaluate('document.body.innerText')) as string).match(CODE) ?? [])];

/** Calls the API from inside a signed-in page, with the session's CSRF token, as the app does. */
async function api(page: Page, method: string, path: string, body?: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const session = (await (await fetch('/api/auth/session')).json()) as { csrfToken: string };
      const r = await fetch(path, { method, headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
      return { status: r.status, json: (await r.json().catch(() => ({}))) as Record<string, unknown> };
    },
    { method, path, body },
  );
}

/**
 * The safety event screen names people (and "you" only beside your own name), shows each
 * supervisor's notification once, and the supervisors' dashboard sorts by urgency then age, says
 * the age in words and shows a real escalation by the server's timer (1 minute set for the test).
 */
describe('safety events: names, notifications and escalation in the browser', { skip: SKIP_WITHOUT_CHROMIUM }, () => {
  let w: World;
  let pat: Page;
  let sam: Page;
  let jordanEvent = '';

  before(async () => {
    w = await startWorld();
    pat = (await w.signedIn(w.accounts.pat, { bypassCSP: true })).page;
    sam = (await w.signedIn(w.accounts.supervisor, { bypassCSP: true })).page;
    const admin = (await w.signedIn(w.accounts.admin)).page;
    const robin = (await w.signedIn(w.accounts.robin)).page;
    for (const p of [pat, sam, admin, robin]) await p.goto(`${w.base}/`);

    // A second supervisor, on no team, is next on the escalation chain; imminent events wait 1 minute.
    const riley = await api(admin, 'POST', '/api/users', { email: `riley@${w.accounts.admin.email.split('@')[1]}`, displayName: 'Riley Ortiz', role: 'supervisor', password: 'riley has a long test password' });
    assert.equal(riley.status, 201, JSON.stringify(riley.json));
    const settings = await api(admin, 'PUT', '/api/safety-settings', { ackMinutes: 1, escalationOrder: [] });
    assert.equal(settings.status, 200, JSON.stringify(settings.json));

    // Three open events, oldest first: two high (Quentin's, then Tay's) and, newest, an imminent one (Jordan's).
    const report = async (page: Page, participant: string, urgency: string, category: string, text: string) => {
      const r = await api(page, 'POST', `/api/participants/${participant}/safety-events`, { urgency, categories: [category], report: text });
      assert.equal(r.status, 201, JSON.stringify(r.json));
      return r.json['id'] as string;
    };
    await report(robin, w.ids.morgan, 'high', 'crime', 'Quentin said someone broke into the program’s office.');
    await report(pat, w.ids.taylor, 'high', 'domestic_violence', 'Tay said her partner hit her last night.');
    jordanEvent = await report(pat, w.ids.jordan, 'imminent', 'self_harm', 'Jordan said he is going to end his life tonight.');
  });
  after(async () => {
    await w?.stop();
  });

  const step = (page: Page, name: RegExp) => page.locator('li.step').filter({ has: page.getByRole('heading', { name }) });

  test('the event screen names the staff who took each step, with "(you)" beside your own name', async () => {
    await pat.goto(`${w.base}/safety-events/${jordanEvent}`);
    await pat.getByRole('heading', { name: 'Safety event: imminent danger' }).waitFor();
    const facts = pat.locator('dl.facts');
    await facts.getByText(/on a report by Pat Peer \(you\)$/).waitFor();
    assert.equal(await facts.locator('div').filter({ has: pat.locator('dt', { hasText: /^Supervisor$/ }) }).locator('dd').textContent(), 'Sam Supervisor');

    const listen = step(pat, /Stay with the person and listen/);
    await listen.locator('summary').click();
    await listen.getByLabel('What the person told you').fill('Sat with him; he said the last week has been too much.');
    await listen.getByRole('button', { name: 'Record: I listened' }).click();
    await pat.getByText('Recorded: Stay with the person and listen.').waitFor();
    const notify = step(pat, /Notify the supervisor/);
    await notify.locator('summary').click();
    await notify.getByRole('button', { name: 'Notify my supervisor now' }).click();
    await pat.getByText('Recorded: Notify the supervisor.').waitFor();

    const stamps = await step(pat, /Stay with the person and listen \(done\)/).locator('.stamps li').allInnerTexts();
    assert.equal(stamps.length, 1);
    assert.match(stamps[0] ?? '', /, by Pat Peer \(you\)/);
    const timeline = await pat.locator('ol.timeline > li').allInnerTexts();
    assert.match(timeline[0] ?? '', /^Event opened — .+, by Pat Peer \(you\) · assigned to Sam Supervisor$/);
    assert.match(timeline.at(-1) ?? '', /^Notify the supervisor — .+, by Pat Peer \(you\) · told Sam Supervisor$/);
    assert.ok(timeline.every((t) => !/, by (you|the supervisor|another staff member|the staff member)\b/.test(t)), timeline.join('\n'));
    assert.deepEqual(await codesOn(pat), []);
    assert.deepEqual(await seriousViolations(pat), []);
  });

  test('the supervisor told twice (on opening, then by "Notify my supervisor now") is listed once', async () => {
    const lines = await step(pat, /Notify the supervisor/).locator('ul.notifications > li').allInnerTexts();
    const sams = lines.filter((l) => l.includes('Sam Supervisor'));
    assert.equal(sams.length, 1, lines.join('\n'));
    assert.match(sams[0] ?? '', /^Sam Supervisor, who holds this event, was told in PeerKeep at .+, and again at .+ · not read yet · e-mail: not set up for this organization$/);
    assert.equal(lines.at(-1), 'Not acknowledged yet');

    // The supervisor reads the same event with their own name marked, and the peer's name without it.
    await sam.goto(`${w.base}/safety-events/${jordanEvent}`);
    await sam.getByRole('heading', { name: 'Safety event: imminent danger' }).waitFor();
    const notices = await step(sam, /Notify the supervisor/).locator('ul.notifications > li').allInnerTexts();
    assert.match(notices[0] ?? '', /^Sam Supervisor \(you\), who holds this event, was told/);
    assert.match(await sam.locator('ol.timeline > li').first().innerText(), /, by Pat Peer · assigned to Sam Supervisor \(you\)$/);
    assert.deepEqual(await codesOn(sam), []);
  });

  test('the dashboard lists open events by urgency, then longest waiting, with the age in words', async () => {
    await sam.goto(`${w.base}/safety-events`);
    await sam.getByRole('heading', { name: 'Open safety events' }).waitFor();
    const rows = sam.locator('table.dashboard tbody tr');
    await rows.first().waitFor();
    const kinds = await rows.locator('td:nth-child(2)').allInnerTexts();
    assert.deepEqual(kinds, ['Harm to self', 'Crime', 'Violence at home'], 'imminent first although newest; then the older high one');
    for (const age of await rows.locator('td:nth-child(3)').allInnerTexts()) assert.match(age, /^(just now|\d+ minutes? ago) \(opened .+\)$/);
    assert.deepEqual(await codesOn(sam), []);
    assert.deepEqual(await seriousViolations(sam), []);
  });

  test('an imminent event left unacknowledged for the set minute is escalated by the timer, and both screens say to whom and why', { timeout: 240_000 }, async () => {
    const row = sam.locator('table.dashboard tbody tr').filter({ hasText: 'Harm to self' });
    const deadline = Date.now() + 180_000;
    let text = '';
    while (Date.now() < deadline) {
      await sam.goto(`${w.base}/safety-events`);
      await row.waitFor();
      text = await row.innerText();
      if (text.includes('Escalated to')) break;
      await sam.waitForTimeout(5_000);
    }
    assert.match(text, /assigned to Riley Ortiz/);
    assert.match(text, /Escalated to Riley Ortiz at \d{1,2}:\d{2}\s?[AP]M — not acknowledged within 1 minute/);
    assert.match(text, /Escalated 1×/);
    assert.deepEqual(await seriousViolations(sam), []);
    await sam.screenshot({ path: shot('safety-escalation'), fullPage: true });

    await pat.goto(`${w.base}/safety-events/${jordanEvent}`);
    await pat.getByRole('heading', { name: 'Safety event: imminent danger' }).waitFor();
    const timeline = await pat.locator('ol.timeline > li').allInnerTexts();
    assert.ok(
      timeline.some((t) => /^Escalated to the next supervisor — .+, by PeerKeep \(automatically\) · escalated to Riley Ortiz — not acknowledged within 1 minute$/.test(t)),
      timeline.join('\n'),
    );
    const notices = await step(pat, /Notify the supervisor/).locator('ul.notifications > li').allInnerTexts();
    assert.equal(notices.filter((l) => l.startsWith('Riley Ortiz, who holds this event, was told')).length, 1, notices.join('\n'));
    assert.ok(notices.some((l) => /: escalated to Riley Ortiz — not acknowledged within 1 minute$/.test(l)), notices.join('\n'));
    assert.deepEqual(await codesOn(pat), []);
  });

  test('at tablet width the event page with names and the dashboard fit and pass axe', async () => {
    const { context, page } = await w.signedIn(w.accounts.supervisor, { viewport: TABLET, bypassCSP: true });
    for (const path of [`/safety-events/${jordanEvent}`, '/safety-events']) {
      await page.goto(`${w.base}${path}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.locator('.loading').first().waitFor({ state: 'detached' }).catch(() => {});
      const width = (await page.evaluate('document.documentElement.scrollWidth')) as number;
      assert.ok(width <= TABLET.width, `${path} is ${width} px wide`);
      assert.deepEqual(await seriousViolations(page), [], path);
    }
    await context.close();
  });
});
