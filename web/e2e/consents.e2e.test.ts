import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { SKIP_WITHOUT_CHROMIUM, seriousViolations, shot, startWorld, TABLET, type World } from './support/world.ts';

/** Consents (wizard, drawn and typed signatures, PDF, revocation), "May I share this?" and the accounting of disclosures, in Chromium. */
describe('consents and disclosures in the browser', { skip: SKIP_WITHOUT_CHROMIUM }, () => {
  let w: World;
  let pat: Page;
  const cspErrors: string[] = [];
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const COVERS = 'Yes, you may share it: the participant’s consent covers this';

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

  const openConsents = async () => {
    await pat.goto(`${w.base}/participants/${w.ids.jordan}/consents`);
    await pat.getByRole('heading', { name: 'Consents on file' }).waitFor();
    await pat.locator('.loading').first().waitFor({ state: 'detached' });
  };
  const wizard = () => pat.locator('form.consent-wizard');

  test('a consent signed by drawing on the canvas with the mouse is saved and listed as active', async () => {
    await openConsents();
    await pat.getByText('No consents on file.').waitFor();
    await pat.getByRole('button', { name: 'Record a new consent' }).click();
    const f = wizard();
    await f.getByLabel('Person’s name').fill('Dr. Imogen Kestrel');
    await f.getByLabel(/^Person’s contact/).fill('fax 555-0100');
    await f.getByLabel('Organization’s name').fill('Harbor Community Clinic');
    await f.getByLabel('Attendance').check();
    await f.getByLabel('Recovery plan').check();
    await f.getByLabel('Purpose', { exact: true }).selectOption('care_coordination');
    await f.getByLabel('The purpose in the participant’s words').fill('So my therapist and my peer specialist can coordinate my care');
    await f.getByLabel('End date').fill(day(365));
    await f.getByText('Not signed yet.').waitFor();
    await f.locator('canvas').scrollIntoViewIfNeeded();
    const box = await f.locator('canvas').boundingBox();
    assert.ok(box, 'the signature canvas is on the page');
    await pat.mouse.move(box.x + 30, box.y + box.height * 0.7);
    await pat.mouse.down();
    for (const [dx, dy] of [[0.2, 0.3], [0.35, 0.65], [0.5, 0.25], [0.7, 0.6], [0.85, 0.35]] as const) await pat.mouse.move(box.x + box.width * dx, box.y + box.height * dy, { steps: 6 });
    await pat.mouse.up();
    await f.getByText('Signature drawn.').waitFor();
    await pat.screenshot({ path: shot('consent-wizard'), fullPage: true });
    await f.getByRole('button', { name: 'Save the consent' }).click();
    await pat.getByText(/^Consent saved\./).waitFor();
    const item = pat.locator('li.consent-item').filter({ hasText: 'Harbor Community Clinic' });
    await item.getByText('Active', { exact: true }).waitFor();
    await item.getByText(/drawn signature/).waitFor();
  });

  test('a consent with a typed signature, ending within 30 days, is listed as expiring soon', async () => {
    await pat.getByRole('button', { name: 'Record a new consent' }).click();
    const f = wizard();
    await f.getByLabel('Organization’s name').fill('Bayview Housing Trust');
    await f.getByLabel('Organization’s contact').fill('intake@bayview.example');
    await f.getByLabel('Attendance').check();
    await f.getByLabel('Purpose', { exact: true }).selectOption('housing');
    await f.getByLabel('The purpose in the participant’s words').fill('For my housing application');
    await f.getByLabel('End date').fill(day(20));
    // Keyboard only: choose the typed signature and type the name.
    await f.getByLabel('Type the name instead (for keyboard use)').focus();
    await pat.keyboard.press('Space');
    await f.getByLabel('Name typed by the participant').fill('Jordan Rivera');
    await f.getByRole('button', { name: 'Save the consent' }).click();
    await pat.getByText(/^Consent saved\./).waitFor();
    const item = pat.locator('li.consent-item').filter({ hasText: 'Bayview Housing Trust' });
    await item.getByText(/^Expiring soon \(\d+ days left\)$/).waitFor();
    await item.getByText(/typed signature/).waitFor();
  });

  test('an incomplete consent is refused and the missing element is shown next to its part of the form', async () => {
    await pat.getByRole('button', { name: 'Record a new consent' }).click();
    const f = wizard();
    await f.getByLabel('Organization’s name').fill('County Probation');
    await f.getByRole('button', { name: 'Save the consent' }).click();
    const info = f.getByRole('group', { name: '2. What information may be shared' });
    await info.locator('.field-error').filter({ hasText: 'Tick at least one kind of information' }).waitFor();
    assert.equal(await f.getByRole('group', { name: '1. Who will receive the information' }).locator('.field-error').count(), 0);
    assert.equal(await pat.locator('li.consent-item').filter({ hasText: 'County Probation' }).count(), 0, 'nothing was saved');
    await f.getByRole('button', { name: 'Cancel' }).click();
  });

  test('the consent form’s PDF opens in a new tab and the endpoint answers application/pdf', async () => {
    const link = pat.locator('li.consent-item').filter({ hasText: 'Harbor Community Clinic' }).getByRole('link', { name: /Preview or print the form/ });
    assert.equal(await link.getAttribute('target'), '_blank');
    const href = await link.getAttribute('href');
    assert.match(href ?? '', /^\/api\/consents\/[0-9a-f-]{36}\/pdf$/);
    const res = await pat.request.get(`${w.base}${href}`);
    assert.equal(res.status(), 200);
    assert.match(res.headers()['content-type'] ?? '', /^application\/pdf/);
    assert.equal((await res.body()).subarray(0, 5).toString(), '%PDF-');
  });

  const ask = async (fromConsent = true) => {
    await pat.goto(`${w.base}/participants/${w.ids.jordan}/share`);
    await pat.getByRole('button', { name: 'Check whether I may share' }).waitFor();
    await pat.getByLabel('Kind of recipient').selectOption('treating_provider');
    if (fromConsent) await pat.getByLabel('Fill in a recipient named in a consent (optional)').selectOption({ label: 'Dr. Imogen Kestrel, Harbor Community Clinic' });
    else {
      // A revoked consent is no longer offered: the recipient is typed.
      assert.equal(await pat.getByRole('option', { name: 'Dr. Imogen Kestrel, Harbor Community Clinic' }).count(), 0);
      await pat.getByLabel('Person’s name').fill('Dr. Imogen Kestrel');
      await pat.getByLabel('Organization', { exact: true }).fill('Harbor Community Clinic');
    }
    assert.equal(await pat.getByLabel('Person’s name').inputValue(), 'Dr. Imogen Kestrel');
    await pat.getByLabel('Attendance').check();
    await pat.getByLabel('Purpose of sharing').selectOption('care_coordination');
    await pat.getByLabel('Who is asking (optional)').fill('Dr. Kestrel called the office');
    await pat.getByRole('button', { name: 'Check whether I may share' }).click();
    const outcome = pat.locator('#outcome-heading');
    await outcome.waitFor();
    return outcome;
  };

  test('"May I share this?" for the recipient a consent covers: permitted, recorded, and listed in the accounting', async () => {
    await pat.goto(`${w.base}/participants/${w.ids.jordan}/share`);
    await pat.getByRole('button', { name: 'Check whether I may share' }).click();
    await pat.locator('.field-error').filter({ hasText: 'Choose who would receive the information.' }).waitFor();

    const outcome = await ask();
    assert.equal(await outcome.textContent(), COVERS);
    await pat.getByRole('heading', { name: 'The rules this rests on' }).waitFor();
    await pat.getByRole('heading', { name: 'What you must do' }).waitFor();
    await pat.screenshot({ path: shot('may-i-share'), fullPage: true });
    await pat.getByRole('button', { name: 'Record the disclosure' }).click();
    await pat.getByRole('heading', { name: 'Disclosure recorded' }).waitFor();
    await pat.getByText('What to tell the participant:').waitFor();

    await pat.getByRole('link', { name: 'See the accounting of disclosures' }).click();
    await pat.getByRole('heading', { name: 'Disclosures', exact: true }).waitFor();
    // Shared under a consent with a treating provider: logged, but exempt from the participant's HIPAA accounting.
    const logged = pat.getByRole('list', { name: 'Recorded, but left out of the participant’s accounting' }).getByRole('listitem');
    await logged.first().waitFor();
    assert.equal(await logged.count(), 1);
    const pdf = pat.getByRole('link', { name: /Print the accounting of disclosures/ });
    const res = await pat.request.get(`${w.base}${await pdf.getAttribute('href')}`);
    assert.equal(res.status(), 200);
    assert.match(res.headers()['content-type'] ?? '', /^application\/pdf/);
  });

  test('an oral revocation needs a witness; after it, the same question is no longer covered', async () => {
    await openConsents();
    const item = pat.locator('li.consent-item').filter({ hasText: 'Harbor Community Clinic' });
    await item.getByRole('button', { name: 'Record a revocation' }).click();
    await item.getByLabel('Out loud, with a witness').check();
    await item.getByRole('button', { name: 'Record the revocation' }).click();
    await item.locator('.field-error').filter({ hasText: /witness/ }).waitFor();
    await item.getByLabel('Witness who heard it').fill('Sam Supervisor');
    await item.getByRole('button', { name: 'Record the revocation' }).click();
    await pat.getByText(/^Revocation recorded\./).waitFor();
    await item.locator('.badge').getByText('Revoked', { exact: true }).waitFor();
    await item.getByText(/witness: Sam Supervisor/).waitFor();

    const outcome = await ask(false);
    assert.notEqual(await outcome.textContent(), COVERS);
    assert.equal(await pat.getByRole('button', { name: 'Record the disclosure' }).count(), 0);
    await pat.getByText(/A supervisor’s override is needed/).waitFor();
  });

  for (const viewport of [undefined, TABLET]) {
    test(`axe-core finds no serious or critical violation on these pages at ${viewport ? 'tablet' : 'desktop'} width`, async () => {
      const { context, page } = await w.signedIn(w.accounts.pat, { bypassCSP: true, ...(viewport ? { viewport } : {}) });
      const found: Record<string, string[]> = {};
      const check = async (name: string) => {
        await page.locator('.loading').first().waitFor({ state: 'detached' });
        found[name] = await seriousViolations(page);
        if (viewport) {
          const width = (await page.evaluate('document.documentElement.scrollWidth')) as number;
          assert.ok(width <= viewport.width, `${name} is ${width} px wide`);
        }
      };
      await page.goto(`${w.base}/participants/${w.ids.jordan}/consents`);
      await page.getByRole('heading', { name: 'Consents on file' }).waitFor();
      await check('consents');
      await page.getByRole('button', { name: 'Record a new consent' }).click();
      await page.getByRole('button', { name: 'Save the consent' }).click();
      await page.locator('.consent-wizard .field-error').first().waitFor();
      await check('consent wizard with an error');
      await page.goto(`${w.base}/participants/${w.ids.jordan}/share`);
      await page.getByLabel('Kind of recipient').selectOption('employer');
      await page.getByLabel('Organization').fill('Acme Staffing');
      await page.getByLabel('Attendance').check();
      await page.getByLabel('Purpose of sharing').selectOption('employment');
      await page.getByRole('button', { name: 'Check whether I may share' }).click();
      await page.locator('#outcome-heading').waitFor();
      await check('may I share this, with its answer');
      await page.goto(`${w.base}/participants/${w.ids.jordan}/disclosures`);
      await page.getByRole('heading', { name: 'Disclosures', exact: true }).waitFor();
      await check('disclosures');
      for (const [name, v] of Object.entries(found)) assert.deepEqual(v, [], name);
      await context.close();
    });
  }

  test('no page broke the content security policy', () => {
    assert.deepEqual(cspErrors, []);
  });
});
