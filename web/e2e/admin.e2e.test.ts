import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { SKIP_WITHOUT_CHROMIUM, shot, startWorld, type World } from './support/world.ts';

/** Administration in Chromium: staff accounts and teams; the menu only for administrators. */
describe('administration in the browser', { skip: SKIP_WITHOUT_CHROMIUM }, () => {
  let w: World;
  before(async () => {
    w = await startWorld();
  });
  after(async () => {
    await w?.stop();
  });

  test('an administrator creates a staff account, who can then sign in', async () => {
    const { context, page } = await w.signedIn(w.accounts.admin);
    await page.goto(w.base);
    await page.getByRole('link', { name: 'Administration' }).click();
    await page.getByRole('heading', { name: 'Staff accounts' }).waitFor();
    await page.getByRole('rowheader', { name: /Pat Peer/ }).waitFor();

    const form = page.locator('form').filter({ hasText: 'New staff account' });
    await form.getByLabel('Full name').fill('Jamie New');
    await form.getByLabel('E-mail address').fill('jamie.new@example.test');
    await form.getByLabel('Role').selectOption('peer_specialist');
    await form.getByLabel('Team').selectOption({ label: 'Downtown peer team' });
    await form.getByLabel('Temporary password').fill('short');
    await form.getByRole('button', { name: 'Create the account' }).click();
    await form.locator('.field-error, .form-error').first().waitFor();

    await form.getByLabel('Temporary password').fill('a temporary password for Jamie');
    await form.getByRole('button', { name: 'Create the account' }).click();
    await page.getByText('Account created for Jamie New.').waitFor();
    const row = page.getByRole('row').filter({ hasText: 'jamie.new@example.test' });
    await row.getByText('Has not set up the authenticator').waitFor();
    await page.screenshot({ path: shot('admin-users'), fullPage: true });

    const signIn = await page.request.post(`${w.base}/api/auth/sign-in`, { data: { email: 'jamie.new@example.test', password: 'a temporary password for Jamie' } });
    assert.equal(signIn.status(), 200);
    assert.equal((await signIn.json()).status, 'enrolment_required');
    await context.close();
  });

  test('an administrator creates a team and disables then enables an account', async () => {
    const { context, page } = await w.signedIn(w.accounts.admin);
    await page.goto(`${w.base}/admin/teams`);
    await page.getByLabel('Team name').fill('Night shift');
    await page.getByRole('button', { name: 'Create the team' }).click();
    await page.getByText('Team “Night shift” created.').waitFor();
    await page.getByRole('listitem').filter({ hasText: 'Night shift' }).waitFor();

    await page.getByRole('link', { name: 'Staff accounts' }).click();
    const row = page.getByRole('row').filter({ hasText: 'Robin Peer' });
    await row.getByRole('button', { name: 'Disable' }).click();
    await row.getByText('Disabled', { exact: true }).waitFor();
    await row.getByRole('button', { name: 'Enable' }).click();
    await row.getByText('Active', { exact: true }).or(row.getByText('Has not set up the authenticator')).waitFor();
    await context.close();
  });

  test('a peer has no administration menu and its address shows nothing', async () => {
    const { context, page } = await w.signedIn(w.accounts.pat);
    await page.goto(w.base);
    await page.getByRole('heading', { name: 'My caseload' }).waitFor();
    assert.equal(await page.getByRole('link', { name: 'Administration' }).count(), 0);
    await page.goto(`${w.base}/admin`);
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    await context.close();
  });
});
