import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { SKIP_WITHOUT_CHROMIUM, shot, startWorld, TABLET, type World } from './support/world.ts';

/** The caseload, a participant's record and notes, caseload walls and the privacy screen, in Chromium. */
describe('records in the browser', { skip: SKIP_WITHOUT_CHROMIUM }, () => {
  let w: World;
  let pat: Page;
  const cspErrors: string[] = [];
  before(async () => {
    w = await startWorld();
    pat = (await w.signedIn(w.accounts.pat)).page;
    pat.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) cspErrors.push(m.text());
    });
  });
  after(async () => {
    await w?.stop();
  });

  test('the caseload lists my participants and finds one by name', async () => {
    await pat.goto(w.base);
    await pat.getByRole('heading', { name: 'My caseload' }).waitFor();
    await pat.getByRole('link', { name: /Jordan Rivera/ }).waitFor();
    await pat.getByRole('link', { name: /Tay Nguyen|Taylor Nguyen/ }).waitFor();
    await pat.screenshot({ path: shot('caseload') });
    await pat.getByLabel('Find a participant by name').fill('Rivera');
    await pat.getByRole('button', { name: 'Search' }).click();
    await pat.getByRole('heading', { name: '1 found for your search' }).waitFor();
    assert.equal(await pat.getByRole('link', { name: /Nguyen/ }).count(), 0);
    await pat.getByRole('button', { name: 'Show everyone again' }).click();
    await pat.getByRole('link', { name: /Nguyen/ }).waitFor();
  });

  test('a note is written, edited, and its earlier version stays readable in the history', async () => {
    await pat.getByRole('link', { name: /Jordan Rivera/ }).click();
    await pat.getByRole('heading', { name: 'Jordan Rivera' }).waitFor();
    await pat.getByText('Casey Morgan').waitFor();
    await pat.screenshot({ path: shot('participant-overview') });
    await pat.getByRole('link', { name: 'Notes' }).click();
    await pat.getByText('first month back at work').waitFor();

    await pat.getByLabel('Note', { exact: true }).fill('');
    await pat.getByRole('button', { name: 'Save the note' }).click();
    await pat.locator('.field-error').filter({ hasText: 'Write the note before saving it.' }).waitFor();

    await pat.getByLabel('Note', { exact: true }).fill('Walked to the food bank together. Jordan wants help with the bus pass next week.');
    await pat.getByRole('button', { name: 'Save the note' }).click();
    await pat.getByText('Note saved.').waitFor();
    const note = pat.locator('li.note').filter({ hasText: 'Walked to the food bank' });
    await note.waitFor();

    await note.getByRole('button', { name: 'Edit' }).click();
    await note.getByLabel('Note', { exact: true }).fill('Walked to the food bank together. Jordan wants help with the monthly bus pass next Tuesday.');
    await note.getByRole('button', { name: 'Save changes' }).click();
    await pat.getByText('Changes saved.').waitFor();
    const edited = pat.locator('li.note').filter({ hasText: 'monthly bus pass next Tuesday' });
    await edited.getByText('Edited (version 2)').waitFor();
    await edited.getByRole('button', { name: 'Show earlier versions' }).click();
    await edited.getByRole('list', { name: 'Earlier versions' }).getByText('help with the bus pass next week').waitFor();
    await pat.screenshot({ path: shot('participant-notes'), fullPage: true });

    // Reload: what was saved is what the server returns.
    await pat.reload();
    await pat.getByText('monthly bus pass next Tuesday').waitFor();
  });

  test('a peer never sees another caseload’s participant: not in the list, not in search, not by address', async () => {
    await pat.goto(w.base);
    await pat.getByRole('link', { name: /Jordan Rivera/ }).waitFor();
    assert.equal(await pat.getByText('Blackwood').count(), 0);
    await pat.getByLabel('Find a participant by name').fill('Quentin');
    await pat.getByRole('button', { name: 'Search' }).click();
    await pat.getByRole('heading', { name: 'No one found for your search' }).waitFor();
    for (const section of ['', '/notes', '/groups', '/access']) {
      await pat.goto(`${w.base}/participants/${w.ids.morgan}${section}`);
      await pat.getByRole('heading', { name: 'Record not available' }).waitFor();
      const text = (await pat.locator('body').textContent()) ?? '';
      assert.doesNotMatch(text, /Quentin|Blackwood|90 days sober/, `page ${section || '/'} shows nothing of the record`);
    }
    await pat.screenshot({ path: shot('break-glass') });
  });

  test('break the glass opens a record outside the team, with the reason required and the access shown', async () => {
    await pat.goto(`${w.base}/participants/${w.ids.avery}`);
    await pat.getByLabel('Why do you need this record now?').fill('too short');
    await pat.getByRole('button', { name: 'Open the record in an emergency' }).click();
    await pat.locator('.field-error').filter({ hasText: /reason/ }).waitFor();
    await pat.getByLabel('Why do you need this record now?').fill('Avery called the crisis line and her peer is off today; I need her safety plan.');
    await pat.getByRole('button', { name: 'Open the record in an emergency' }).click();
    await pat.getByRole('heading', { name: 'Avery Lindqvist' }).waitFor();
    await pat.getByText('You opened this record with emergency access.').waitFor();
  });

  test('the privacy screen hides names and note text: the pixels do not depend on them', async () => {
    await pat.goto(`${w.base}/participants/${w.ids.jordan}/notes`);
    await pat.getByText('monthly bus pass next Tuesday').waitFor();
    await pat.mouse.move(0, 0);
    const region = pat.locator('main');
    const plain = await region.screenshot();
    await pat.getByRole('button', { name: /Privacy screen: off/ }).click();
    await pat.getByRole('button', { name: /Privacy screen: on/ }).waitFor();
    await pat.mouse.move(0, 0);
    await pat.locator('body').click({ position: { x: 2, y: 600 } });
    const masked = await region.screenshot();
    assert.notDeepEqual(masked, plain, 'the privacy screen changes what is drawn');
    assert.equal(await pat.getByText('Jordan Rivera', { exact: true }).isVisible(), false);
    assert.equal(await pat.getByText('monthly bus pass next Tuesday').isVisible(), false);
    // Swap every name and note text for other words: a masked screen must look exactly the same.
    await pat.evaluate(`document.querySelectorAll('.pk-private__text').forEach((el) => { el.textContent = 'Zebediah Quartermain-Oyelaran ' + el.textContent.length; })`);
    const swapped = await region.screenshot();
    assert.ok(masked.equals(swapped), 'nothing of a name or a note reaches the screen under the privacy screen');
    await pat.screenshot({ path: shot('privacy-screen'), fullPage: true });
    // Hovering one name shows it.
    await pat.locator('h1 .pk-private').hover();
    assert.equal(await pat.locator('h1 .pk-private__text').isVisible(), true);
    await pat.getByRole('button', { name: /Privacy screen: on/ }).click();
    await pat.reload();
    await pat.getByText('monthly bus pass next Tuesday').waitFor();
  });

  test('a privacy officer sees who accessed a record', async () => {
    const { context, page } = await w.signedIn(w.accounts.privacy);
    await page.goto(`${w.base}/participants/${w.ids.jordan}/access`);
    await page.getByRole('heading', { name: 'Who accessed the record' }).waitFor();
    await page.getByRole('cell', { name: 'Pat Peer' }).first().waitFor();
    await page.screenshot({ path: shot('access-report'), fullPage: true });
    await context.close();
  });

  test('at tablet width (768 px) the pages fit without sideways scrolling', async () => {
    const { context, page } = await w.signedIn(w.accounts.pat, { viewport: TABLET });
    for (const [path, name] of [['/', 'caseload-tablet'], [`/participants/${w.ids.jordan}/notes`, 'participant-tablet']] as const) {
      await page.goto(`${w.base}${path}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.locator('.loading').first().waitFor({ state: 'detached' }).catch(() => {});
      const width = (await page.evaluate('document.documentElement.scrollWidth')) as number;
      assert.ok(width <= TABLET.width, `${path} is ${width} px wide`);
      await page.screenshot({ path: shot(name), fullPage: true });
    }
    await context.close();
  });

  test('no page broke the content security policy', () => {
    assert.deepEqual(cspErrors, []);
  });
});
