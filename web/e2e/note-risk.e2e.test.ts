import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page, Request } from 'playwright-core';
import { SKIP_WITHOUT_CHROMIUM, seriousViolations, shot, startWorld, TABLET, type World } from './support/world.ts';

const RISKY = 'Jordan said he is going to kill himself tonight.';
const NEGATED = 'Jordan denies that he is going to kill himself tonight.';
const MIXED = 'We met at the library. Jordan denies any thoughts of suicide since March. Later he said he is going to kill himself tonight and has pills saved up.';

/** The note editor's live risk check in Chromium: findings beside the text, and the one-click safety protocol. */
describe('note editor: risk findings as the peer types', { skip: SKIP_WITHOUT_CHROMIUM }, () => {
  let w: World;
  let pat: Page;
  const scans: Request[] = [];
  before(async () => {
    w = await startWorld();
    // axe-core is injected inline, which the CSP refuses: this context bypasses it for the checks.
    pat = (await w.signedIn(w.accounts.pat, { bypassCSP: true })).page;
    pat.on('request', (r) => {
      if (new URL(r.url()).pathname === '/api/risk/scan') scans.push(r);
    });
  });
  after(async () => {
    await w?.stop();
  });

  const editor = (page: Page) => page.locator('details.new-note form');
  const panel = (page: Page) => editor(page).getByRole('complementary', { name: 'Risk check' });
  const findings = (page: Page) => panel(page).getByRole('list', { name: 'What the check noticed' }).getByRole('listitem');

  test('a risky sentence shows a finding beside the note, its evidence marked in the text', async () => {
    await pat.goto(`${w.base}/participants/${w.ids.jordan}/notes`);
    await panel(pat).getByText('As you write, the note is checked for risky disclosures.').waitFor();
    await pat.getByLabel('Note', { exact: true }).fill(RISKY);
    await panel(pat).getByRole('status').filter({ hasText: 'Checking…' }).waitFor();
    await panel(pat).getByRole('status').filter({ hasText: '1 thing to look at; overall imminent danger.' }).waitFor();
    await panel(pat).getByText(/A prompt for your judgement, not a report/).waitFor();

    const item = findings(pat);
    assert.equal(await item.count(), 1);
    await item.getByText('Harm to self — imminent danger').waitFor();
    await item.getByText('Counts', { exact: true }).waitFor();
    await item.getByText('Why this level: says they mean to, a time is named.').waitFor();
    assert.equal(await item.locator('mark').innerText(), 'going to kill himself');
    // The note as checked, read-only beside the editor, with the evidence marked and numbered.
    const mirror = editor(pat).getByRole('figure');
    assert.equal(await mirror.locator('mark').count(), 1);
    assert.match(await mirror.locator('mark').innerText(), /^going to kill himself\s*1$/);
    await panel(pat).getByRole('button', { name: 'Start the safety protocol' }).waitFor();

    // The draft went in a POST body, never the address.
    const last = scans[scans.length - 1];
    assert.ok(last, 'a scan request was made');
    assert.equal(last.method(), 'POST');
    assert.equal(new URL(last.url()).search, '');
    assert.deepEqual(JSON.parse(last.postData() ?? '{}'), { text: RISKY });
  });

  test('the negated version is shown as not counted, with the word that negates it, and no protocol button', async () => {
    await pat.getByLabel('Note', { exact: true }).fill(NEGATED);
    await panel(pat).getByRole('status').filter({ hasText: '1 thing to look at; none of them counts as a risk.' }).waitFor();
    const item = findings(pat);
    await item.getByText('Not counted', { exact: true }).waitFor();
    await item.getByText('Not counted: negated by “denies”.').waitFor();
    assert.equal(await item.locator('mark').innerText(), 'going to kill himself');
    assert.match(await editor(pat).getByRole('figure').locator('mark').innerText(), /going to kill himself\s*1 not counted/);
    assert.equal(await panel(pat).getByRole('button', { name: 'Start the safety protocol' }).count(), 0);
  });

  test('typing waits for a pause: one check for a sentence typed key by key, and only the latest answer shows', async () => {
    const field = pat.getByLabel('Note', { exact: true });
    await field.fill('');
    await panel(pat).getByText('As you write, the note is checked for risky disclosures.').waitFor();
    const before = scans.length;
    await field.pressSequentially('We walked to the food bank together.', { delay: 40 });
    await panel(pat).getByRole('status').filter({ hasText: 'Nothing in this note needs a closer look.' }).waitFor();
    assert.equal(scans.length - before, 1, 'one check after the pause, none per key');
    assert.equal(await findings(pat).count(), 0);
    assert.equal(await editor(pat).getByRole('figure').count(), 0, 'nothing to mark, so no marked copy');
  });

  test('mixed findings: counted and not counted side by side, with axe checks and the screenshot', async () => {
    await pat.getByLabel('Note', { exact: true }).fill(MIXED);
    await panel(pat).getByRole('status').filter({ hasText: '2 things to look at; overall imminent danger.' }).waitFor();
    assert.deepEqual(await findings(pat).locator('.badge').allTextContents(), ['Not counted', 'Counts']);
    await findings(pat).nth(0).getByText('Not counted: negated by “denies”.').waitFor();
    assert.deepEqual(await seriousViolations(pat), []);
    await pat.screenshot({ path: shot('note-risk-findings'), fullPage: true });
  });

  test('at tablet width the findings stack under the editor', async () => {
    const { context, page } = await w.signedIn(w.accounts.pat, { viewport: TABLET, bypassCSP: true });
    await page.goto(`${w.base}/participants/${w.ids.jordan}/notes`);
    await page.getByLabel('Note', { exact: true }).fill(MIXED);
    await panel(page).getByRole('status').filter({ hasText: '2 things to look at' }).waitFor();
    const text = await page.getByLabel('Note', { exact: true }).boundingBox();
    const aside = await panel(page).boundingBox();
    assert.ok(text && aside);
    assert.ok(aside.y >= text.y + text.height, 'the panel is below the note, not beside it');
    const overflow = (await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth')) as number;
    assert.equal(overflow, 0, 'no sideways scrolling');
    assert.deepEqual(await seriousViolations(page), []);
    await context.close();
  });

  test('“Start the safety protocol” saves the note and opens its safety event, linked to the note’s finding', async () => {
    await pat.goto(`${w.base}/participants/${w.ids.jordan}/notes`);
    await pat.getByLabel('Note', { exact: true }).fill(RISKY);
    await panel(pat).getByRole('button', { name: 'Start the safety protocol' }).click();
    await pat.getByRole('heading', { name: 'Safety event: imminent danger' }).waitFor();
    assert.match(new URL(pat.url()).pathname, /^\/safety-events\/[0-9a-f-]{36}$/, 'only an id in the address');
    await pat.getByText('going to kill himself').first().waitFor();
    assert.doesNotMatch(pat.url(), /kill/);

    await pat.getByRole('link', { name: /Back to the participant/ }).click();
    await pat.getByRole('link', { name: 'Notes' }).click();
    await pat.locator('li.note').filter({ hasText: RISKY }).waitFor();
    await pat.getByRole('link', { name: 'Safety', exact: true }).click();
    const open = pat.getByRole('region', { name: 'Open safety events' }).getByRole('listitem');
    await open.first().waitFor();
    assert.equal(await open.count(), 1, 'one event, opened by the note');
    await open.getByText('by a note scan').waitFor();
  });
});
