import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { SKIP_WITHOUT_CHROMIUM, seriousViolations, shot, startWorld, TABLET, type World } from './support/world.ts';

/** A code word on screen: snake_case such as "protect_participant" (style.md: clear words). */
const CODE = /\b[a-z]+_[a-z_]+\b/g;
const codesOn = async (page: Page): Promise<string[]> => [...new Set(((await page.evaluate('document.body.innerText')) as string).match(CODE) ?? [])];

/**
 * "May I share this?" when the answer is no: the peer is told to ask their supervisor and what to
 * send them; the supervisor overrides with a recorded reason after a confirmation that says what
 * is recorded; the peer records the disclosure and prints its packet (the packet alone prints).
 */
describe('"May I share this?": supervisor override, disclosure and packet in the browser', { skip: SKIP_WITHOUT_CHROMIUM }, () => {
  let w: World;
  let pat: Page;
  let sam: Page;
  let strict: Page;
  let decisionUrl = '';
  const cspErrors: string[] = [];

  before(async () => {
    w = await startWorld();
    // axe-core is injected inline, which the CSP refuses: these contexts bypass it for the checks.
    pat = (await w.signedIn(w.accounts.pat, { bypassCSP: true })).page;
    sam = (await w.signedIn(w.accounts.supervisor, { bypassCSP: true })).page;
    strict = (await w.signedIn(w.accounts.pat)).page;
    strict.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) cspErrors.push(m.text());
    });
    await strict.goto(`${w.base}/participants/${w.ids.jordan}/share`);
    await strict.getByRole('button', { name: 'Check whether I may share' }).waitFor();
  });
  after(async () => {
    await w?.stop();
  });

  test('a peer asking to tell an employer about attendance is told no, to ask their supervisor, and what to send them', async () => {
    await pat.goto(`${w.base}/participants/${w.ids.jordan}/share`);
    await pat.getByLabel('Kind of recipient').selectOption({ label: 'An employer' });
    await pat.getByLabel('Organization').fill('Acme Staffing');
    await pat.getByLabel('Attendance').check();
    await pat.getByLabel('Purpose of sharing').selectOption({ label: 'Employment' });
    await pat.getByRole('button', { name: 'Check whether I may share' }).click();
    const outcome = pat.locator('#outcome-heading');
    await outcome.waitFor();
    assert.equal(await outcome.textContent(), 'No, do not share this');
    await pat.getByText('Sharing attendance with an employer, for employment.').waitFor();
    await pat.getByText(/^The rule that decided:/).waitFor();
    await pat.getByRole('heading', { name: 'Ask your supervisor' }).waitFor();
    await pat.getByText(/A supervisor’s override is needed to share this\./).waitFor();
    assert.equal(await pat.getByRole('button', { name: 'Record the disclosure' }).count(), 0, 'nothing can be recorded yet');
    assert.equal(await pat.getByRole('heading', { name: 'Override and allow this disclosure' }).count(), 0, 'a peer cannot override');
    const message = (await pat.locator('.message-to-send').textContent()) ?? '';
    assert.match(message, /It said: “No, do not share this”\. I would share attendance with an employer, for employment\. Open it here: http:\/\/[^ ]+\/disclosure-decisions\/[0-9a-f-]{36}$/);
    assert.doesNotMatch(message, /Jordan|Rivera/, 'the message to the supervisor names no participant');
    decisionUrl = (await pat.getByRole('link', { name: 'Open this decision on its own page' }).getAttribute('href')) ?? '';
    assert.match(decisionUrl, /^\/disclosure-decisions\/[0-9a-f-]{36}$/, 'only an id in the address');
    assert.equal(message.endsWith(decisionUrl), true, 'the message links to the same decision');
    assert.deepEqual(await codesOn(pat), []);
    assert.deepEqual(await seriousViolations(pat), []);
  });

  test('the supervisor opens the decision, must give a reason, sees what will be recorded, and records the override', async () => {
    await sam.goto(`${w.base}${decisionUrl}`);
    await sam.getByRole('heading', { level: 1, name: 'A “May I share this?” decision' }).waitFor();
    await sam.getByRole('heading', { name: 'No, do not share this' }).waitFor();
    const form = sam.locator('.override');
    await form.getByRole('heading', { name: 'Override and allow this disclosure' }).waitFor();
    assert.equal(await sam.getByRole('heading', { name: 'Ask your supervisor' }).count(), 0);
    await form.getByRole('button', { name: 'Override and allow this disclosure' }).click();
    await form.locator('.field-error').filter({ hasText: /Write why you allow this disclosure/ }).waitFor();
    const reason = 'Jordan asked us in person to confirm attendance for the job; the written release follows today.';
    await form.getByLabel('Why you allow it (required)').fill(reason);
    await form.getByRole('button', { name: 'Override and allow this disclosure' }).click();
    const confirm = form.locator('section.confirm');
    await confirm.getByText('Check before you record it.').waitFor();
    await confirm.getByText('an override of this decision by Sam Supervisor (you), now;').waitFor();
    assert.equal(await confirm.locator('.quoted').textContent(), reason);
    await confirm.getByText(/listed in the participant’s accounting of disclosures/).waitFor();
    assert.deepEqual(await seriousViolations(sam), []);
    assert.deepEqual(await codesOn(sam), []);
    await sam.screenshot({ path: shot('share-override'), fullPage: true });
    await confirm.getByRole('button', { name: 'Record the override' }).click();
    await sam.locator('.override-line').filter({ hasText: /^Override recorded by Sam Supervisor \(you\) on / }).waitFor();
    await sam.getByRole('button', { name: 'Record the disclosure' }).waitFor();
  });

  test('the peer comes back to the decision, records the disclosure, and the packet prints alone', async () => {
    await pat.goto(`${w.base}${decisionUrl}`);
    const line = pat.locator('.override-line');
    await line.waitFor();
    assert.match(await line.innerText(), /^Override recorded by a supervisor on .+\. Reason: Jordan asked us in person/);
    await pat.getByRole('button', { name: 'Record the disclosure' }).click();
    await pat.getByRole('heading', { name: 'Disclosure recorded' }).waitFor();
    const tell = await pat.locator('.tell').innerText();
    assert.match(tell, /we shared your information \(attendance\) with Acme Staffing, to help with your work\. A supervisor reviewed the request, approved it and recorded why\./);
    const packet = pat.locator('section.pk-packet');
    await packet.getByRole('heading', { name: 'Disclosure packet' }).waitFor();
    assert.deepEqual(await packet.locator('dt').allTextContents(), ['To', 'Information released', 'Purpose', 'Allowed by', 'PeerKeep’s finding', 'Rules PeerKeep cited', 'Minimum necessary']);
    assert.deepEqual(await packet.locator('dd ul li').allTextContents(), ['Attendance'], 'only what was asked about and allowed');
    await packet.getByText('Acme Staffing').waitFor();
    await packet.getByText('Only this information was shared: attendance.').waitFor();
    await packet.getByText(/A supervisor’s recorded decision/).waitFor();
    assert.equal(await packet.locator('.part2-notice').count(), 0, 'no Part 2 notice: this program is not a Part 2 program');
    assert.deepEqual(await codesOn(pat), []);
    assert.deepEqual(await seriousViolations(pat), []);

    // Print calls the browser's print; the print stylesheet leaves only the packet on paper.
    await pat.evaluate('window.__printed = 0; window.print = () => { window.__printed += 1; }');
    await packet.getByRole('button', { name: 'Print the packet' }).click();
    assert.equal(await pat.evaluate('window.__printed'), 1);
    await pat.emulateMedia({ media: 'print' });
    assert.equal(await packet.getByRole('heading', { name: 'Disclosure packet' }).isVisible(), true);
    assert.equal(await packet.getByText('Acme Staffing').isVisible(), true);
    for (const [what, hidden] of [
      ['the menu', pat.locator('.topbar')],
      ['the Print button', packet.getByRole('button', { name: 'Print the packet' })],
      ['what to tell the participant', pat.getByText('What to tell the participant:')],
      ['the decision', pat.getByRole('heading', { name: 'No, do not share this' })],
      ['the page heading', pat.getByRole('heading', { level: 1 })],
    ] as const) {
      assert.equal(await hidden.isVisible(), false, `${what} is not printed`);
    }
    await pat.screenshot({ path: shot('share-packet'), fullPage: true });
    await pat.emulateMedia({ media: 'screen' });
  });

  test('a disclosure the law allows is recorded at once; the packet and the words for the participant name no codes', async () => {
    await pat.goto(`${w.base}/participants/${w.ids.jordan}/share`);
    await pat.getByLabel('Kind of recipient').selectOption({ label: 'Emergency services (911, ambulance, mobile crisis)' });
    await pat.getByLabel('Organization').fill('County mobile crisis team');
    await pat.getByLabel('Name and identity').check();
    await pat.getByLabel('Risk and safety').check();
    await pat.getByLabel('Purpose of sharing').selectOption({ label: 'Protecting the participant’s safety' });
    await pat.getByLabel('Is anyone at risk of harm?').selectOption({ label: 'Risk to themself, right now' });
    await pat.getByRole('button', { name: 'Check whether I may share' }).click();
    assert.equal(await pat.locator('#outcome-heading').textContent(), 'Yes, you may share it without consent: the law allows it here');
    await pat.getByRole('button', { name: 'Record the disclosure' }).click();
    const tell = pat.locator('.tell');
    await tell.getByRole('heading', { name: 'Disclosure recorded' }).waitFor();
    assert.match(await tell.innerText(), /we shared your information \(name and identity, risk and safety\) with County mobile crisis team, to keep you safe\. The law allows this without your consent \(45 CFR/);
    const packet = pat.locator('section.pk-packet');
    assert.deepEqual(await packet.locator('dt').allTextContents(), ['To', 'Information released', 'Purpose', 'Allowed by', 'Rule', 'Rules relied on', 'Minimum necessary']);
    assert.deepEqual(await packet.locator('dd ul li').allTextContents(), ['Name and identity', 'Risk and safety']);
    await packet.getByText('An exception in the law that allows it without consent').waitFor();
    assert.deepEqual(await codesOn(pat), []);
  });

  test('the accounting lists the overridden disclosure in words', async () => {
    await pat.goto(`${w.base}/participants/${w.ids.jordan}/disclosures`);
    const row = pat.locator('tbody tr').filter({ hasText: 'Acme Staffing' });
    await row.waitFor();
    assert.deepEqual((await row.locator('td').allTextContents()).slice(2, 4), ['Attendance', 'Employment']);
    assert.deepEqual(await codesOn(pat), []);
    // The decision was acted on: its page says so instead of offering a second disclosure.
    await pat.goto(`${w.base}${decisionUrl}`);
    await pat.getByText(/This disclosure has been recorded\./).waitFor();
    assert.equal(await pat.getByRole('button', { name: 'Record the disclosure' }).count(), 0);
  });

  test('after a reload the packet is loaded from the server and prints alone, from the decision page and from the Disclosures list', async () => {
    await pat.goto(`${w.base}${decisionUrl}`);
    await pat.reload();
    await pat.getByText(/This disclosure has been recorded\./).waitFor();
    assert.equal(await pat.locator('section.pk-packet').count(), 0, 'the packet loads only when asked for (each read is audited)');
    // The browser's print dialog cannot be driven headless: count the calls instead.
    await pat.evaluate('window.__printed = 0; window.print = () => { window.__printed += 1; }');
    await pat.getByRole('button', { name: 'Print the packet' }).click();
    const packet = pat.locator('section.pk-packet');
    await packet.getByRole('heading', { name: 'Disclosure packet' }).waitFor();
    await pat.waitForFunction('window.__printed === 1');
    assert.deepEqual(await packet.locator('dd ul li').allTextContents(), ['Attendance']);
    await packet.getByText('Acme Staffing').waitFor();
    await packet.getByText('Only this information was shared: attendance.').waitFor();
    await packet.getByText('Recorded in the accounting of disclosures by Pat Peer.').waitFor();
    assert.deepEqual(await codesOn(pat), []);
    assert.deepEqual(await seriousViolations(pat), []);
    await pat.emulateMedia({ media: 'print' });
    assert.equal(await packet.getByText('Acme Staffing').isVisible(), true);
    assert.equal(await pat.locator('.topbar').isVisible(), false, 'the menu is not printed');
    assert.equal(await pat.getByRole('heading', { level: 1 }).isVisible(), false, 'the page heading is not printed');
    assert.equal(await pat.getByText(/This disclosure has been recorded\./).isVisible(), false);
    await pat.screenshot({ path: shot('share-packet-reprint'), fullPage: true });
    await pat.emulateMedia({ media: 'screen' });

    await pat.goto(`${w.base}/participants/${w.ids.jordan}/disclosures`);
    await pat.reload();
    const row = pat.locator('tbody tr').filter({ hasText: 'Acme Staffing' });
    await row.waitFor();
    await pat.evaluate('window.__printed = 0; window.print = () => { window.__printed += 1; }');
    await row.getByRole('button', { name: /^Print the packet/ }).click();
    await pat.locator('section.pk-packet').getByText('Acme Staffing').waitFor();
    await pat.waitForFunction('window.__printed === 1');
    await pat.emulateMedia({ media: 'print' });
    assert.equal(await pat.locator('table').first().isVisible(), false, 'the list is not printed with the packet');
    assert.equal(await pat.locator('.topbar').isVisible(), false);
    await pat.emulateMedia({ media: 'screen' });
    assert.deepEqual(await seriousViolations(pat), []);
  });

  test('at tablet width the decision page fits and passes axe; another team’s peer cannot open it', async () => {
    const { context, page } = await w.signedIn(w.accounts.supervisor, { viewport: TABLET, bypassCSP: true });
    await page.goto(`${w.base}${decisionUrl}`);
    await page.getByRole('heading', { name: 'No, do not share this' }).waitFor();
    const width = (await page.evaluate('document.documentElement.scrollWidth')) as number;
    assert.ok(width <= TABLET.width, `the decision page is ${width} px wide`);
    assert.deepEqual(await seriousViolations(page), []);
    await context.close();

    const drew = await w.signedIn(w.accounts.drew);
    await drew.page.goto(`${w.base}${decisionUrl}`);
    await drew.page.locator('.problem').waitFor();
    assert.equal(await drew.page.getByRole('heading', { name: 'No, do not share this' }).count(), 0);
    await drew.context.close();
  });

  test('no page broke the content security policy', async () => {
    await strict.goto(`${w.base}${decisionUrl}`);
    await strict.getByText(/This disclosure has been recorded\./).waitFor();
    assert.deepEqual(cspErrors, []);
  });
});
