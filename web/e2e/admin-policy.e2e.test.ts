import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { DESKTOP, SKIP_WITHOUT_CHROMIUM, seriousViolations, shot, startWorld, TABLET, type World } from './support/world.ts';

/**
 * Administration beyond accounts and teams, in Chromium: the policy profile (a change makes a new
 * version), safety settings, emergency access (break-the-glass) reviews and caseload assignment,
 * each for the roles the access policy names.
 */
describe('policy profile, safety settings, emergency access reviews and caseloads in the browser', { skip: SKIP_WITHOUT_CHROMIUM }, () => {
  let w: World;
  type Who = keyof World['accounts'];
  const pages = new Map<Who, Page>();
  /**
   * One signed-in page per account for the whole file: each sign-in spends a TOTP step, and a
   * third sign-in of one account within half a minute waits for the clock. axe is injected as an
   * inline script, so these contexts bypass the CSP (no test here is about the CSP).
   */
  const as = async (who: Who) => {
    let page = pages.get(who);
    if (!page) {
      page = (await w.signedIn(w.accounts[who], { bypassCSP: true })).page;
      pages.set(who, page);
    }
    return page;
  };

  /** A call through the signed-in page's own cookie, with the CSRF token the session hands out. */
  const call = async (page: Page, method: 'GET' | 'POST', path: string, data?: unknown) => {
    const session = await page.request.get(`${w.base}/api/auth/session`);
    const csrf = ((await session.json()) as { csrfToken: string }).csrfToken;
    const r = await page.request.fetch(`${w.base}${path}`, { method, headers: { 'x-csrf-token': csrf }, ...(data === undefined ? {} : { data }) });
    return { status: r.status(), json: (await r.json().catch(() => null)) as unknown };
  };

  const tabs = async (page: Page) => page.getByRole('navigation', { name: 'Administration sections' }).getByRole('link').allInnerTexts();
  const settle = (page: Page) => page.locator('.loading').first().waitFor({ state: 'detached' });

  before(async () => {
    w = await startWorld();
  });
  after(async () => {
    await w?.stop();
  });

  test('each role sees the administration tabs the policy gives it', async () => {
    const expected: [keyof World['accounts'], string[]][] = [
      ['admin', ['Staff accounts', 'Teams', 'Caseloads', 'Policy profile', 'Safety settings']],
      ['privacy', ['Policy profile', 'Safety settings', 'Emergency access reviews']],
      ['supervisor', ['Emergency access reviews']],
    ];
    for (const [who, names] of expected) {
      const page = await as(who);
      await page.goto(w.base);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Administration' }).click();
      await page.getByRole('heading', { level: 1, name: 'Administration' }).waitFor();
      assert.deepEqual(await tabs(page), names, who);
    }
    // A privacy officer asking for an administrator's tab gets their own first tab, never the staff list.
    const page = await as('privacy');
    await page.goto(`${w.base}/admin/users`);
    await page.getByRole('heading', { level: 2, name: 'Policy profile' }).waitFor();
    assert.equal(await page.getByRole('rowheader', { name: /Pat Peer/ }).count(), 0);
  });

  test('the privacy officer changes the policy profile: a confirmation, then a new version with its history', async () => {
    const page = await as('privacy');
    await page.goto(`${w.base}/admin/policy`);
    await page.getByRole('heading', { name: 'Built-in starting profile (version 0)' }).waitFor();
    await page.getByText('No changes yet: the built-in starting profile (version 0) is in force.').waitFor();

    await page.getByRole('button', { name: 'Change the policy profile' }).click();
    // Nothing changed yet: no version is made.
    await page.getByRole('button', { name: 'Review the changes' }).click();
    await page.getByRole('alert').filter({ hasText: 'Nothing is different from the version in force.' }).waitFor();

    await page.getByLabel('State whose law applies').selectOption('CA');
    await page.getByRole('group', { name: 'Is this a substance use disorder program under 42 CFR Part 2?' }).getByLabel('Yes').check();
    // The starting profile lists 988 and 911; the county's team is added as a third number.
    await page.getByRole('button', { name: 'Add a crisis number' }).click();
    await page.getByLabel('Name of number 3').fill('County mobile crisis team');
    await page.getByRole('button', { name: 'Review the changes' }).click();
    await page.getByRole('alert').filter({ hasText: 'Each crisis number needs a name and the number to dial.' }).waitFor();
    await page.getByLabel('Number to dial 3').fill('555-0199');
    await page.getByRole('button', { name: 'Review the changes' }).click();

    const confirm = page.locator('.confirm-version');
    await confirm.getByRole('heading', { name: 'Save these changes as version 1?' }).waitFor();
    const listed = await confirm.locator('li').allInnerTexts();
    assert.deepEqual(listed, [
      'State whose law applies: None chosen → California',
      'Substance use disorder program under 42 CFR Part 2: No → Yes',
      'Local crisis numbers: Suicide and Crisis Lifeline: 988; Emergency services: 911 → Suicide and Crisis Lifeline: 988; Emergency services: 911; County mobile crisis team: 555-0199',
    ]);
    await confirm.getByRole('button', { name: 'Save as version 1' }).click();
    await page.getByText(/^Version 1 saved\./).waitFor();
    await page.getByRole('heading', { name: 'Version 1, in force' }).waitFor();
    await page.locator('.policy-lines').getByText('California').waitFor();

    // The server holds version 1 with these values (read back independently of the page).
    const stored = (await call(page, 'GET', '/api/policy-profile')).json as { version: number; state: string; part2Program: boolean; crisisNumbers: { label: string; number: string }[] };
    assert.equal(stored.version, 1);
    assert.equal(stored.state, 'CA');
    assert.equal(stored.part2Program, true);
    assert.deepEqual(stored.crisisNumbers.at(-1), { label: 'County mobile crisis team', number: '555-0199' });
    assert.equal(stored.crisisNumbers.length, 3);

    // A second change makes version 2; both changes are in the history, with who made them.
    await page.getByRole('button', { name: 'Change the policy profile' }).click();
    await page.getByRole('group', { name: 'Duty to warn or protect in your state' }).getByLabel(/^Permissive/).check();
    await page.getByLabel('Legal content last reviewed on').fill('2026-11-01');
    await page.getByRole('button', { name: 'Review the changes' }).click();
    await page.getByRole('button', { name: 'Save as version 2' }).click();
    await page.getByRole('heading', { name: 'Version 2, in force' }).waitFor();
    const history = page.getByRole('region', { name: 'Version history' }).locator('tbody tr');
    await history.nth(2).waitFor();
    const cells = async (i: number) => (await history.nth(i).locator('td').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
    assert.equal(await history.count(), 3);
    const [v2, v1, v0] = [await cells(0), await cells(1), await cells(2)];
    assert.deepEqual([v2[0], v2[2], v2[3]], ['2 (in force)', 'Morgan Privacy', ''], 'the version in force has nothing to open');
    assert.deepEqual([v1[0], v1[2], v1[3]], ['1', 'Morgan Privacy', 'Show the values of version 1']);
    assert.deepEqual(v0, ['0', '—', 'PeerKeep’s built-in starting profile', 'Show the values of version 0']);
    assert.equal(((await call(page, 'GET', '/api/policy-profile')).json as { version: number }).version, 2);

    // The history comes from the server's list of versions, which keeps each version's values.
    const versions = (await call(page, 'GET', '/api/policy-profile/versions')).json as { version: number; dutyToWarn: string | null; setByName: string | null }[];
    assert.deepEqual(
      versions.map((v) => [v.version, v.dutyToWarn, v.setByName]),
      [
        [2, 'permissive', 'Morgan Privacy'],
        [1, null, 'Morgan Privacy'],
        [0, null, null],
      ],
    );
    // Version 1's values open under the table: California and Part 2, before the duty to warn was set.
    const show1 = history.nth(1).getByRole('button');
    await show1.click();
    assert.equal(await show1.getAttribute('aria-expanded'), 'true');
    const earlier = page.getByRole('region', { name: 'Version 1, no longer in force' });
    await earlier.waitFor();
    const values = await earlier.locator('.policy-lines > div').allInnerTexts();
    assert.ok(values.some((v) => /State whose law applies\s+California/.test(v)), values.join(' | '));
    assert.ok(values.some((v) => /Duty to warn[^\n]*\n+As PeerKeep’s table/.test(v)), values.join(' | '));
    await page.screenshot({ path: shot('admin-policy-history'), fullPage: true });
    await page.getByRole('button', { name: 'Hide the values of version 1' }).click();
    await earlier.waitFor({ state: 'detached' });
    await page.getByRole('heading', { name: 'Version 2, in force' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: shot('admin-policy-profile'), fullPage: true });
  });

  test('an administrator sets the escalation order and minutes; the privacy officer sees them', async () => {
    const page = await as('admin');
    await page.goto(`${w.base}/admin/safety`);
    await page.getByRole('heading', { name: 'Escalation' }).waitFor();
    await settle(page);
    await page.getByText('PeerKeep’s defaults are in use: no one has saved these settings yet.').waitFor();
    await page.getByLabel('Minutes a supervisor has to acknowledge an imminent event').fill('0');
    await page.getByRole('button', { name: 'Save the safety settings' }).click();
    await page.locator('.field-error').first().waitFor();

    await page.getByLabel('Minutes a supervisor has to acknowledge an imminent event').fill('10');
    await page.getByLabel('Add a supervisor').selectOption({ label: 'Sam Supervisor' });
    await page.getByRole('button', { name: 'Add to the list' }).click();
    await page.getByRole('button', { name: 'Save the safety settings' }).click();
    await page.getByText('Safety settings saved.', { exact: false }).waitFor();
    // The county number set in the policy profile is offered in the protocol.
    await page.getByRole('link', { name: '555-0199' }).waitFor();
    await page.screenshot({ path: shot('admin-safety-settings'), fullPage: true });

    const privacy = await as('privacy');
    await privacy.goto(`${w.base}/admin/safety`);
    await privacy.getByRole('heading', { name: 'Escalation' }).waitFor();
    await settle(privacy);
    assert.equal(await privacy.getByLabel('Minutes a supervisor has to acknowledge an imminent event').inputValue(), '10');
    assert.deepEqual(await privacy.locator('.order-list li > span:first-child').allInnerTexts(), ['Sam Supervisor']);
    assert.equal(await privacy.getByLabel('Add a supervisor').count(), 0, 'the staff list is the administrator’s');
  });

  test('emergency access is reviewed: the privacy officer sees every grant, a supervisor only their team’s', async () => {
    // Drew (east team) opens Jordan's record; Robin (Sam's team) opens Avery's.
    const drew = await as('drew');
    assert.equal((await call(drew, 'POST', `/api/participants/${w.ids.jordan}/break-glass`, { reason: 'Jordan called the crisis line and named this program; checking the safety plan.' })).status, 201);
    const robin = await as('robin');
    assert.equal((await call(robin, 'POST', `/api/participants/${w.ids.avery}/break-glass`, { reason: 'Covering the east team tonight; the participant is at the drop-in and upset.' })).status, 201);

    const page = await as('privacy');
    await page.goto(`${w.base}/admin/break-glass`);
    await page.getByRole('heading', { name: 'Waiting for review (2)' }).waitFor();
    const drewGrant = page.locator('li.review-item').filter({ hasText: 'Drew Peer opened' });
    await drewGrant.getByText('Jordan Rivera').waitFor();
    await drewGrant.getByText('Jordan called the crisis line and named this program; checking the safety plan.').waitFor();
    await drewGrant.getByText(/^60 minutes, open until/).waitFor();
    await page.screenshot({ path: shot('admin-break-glass-reviews'), fullPage: true });

    await drewGrant.getByRole('button', { name: 'Record the review' }).click();
    await drewGrant.getByText('Choose appropriate or not appropriate, then record the review.').waitFor();
    await drewGrant.getByLabel(/^Not appropriate/).check();
    const NOTE = 'Drew was not on call; the east team supervisor should have been asked first.';
    await drewGrant.getByLabel('Note (optional)').fill(NOTE);
    await drewGrant.getByRole('button', { name: 'Record the review' }).click();
    await page.getByText('Review recorded: not appropriate.').waitFor();
    await page.getByRole('heading', { name: 'Waiting for review (1)' }).waitFor();
    const reviewed = page.getByRole('region', { name: 'Reviewed', exact: true }).locator('li.review-item');
    const judged = reviewed.filter({ hasText: 'Drew Peer opened' }).getByText(/^Not appropriate, /);
    await judged.waitFor();
    assert.match(await judged.innerText(), /^Not appropriate, .+, by Morgan Privacy$/, 'the review names who made it');
    await reviewed.filter({ hasText: 'Drew Peer opened' }).getByText(NOTE).waitFor();
    const held = ((await call(page, 'GET', '/api/break-glass')).json as { userName: string; reviewNote: string | null; reviewerName: string | null }[]).find((g) => g.userName === 'Drew Peer');
    assert.deepEqual([held?.reviewNote, held?.reviewerName], [NOTE, 'Morgan Privacy'], 'the server holds the note and the reviewer');
    await reviewed.filter({ hasText: 'Drew Peer opened' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: shot('admin-break-glass-reviewed'), fullPage: true });
    const unreviewed = (await call(page, 'GET', '/api/break-glass?unreviewed=true')).json as { userName: string }[];
    assert.deepEqual(unreviewed.map((g) => g.userName), ['Robin Peer'], 'the server holds the review');

    // Sam supervises Robin's team: Robin's grant only, without the participant's name.
    const sam = await as('supervisor');
    await sam.goto(w.base);
    await sam.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Administration' }).click();
    await sam.getByRole('heading', { name: 'Waiting for review (1)' }).waitFor();
    const robinGrant = sam.locator('li.review-item').filter({ hasText: 'Robin Peer opened a record outside their caseload' });
    await robinGrant.waitFor();
    assert.equal(await sam.getByText('Drew Peer').count(), 0, 'another team’s grant is not shown');
    assert.doesNotMatch(await sam.locator('main').innerText(), /Avery|Lindqvist/);
    await robinGrant.getByLabel(/^Appropriate/).check();
    await robinGrant.getByRole('button', { name: 'Record the review' }).click();
    await sam.getByText('Review recorded: appropriate.').waitFor();
    await sam.getByText('Nothing is waiting for review.').waitFor();
  });

  test('an administrator puts a participant on a second caseload, and that peer can then open the record', async () => {
    const robin = await as('robin');
    assert.equal((await call(robin, 'GET', `/api/participants/${w.ids.taylor}`)).status, 404, 'not Robin’s participant yet');

    const page = await as('admin');
    await page.goto(`${w.base}/admin/caseloads`);
    const taylor = page.locator('li.review-item').filter({ hasText: 'Nguyen' });
    await taylor.getByRole('button', { name: /Set the caseload/ }).click();
    // Today's holder (Pat enrolled Taylor) is ticked; no one else is.
    await taylor.getByLabel(/^Pat Peer/).waitFor();
    assert.equal(await taylor.getByLabel(/^Pat Peer/).isChecked(), true, 'the current holder is ticked');
    assert.equal(await taylor.getByLabel(/^Robin Peer/).isChecked(), false);
    await taylor.getByLabel(/^Pat Peer/).uncheck();
    await taylor.getByRole('button', { name: 'Save the caseload' }).click();
    await taylor.getByText('Tick at least one person').waitFor();
    await taylor.getByLabel(/^Pat Peer/).check();
    await taylor.getByLabel(/^Robin Peer/).check();
    await taylor.getByRole('button', { name: 'Save the caseload' }).click();
    await page.getByText('Caseload saved: Pat Peer, Robin Peer.').waitFor();
    await taylor.getByText('Saved just now: on the caseload of Pat Peer, Robin Peer.').waitFor();
    await page.screenshot({ path: shot('admin-caseloads'), fullPage: true });
    // Opened again, the form starts from what was saved.
    await taylor.getByRole('button', { name: /Set the caseload/ }).click();
    await taylor.getByLabel(/^Robin Peer/).waitFor();
    assert.deepEqual([await taylor.getByLabel(/^Pat Peer/).isChecked(), await taylor.getByLabel(/^Robin Peer/).isChecked(), await taylor.getByLabel(/^Drew Peer/).isChecked()], [true, true, false]);
    await taylor.getByRole('button', { name: 'Cancel' }).click();

    assert.equal((await call(robin, 'GET', `/api/participants/${w.ids.taylor}`)).status, 200, 'Robin now reaches Taylor’s record');
  });

  test('the administration pages pass axe and fit a tablet', async () => {
    for (const [who, sections] of [
      ['privacy', ['policy', 'safety', 'break-glass']],
      ['admin', ['caseloads', 'policy', 'safety']],
      ['supervisor', ['break-glass']],
    ] as const) {
      const page = await as(who);
      await page.setViewportSize(TABLET);
      for (const s of sections) {
        await page.goto(`${w.base}/admin/${s}`);
        await page.getByRole('heading', { level: 1 }).waitFor();
        await settle(page).catch(() => {});
        assert.deepEqual(await seriousViolations(page), [], `${who} ${s}`);
        const width = (await page.evaluate('document.documentElement.scrollWidth')) as number;
        assert.ok(width <= TABLET.width, `${s} is ${width} px wide at tablet width`);
      }
      if (who === 'privacy') {
        // The edit form and its confirmation too.
        await page.goto(`${w.base}/admin/policy`);
        await page.getByRole('button', { name: 'Change the policy profile' }).click();
        assert.deepEqual(await seriousViolations(page), [], 'policy form');
        const width = (await page.evaluate('document.documentElement.scrollWidth')) as number;
        assert.ok(width <= TABLET.width, `the policy form is ${width} px wide at tablet width`);
      }
      await page.setViewportSize(DESKTOP);
    }
  });
});
