import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { SKIP_WITHOUT_CHROMIUM, seriousViolations, shot, startWorld, TABLET, type World } from './support/world.ts';

const IMMINENT = 'We talked about work. Jordan said he has a gun and is going to kill himself tonight.';

/** Safety events in the browser: a note opens one, the peer walks the protocol, the supervisor acknowledges. */
describe('safety events in the browser', { skip: SKIP_WITHOUT_CHROMIUM }, () => {
  let w: World;
  let pat: Page;
  let sam: Page;
  let eventUrl = '';
  before(async () => {
    w = await startWorld();
    // axe-core is injected inline, which the CSP refuses: these contexts bypass it for the checks.
    pat = (await w.signedIn(w.accounts.pat, { bypassCSP: true })).page;
    sam = (await w.signedIn(w.accounts.supervisor, { bypassCSP: true })).page;
  });
  after(async () => {
    await w?.stop();
  });

  const step = (page: Page, name: RegExp) => page.locator('li.step').filter({ has: page.getByRole('heading', { name }) });
  const openStep = async (page: Page, name: RegExp) => {
    const s = step(page, name);
    await s.locator('summary').click();
    return s;
  };

  test('a note with an imminent self-harm statement opens a safety event shown in the Safety section', async () => {
    await pat.goto(`${w.base}/participants/${w.ids.jordan}/notes`);
    await pat.getByLabel('Note', { exact: true }).fill(IMMINENT);
    await pat.getByRole('button', { name: 'Save the note' }).click();
    await pat.getByText('Note saved.').waitFor();
    await pat.getByRole('link', { name: 'Safety', exact: true }).click();
    await pat.getByRole('heading', { name: 'Open safety events' }).waitFor();
    await pat.getByRole('button', { name: 'Report a safety concern' }).waitFor();
    assert.deepEqual(await seriousViolations(pat), []);
    await pat.getByRole('link', { name: /Imminent danger/ }).click();
    await pat.getByRole('heading', { name: 'Safety event: imminent danger' }).waitFor();
    eventUrl = pat.url();
    assert.match(new URL(eventUrl).pathname, /^\/safety-events\/[0-9a-f-]{36}$/, 'only an id in the address');
    await pat.getByText('going to kill himself').first().waitFor();
    assert.ok((await pat.locator('a[href="tel:988"]').count()) >= 1, '988 is one tap away');
    assert.ok((await pat.locator('a[href="tel:911"]').count()) >= 1, '911 is one tap away');
  });

  test('the protocol is walked step by step; closing early is refused with what to do next', async () => {
    const close = await openStep(pat, /Close with an outcome/);
    await close.getByRole('button', { name: 'Close the safety event' }).click();
    await close.getByRole('alert').filter({ hasText: /Record these steps before closing/ }).waitFor();

    const listen = await openStep(pat, /Stay with the person and listen/);
    await listen.getByRole('button', { name: 'Record: I listened' }).click();
    await listen.locator('.field-error').filter({ hasText: 'Write what the person told you' }).waitFor();
    await listen.getByLabel('What the person told you').fill('Sat with him; he feels trapped at work and at home.');
    await listen.getByLabel(/Open questions/).fill('What is happening for you tonight?');
    await listen.getByRole('button', { name: 'Record: I listened' }).click();
    await pat.getByText('Recorded: Stay with the person and listen.').waitFor();
    await step(pat, /Stay with the person and listen \(done\)/).getByText(/by Pat Peer \(you\)/).first().waitFor();

    const inform = await openStep(pat, /Tell the participant/);
    await inform.getByLabel('What you told them, or why not').fill('Told him I must bring in my supervisor and the crisis line because of the gun.');
    await inform.getByRole('button', { name: 'Record: participant informed' }).click();
    await pat.getByText('Recorded: Tell the participant what will be shared.').waitFor();

    const notify = await openStep(pat, /Notify the supervisor/);
    await notify.getByRole('button', { name: 'Notify my supervisor now' }).click();
    await pat.getByText('Recorded: Notify the supervisor.').waitFor();
    await step(pat, /Notify the supervisor/).getByText(/told in PeerKeep .* e-mail:/).first().waitFor();

    const referral = await openStep(pat, /Refer to crisis services/);
    await referral.getByLabel('What happened (optional)').fill('Warm hand-off to 988 on speaker.');
    await referral.getByRole('button', { name: 'Record the referral' }).click();
    await pat.getByText('Recorded: Refer to crisis services or professionals.').waitFor();

    const contact = await openStep(pat, /Contact outside the program/);
    await contact.getByLabel('Who you contacted').fill('County mobile crisis team');
    await contact.getByLabel('What you shared and why').fill('Asked them to come to the apartment.');
    await contact.getByRole('button', { name: 'Check the disclosure and record the contact' }).click();
    await pat.getByText(/Disclosure decision: /).waitFor();

    const plan = await openStep(pat, /Safety plan/);
    await plan.getByLabel('1. Warning signs').fill('Not sleeping\nDrinking alone');
    await plan.getByLabel('4. People I can ask for help').fill('His sister');
    await plan.getByLabel('6. Making the environment safer').fill('Gun stored with his sister');
    await plan.getByRole('button', { name: 'Save the safety plan' }).click();
    await pat.getByText('Recorded: Safety plan.').waitFor();
    await step(pat, /Safety plan \(done\)/).getByText('Gun stored with his sister').waitFor();

    assert.deepEqual(await seriousViolations(pat), []);
    await pat.screenshot({ path: shot('safety-event'), fullPage: true });
  });

  test('the supervisor sees the event on the dashboard by urgency and age, and acknowledges it', async () => {
    await sam.goto(w.base);
    await sam.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Safety events' }).click();
    await sam.getByRole('heading', { name: 'Open safety events' }).waitFor();
    const row = sam.locator('tbody tr').filter({ hasText: 'Imminent danger' }).first();
    await row.waitFor();
    await row.getByText(/^(just now|\d+ (minutes?|hours?) .*ago)$/).first().waitFor();
    assert.deepEqual(await seriousViolations(sam), []);
    await sam.screenshot({ path: shot('supervisor-dashboard'), fullPage: true });
    await row.getByRole('button', { name: 'Acknowledge' }).click();
    await sam.getByText('Acknowledged. The peer can see you have it.').waitFor();
    await sam.locator('tbody tr').filter({ hasText: 'Acknowledged by a supervisor' }).first().waitFor();

    // A peer has no dashboard in the menu.
    await pat.goto(w.base);
    await pat.getByRole('heading', { name: 'My caseload' }).waitFor();
    assert.equal(await pat.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Safety events' }).count(), 0);
  });

  test('the peer closes the event with an outcome and a follow-up date; it moves to past events', async () => {
    await pat.goto(eventUrl);
    await pat.getByRole('heading', { name: 'Safety event: imminent danger' }).waitFor();
    await pat.getByText(/Acknowledged .*20/).first().waitFor();
    const close = await openStep(pat, /Close with an outcome/);
    await close.getByLabel('Outcome').selectOption('connected_to_crisis_services');
    await close.getByRole('button', { name: 'Close the safety event' }).click();
    await pat.getByText('Recorded: Close with an outcome and a follow-up date.').waitFor();
    await pat.getByText('Closed', { exact: true }).waitFor();
    await pat.getByText(/Connected to crisis services; follow up on/).waitFor();
    await pat.getByRole('link', { name: /Back to the participant/ }).click();
    await pat.getByRole('region', { name: 'Past safety events' }).getByRole('link', { name: /Imminent danger/ }).waitFor();
  });

  test('a peer reports a safety concern from the record; an empty report says what to write', async () => {
    await pat.goto(`${w.base}/participants/${w.ids.taylor}/safety`);
    await pat.getByRole('button', { name: 'Report a safety concern' }).click();
    await pat.getByRole('button', { name: 'Open a safety event' }).click();
    await pat.locator('.field-error').filter({ hasText: 'Describe in a few words' }).waitFor();
    await pat.getByLabel('How urgent is it?').selectOption('high');
    await pat.getByLabel('What did you see or hear?').fill('Tay said her partner hit her last night and she is scared to go home.');
    await pat.getByLabel('Violence at home').check();
    await pat.getByRole('button', { name: 'Open a safety event' }).click();
    await pat.getByRole('heading', { name: 'Safety event: high' }).waitFor();
    await pat.getByText('What was reported').waitFor();
    // High, not imminent: an outside contact before the supervisor is told is refused, next to the form.
    const contact = await openStep(pat, /Contact outside the program/);
    await contact.getByLabel('Who you contacted').fill('Local shelter');
    await contact.getByLabel('What you shared and why').fill('Asked about a bed tonight.');
    await contact.getByRole('button', { name: 'Check the disclosure and record the contact' }).click();
    await contact.getByRole('alert').filter({ hasText: /Notify your supervisor/ }).waitFor();
    assert.deepEqual(await seriousViolations(pat), []);
  });

  test('at tablet width the event page and dashboard fit, and nothing about a participant is in local storage', async () => {
    const { context, page } = await w.signedIn(w.accounts.supervisor, { viewport: TABLET });
    for (const path of [new URL(eventUrl).pathname, '/safety-events']) {
      await page.goto(`${w.base}${path}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.locator('.loading').first().waitFor({ state: 'detached' }).catch(() => {});
      const width = (await page.evaluate('document.documentElement.scrollWidth')) as number;
      assert.ok(width <= TABLET.width, `${path} is ${width} px wide`);
    }
    for (const p of [pat, page]) {
      const stored = (await p.evaluate('JSON.stringify(Object.entries(localStorage))')) as string;
      assert.doesNotMatch(stored, /Jordan|Rivera|Tay|kill|gun|partner/i);
    }
    await context.close();
  });
});
