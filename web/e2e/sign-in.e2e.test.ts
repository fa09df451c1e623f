import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { generate } from 'otplib';
import { nextCode } from './support/totp.ts';
import { SKIP_WITHOUT_CHROMIUM, shot, startWorld, type World } from './support/world.ts';

/** Signing in with password and TOTP, first-time enrolment, sign-out, and the idle lock, in Chromium. */
describe('signing in, in the browser', { skip: SKIP_WITHOUT_CHROMIUM }, () => {
  let w: World;
  before(async () => {
    w = await startWorld();
  });
  after(async () => {
    await w?.stop();
  });

  test('a wrong password is answered next to the form with what to do next', async () => {
    const { context, page } = await w.fresh();
    await page.goto(w.base);
    await page.getByLabel('E-mail address').fill(w.accounts.pat.email);
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('alert').filter({ hasText: 'Check both and try again' }).waitFor();
    await page.screenshot({ path: shot('sign-in') });
    await context.close();
  });

  test('a first sign-in sets up the authenticator from the QR code, shows recovery codes once, and opens the caseload', async () => {
    const who = w.accounts.newcomer;
    const { context, page } = await w.fresh();
    await page.goto(w.base);
    await page.getByLabel('E-mail address').fill(who.email);
    await page.getByLabel('Password').fill(who.password);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { name: 'Set up your authenticator app' }).waitFor();
    const qr = page.getByRole('img', { name: /QR code/ });
    await qr.waitFor();
    assert.match((await qr.getAttribute('src')) ?? '', /^data:image\/png;base64,/);
    const secret = ((await page.locator('.secret').textContent()) ?? '').replace(/\s+/g, '');
    assert.ok(secret.length >= 16, 'the key to type in by hand is shown');
    await page.screenshot({ path: shot('enrol') });

    await page.getByLabel('Six-digit code from the app').fill('000000');
    await page.getByRole('button', { name: 'Finish set-up' }).click();
    await page.locator('.field-error').filter({ hasText: 'That code is not right' }).waitFor();

    who.secret = secret;
    await page.getByLabel('Six-digit code from the app').fill(await nextCode(who));
    await page.getByRole('button', { name: 'Finish set-up' }).click();
    await page.getByRole('heading', { name: 'Save your recovery codes' }).waitFor();
    const codes = await page.getByRole('list', { name: 'Recovery codes' }).locator('code').allTextContents();
    assert.equal(codes.length, 10);
    const go = page.getByRole('button', { name: 'Continue to PeerKeep' });
    assert.equal(await go.isDisabled(), true, 'the person confirms the codes are saved before going on');
    await page.screenshot({ path: shot('recovery-codes') });
    await page.getByLabel('I have saved my recovery codes').check();
    await go.click();
    await page.getByRole('heading', { name: 'My caseload' }).waitFor();

    // Nothing secret or personal is kept in the browser's storage.
    const stored = (await page.evaluate('JSON.stringify({ ...localStorage, ...sessionStorage })')) as string;
    assert.doesNotMatch(stored, /pk_session|csrf|[0-9a-f]{5}-[0-9a-f]{5}/i);
    assert.equal(((await context.cookies()).find((c) => c.name === 'pk_session') ?? { httpOnly: false }).httpOnly, true);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in to PeerKeep' }).waitFor();
    await page.getByText('You have signed out.').waitFor();
    assert.equal((await page.request.get(`${w.base}/api/participants`)).status(), 401, 'the old cookie no longer works');

    // Second sign-in: password, then the current code.
    await page.getByLabel('E-mail address').fill(who.email);
    await page.getByLabel('Password').fill(who.password);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByLabel('Code from your authenticator app').fill(await nextCode(who));
    await page.screenshot({ path: shot('second-factor') });
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'My caseload' }).waitFor();
    await context.close();
  });

  test('after the organization’s idle minutes the app locks, hides the record, and the password brings the person back to the same page', async () => {
    const who = w.accounts.pat;
    const { context, page } = await w.signedIn(who);
    await page.clock.install();
    await page.goto(`${w.base}/participants/${w.ids.jordan}/notes`);
    await page.getByText('first month back at work').waitFor();
    // The organization's default is 15 minutes; 14 minutes idle leaves the page as it is.
    await page.clock.runFor('14:00');
    assert.equal(await page.getByText('first month back at work').isVisible(), true);
    await page.clock.runFor('01:10');
    await page.getByRole('heading', { name: 'PeerKeep is locked' }).waitFor();
    assert.equal(await page.getByText('Jordan').count(), 0, 'no name left on the page');
    assert.equal(await page.getByText('first month back at work').count(), 0, 'no note text left on the page');
    // The screen hides everything at once; the sign-out request it sends lands a moment later.
    let status = 0;
    for (let i = 0; i < 50 && status !== 401; i++) {
      status = (await page.request.get(`${w.base}/api/participants`)).status();
      if (status !== 401) await new Promise((r) => setTimeout(r, 100));
    }
    assert.equal(status, 401, 'the session was closed on the server too');
    await page.screenshot({ path: shot('lock-screen') });

    await page.getByLabel('Password').fill(who.password);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await page.getByLabel('Code from your authenticator app').fill(await nextCode(who));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('first month back at work').waitFor();
    assert.match(page.url(), new RegExp(`/participants/${w.ids.jordan}/notes$`));
    await context.close();
  });

  test('a replayed code is refused', async () => {
    const who = w.accounts.newcomer;
    const used = await generate({ secret: who.secret!, epoch: who.lastStep * 30 + 1 });
    const { context, page } = await w.fresh();
    await page.goto(w.base);
    await page.getByLabel('E-mail address').fill(who.email);
    await page.getByLabel('Password').fill(who.password);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByLabel('Code from your authenticator app').fill(used);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'not right or was already used' }).waitFor();
    await context.close();
  });
});
