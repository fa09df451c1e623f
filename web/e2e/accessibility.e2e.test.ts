import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { type Account, nextCode } from './support/totp.ts';
import { SKIP_WITHOUT_CHROMIUM, seriousViolations, startWorld, TABLET, type World } from './support/world.ts';

/**
 * axe-core in Chromium on each main page, at desktop and tablet width: no serious or critical
 * violation. The axe script is injected inline, so these contexts alone bypass the CSP.
 */
describe('accessibility of the main pages (axe-core)', { skip: SKIP_WITHOUT_CHROMIUM }, () => {
  let w: World;
  before(async () => {
    w = await startWorld();
  });
  after(async () => {
    await w?.stop();
  });

  const settle = async (page: Page) => {
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.locator('.loading').first().waitFor({ state: 'detached' });
  };

  test('sign-in, code and authenticator set-up pages', async () => {
    const { context, page } = await w.fresh({ bypassCSP: true });
    await page.goto(w.base);
    await settle(page);
    assert.deepEqual(await seriousViolations(page), [], 'sign-in page');
    const who: Account = w.accounts.supervisor;
    await page.getByLabel('E-mail address').fill(who.email);
    await page.getByLabel('Password').fill(who.password);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('img', { name: /QR code/ }).waitFor();
    assert.deepEqual(await seriousViolations(page), [], 'enrolment page');
    who.secret = ((await page.locator('.secret').textContent()) ?? '').replace(/\s+/g, '');
    await page.getByLabel('Six-digit code from the app').fill(await nextCode(who));
    await page.getByRole('button', { name: 'Finish set-up' }).click();
    await page.getByRole('heading', { name: 'Save your recovery codes' }).waitFor();
    assert.deepEqual(await seriousViolations(page), [], 'recovery codes page');
    await context.close();
  });

  for (const viewport of [undefined, TABLET]) {
    const width = viewport ? 'tablet width' : 'desktop width';
    test(`caseload, participant sections, lock screen and administration at ${width}`, async () => {
      const pages: [Account, string, string][] = [
        [w.accounts.pat, '/', 'caseload'],
        [w.accounts.pat, `/participants/${w.ids.jordan}`, 'participant identity'],
        [w.accounts.pat, `/participants/${w.ids.jordan}/notes`, 'participant notes'],
        [w.accounts.pat, `/participants/${w.ids.jordan}/groups`, 'group attendance'],
        [w.accounts.pat, `/participants/${w.ids.morgan}`, 'record not available (break the glass)'],
        [w.accounts.privacy, `/participants/${w.ids.jordan}/access`, 'access report'],
        [w.accounts.admin, '/admin', 'staff accounts'],
        [w.accounts.admin, '/admin/teams', 'teams'],
      ];
      const found: Record<string, string[]> = {};
      for (const who of new Set(pages.map((p) => p[0]))) {
        const { context, page } = await w.signedIn(who, { bypassCSP: true, ...(viewport ? { viewport } : {}) });
        for (const [, path, name] of pages.filter((p) => p[0] === who)) {
          await page.goto(`${w.base}${path}`);
          await settle(page);
          found[name] = await seriousViolations(page);
          if (name === 'participant notes') {
            // The privacy screen's masks must keep their contrast too.
            await page.getByRole('button', { name: /Privacy screen/ }).click();
            found['participant notes under the privacy screen'] = await seriousViolations(page);
            await page.getByRole('button', { name: /Privacy screen/ }).click();
          }
        }
        if (who === w.accounts.pat) {
          await page.getByRole('button', { name: 'Lock' }).click();
          await page.getByRole('heading', { name: 'PeerKeep is locked' }).waitFor();
          found['lock screen'] = await seriousViolations(page);
        }
        await context.close();
      }
      assert.deepEqual(found, Object.fromEntries(Object.keys(found).map((k) => [k, []])));
    });
  }

  test('keyboard: the skip link comes first and leads to the page content', async () => {
    const { context, page } = await w.signedIn(w.accounts.pat);
    await page.goto(w.base);
    await settle(page);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate('document.activeElement.textContent'), 'Skip to the page content');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const focused = (await page.evaluate('document.activeElement.closest("main") !== null')) as boolean;
    assert.equal(focused, true, 'the next tab stop is inside the page content');
    await context.close();
  });
});
