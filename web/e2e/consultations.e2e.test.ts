import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { SKIP_WITHOUT_CHROMIUM, seriousViolations, shot, startWorld, TABLET, type World } from './support/world.ts';

/** Invented story about Jordan Rivera (world.ts), with identifiers the de-identifier must catch. */
const SUMMARY =
  'Jordan Rivera (born 04/12/1991) told me on Christmas Day that their sponsor Casey Morgan moved to Portland. ' +
  'They go to the Tuesday meeting at St. Brendan’s and work at the harbor bakery. They called me from 555-0142. ' +
  'How do I support them without taking the sponsor’s place?';
/** What identifies Jordan or their sponsor: none of it may reach the colleague's page. */
const IDENTIFYING = ['Jordan', 'Rivera', 'Casey', 'Morgan', '1991', '555-0142', 'Portland', 'Brendan', 'bakery'];
const REPLY = 'Start from what they want from a sponsor now; offer to look for a temporary sponsor together.';

/**
 * De-identified case consultation in the browser: Pat prepares one from Jordan's record, reviews
 * the removals beside the original, shows one after all and removes more, sends it to Sam; Sam
 * reads only the de-identified text and replies; Pat reads the reply and closes it.
 */
describe('consultations in the browser', { skip: SKIP_WITHOUT_CHROMIUM }, () => {
  let w: World;
  let pat: Page;
  let sam: Page;
  let reviewUrl = '';
  let consultationId = '';

  before(async () => {
    w = await startWorld();
    // axe-core is injected inline, which the CSP refuses: these contexts bypass it for the checks.
    pat = (await w.signedIn(w.accounts.pat, { bypassCSP: true })).page;
    sam = (await w.signedIn(w.accounts.supervisor, { bypassCSP: true })).page;
  });
  after(async () => {
    await w?.stop();
  });

  const column = (page: Page, heading: string) => page.locator('section.text-column').filter({ has: page.getByRole('heading', { name: heading }) });
  const removal = (page: Page, words: string) => page.locator('.removed-list > li').filter({ hasText: words });

  test('the participant’s Consultations section starts empty; an empty request says what to write', async () => {
    await pat.goto(`${w.base}/participants/${w.ids.jordan}`);
    await pat.getByRole('navigation', { name: 'Sections of the record' }).getByRole('link', { name: 'Consultations' }).click();
    await pat.getByRole('heading', { name: 'When this person was discussed' }).waitFor();
    await pat.getByText('This person has not been discussed in a consultation.').waitFor();
    await pat.getByRole('button', { name: 'Ask for a consultation' }).click();
    await pat.getByRole('button', { name: 'Prepare the de-identified text' }).click();
    await pat.locator('.field-error').filter({ hasText: 'why you are asking' }).waitFor();
    assert.deepEqual(await seriousViolations(pat), []);
  });

  test('preparing shows the de-identified text beside the original, each removal named in words', async () => {
    await pat.getByLabel('Why are you asking about this person?').fill('Advice on supporting them after their sponsor left');
    await pat.getByLabel('The situation and your question').fill(SUMMARY);
    await pat.getByRole('group', { name: /Notes to include/ }).getByRole('checkbox').first().check();
    await pat.getByRole('button', { name: 'Prepare the de-identified text' }).click();
    await pat.getByRole('heading', { name: 'Review the de-identified text' }).waitFor();
    reviewUrl = pat.url();
    const path = new URL(reviewUrl).pathname;
    assert.match(path, /^\/consultations\/[0-9a-f-]{36}$/, 'only an id in the address');
    consultationId = path.split('/')[2] ?? '';

    const original = (await column(pat, 'Original (only you see this)').innerText()).replace(/\s+/g, ' ');
    const deid = (await column(pat, 'What the colleague will read').innerText()).replace(/\s+/g, ' ');
    assert.ok(original.includes('Jordan Rivera') && original.includes('meetings help on hard days'), 'the original holds the summary and the chosen note');
    for (const leak of IDENTIFYING.filter((x) => x !== 'bakery')) assert.ok(!deid.includes(leak), `${leak} left in: ${deid}`);
    assert.ok(deid.includes('[PERSON-1]') && deid.includes('meetings help on hard days'), 'placeholders, and the meaning stays');
    // Labelled in words, not by colour: the original's removal and its placeholder carry the same numbered label.
    assert.match(original, /Jordan Rivera \[1 · name\]/);
    assert.match(deid, /\[PERSON-1\] \[1 · name\]/);
    assert.match(await removal(pat, 'Christmas Day').innerText(), /\d+\. Date: “Christmas Day” → \[DATE\] · found by PeerKeep/);
    assert.match(await removal(pat, '555-0142').innerText(), /\d+\. Phone number: “555-0142” → \[PHONE\]/);
  });

  test('the peer shows one removal after all (with a reason) and removes more words', async () => {
    const christmas = removal(pat, 'Christmas Day');
    await christmas.getByRole('button', { name: /Show after all/ }).click();
    await christmas.getByRole('button', { name: 'Show these words to the colleague' }).click();
    await christmas.locator('.field-error').filter({ hasText: 'at least 10 characters' }).waitFor();
    await christmas.getByLabel(/Why may the colleague see removal/).fill('Holidays are a known trigger for them; the day alone identifies no one.');
    await christmas.getByRole('button', { name: 'Show these words to the colleague' }).click();
    await pat.getByText(/is shown to the colleague now; your reason is recorded/).waitFor();
    await column(pat, 'What the colleague will read').getByText(/on Christmas Day that/).waitFor();
    await pat.getByRole('heading', { name: 'Shown after all' }).waitFor();

    await pat.getByLabel('Words to remove').fill('harbor bakery');
    await pat.getByRole('button', { name: 'Remove from the text' }).click();
    await pat.getByText('Removed. The colleague’s text is updated.').waitFor();
    const deid = await column(pat, 'What the colleague will read').innerText();
    assert.ok(!deid.includes('bakery'), deid);
    assert.match(await removal(pat, 'harbor bakery').innerText(), /\d+\. Your removal: “harbor bakery” → \[REDACTED\]/);
    assert.deepEqual(await seriousViolations(pat), []);
    await pat.screenshot({ path: shot('consultation-review'), fullPage: true });

    await pat.getByLabel('Words to remove').fill('not in the text at all');
    await pat.getByRole('button', { name: 'Remove from the text' }).click();
    await pat.locator('.field-error').filter({ hasText: 'not in the original' }).waitFor();
    await pat.getByLabel('Words to remove').fill('');
  });

  test('sending needs a colleague and the check; then the text is frozen', async () => {
    await pat.getByRole('button', { name: 'Send the de-identified text' }).click();
    await pat.locator('.field-error').filter({ hasText: 'Choose the colleague' }).waitFor();
    await pat.getByLabel('Colleague to ask').selectOption({ label: 'Sam Supervisor (your team)' });
    await pat.getByRole('button', { name: 'Send the de-identified text' }).click();
    await pat.locator('.field-error').filter({ hasText: 'tick the box' }).waitFor();
    await pat.getByLabel(/nothing in it identifies the person/).check();
    await pat.getByRole('button', { name: 'Send the de-identified text' }).click();
    await pat.getByText('Sent to Sam Supervisor. You will see their replies here.').waitFor();
    await pat.getByText('Sent, open for replies').first().waitFor();
    assert.equal(await pat.getByRole('button', { name: /Show after all/ }).count(), 0, 'no more changes once sent');
    assert.equal(await pat.getByLabel('Words to remove').count(), 0);
  });

  test('the colleague reads the de-identified text only — never the participant’s name — and replies', async () => {
    await sam.goto(w.base);
    await sam.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Consultations' }).click();
    await sam.getByRole('heading', { name: 'Consultations sent to you' }).waitFor();
    await sam.getByRole('link', { name: /From Pat Peer/ }).click();
    await sam.getByRole('heading', { name: 'Consultation from Pat Peer' }).waitFor();
    assert.equal(new URL(sam.url()).pathname, `/consultations/received/${consultationId}`);
    await sam.getByText(/on Christmas Day that their sponsor \[PERSON-2\]/).waitFor();
    const page = await sam.locator('body').innerText();
    for (const leak of IDENTIFYING) assert.ok(!page.includes(leak), `${leak} is on the colleague's page`);
    assert.ok(!page.includes('Original'), 'no original column for the colleague');
    assert.ok(!(await sam.content()).includes(w.ids.jordan), 'not even the participant’s id is in the page');

    await sam.getByRole('button', { name: 'Send the reply' }).click();
    await sam.locator('.field-error').filter({ hasText: 'Write your advice' }).waitFor();
    await sam.getByLabel('Your advice').fill(REPLY);
    await sam.getByRole('button', { name: 'Send the reply' }).click();
    await sam.getByText('Reply sent. Pat Peer has been told.').waitFor();
    await sam.getByRole('region', { name: /Replies \(1\)/ }).getByText(REPLY).waitFor();
    assert.deepEqual(await seriousViolations(sam), []);
    await sam.screenshot({ path: shot('consultation-received'), fullPage: true });
  });

  test('a peer on another caseload can open neither side of it', async () => {
    const { context, page } = await w.signedIn(w.accounts.robin);
    for (const path of [new URL(reviewUrl).pathname, `/consultations/received/${consultationId}`]) {
      await page.goto(`${w.base}${path}`);
      await page.getByRole('heading', { name: 'Consultation not available' }).waitFor();
      await page.getByText(/Only the colleague who asked for a consultation, and the colleague it was sent to, can open it/).waitFor();
    }
    await page.goto(`${w.base}/consultations`);
    await page.getByText('No consultations have been sent to you.').waitFor();
    const text = await page.locator('body').innerText();
    for (const leak of ['Jordan', 'Rivera', 'Christmas', 'sponsor']) assert.ok(!text.includes(leak), `${leak} shown to Robin`);
    await context.close();
  });

  test('the peer reads the reply in the thread and closes the consultation; the colleague can no longer reply', async () => {
    await pat.goto(reviewUrl);
    await pat.getByRole('heading', { name: 'Consultation', exact: true }).waitFor();
    const thread = pat.getByRole('region', { name: /Replies \(1\)/ });
    await thread.getByText(REPLY).waitFor();
    await thread.getByText('Sam Supervisor').waitFor();
    await pat.getByRole('button', { name: 'Close this consultation' }).click();
    await pat.getByRole('button', { name: 'Keep it open' }).click();
    await pat.getByRole('button', { name: 'Close this consultation' }).click();
    await pat.getByRole('button', { name: 'Yes, close it' }).click();
    await pat.getByText('Closed. The colleague can still read it but can no longer reply.').waitFor();
    await pat.getByRole('link', { name: 'Back to the participant’s consultations' }).click();
    const entry = pat.locator('.consultation-list li').filter({ hasText: 'you asked Sam Supervisor (supervisor)' });
    await entry.getByText('Closed', { exact: true }).waitFor();
    await entry.getByText('Advice on supporting them after their sponsor left').waitFor();

    await sam.reload();
    await sam.getByText('Pat Peer closed this consultation; it takes no more replies.').waitFor();
    assert.equal(await sam.getByRole('button', { name: 'Send the reply' }).count(), 0);
  });

  test('the privacy officer sees when, with whom and why Jordan was discussed, but cannot ask or open it', async () => {
    const { context, page } = await w.signedIn(w.accounts.privacy);
    await page.goto(`${w.base}/participants/${w.ids.jordan}/consultations`);
    const entry = page.locator('.consultation-list li').filter({ hasText: 'Pat Peer asked Sam Supervisor (supervisor)' });
    await entry.getByText('Advice on supporting them after their sponsor left').waitFor();
    assert.equal(await entry.getByRole('link').count(), 0, 'only the author opens a consultation');
    assert.equal(await page.getByRole('button', { name: 'Ask for a consultation' }).count(), 0);
    assert.equal(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Consultations' }).count(), 0, 'no inbox for a privacy officer');
    await context.close();
  });

  test('at tablet width the two texts stack and fit; at desktop width they sit side by side', async () => {
    const { context, page } = await w.signedIn(w.accounts.pat, { viewport: TABLET });
    for (const path of [new URL(reviewUrl).pathname, `/participants/${w.ids.jordan}/consultations`]) {
      await page.goto(`${w.base}${path}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.locator('.loading').first().waitFor({ state: 'detached' }).catch(() => {});
      const width = (await page.evaluate('document.documentElement.scrollWidth')) as number;
      assert.ok(width <= TABLET.width, `${path} is ${width} px wide`);
    }
    await page.goto(reviewUrl);
    await column(page, 'What the colleague read').waitFor();
    const box = async (p: Page, heading: string) => {
      const b = await column(p, heading).boundingBox();
      assert.ok(b, heading);
      return b;
    };
    const [o, d] = [await box(page, 'Original (only you see this)'), await box(page, 'What the colleague read')];
    assert.ok(d.y >= o.y + o.height, 'stacked on a tablet');
    await pat.goto(reviewUrl);
    const [od, dd] = [await box(pat, 'Original (only you see this)'), await box(pat, 'What the colleague read')];
    assert.ok(Math.abs(od.y - dd.y) < 2 && dd.x > od.x + od.width - 1, 'side by side on a desktop');
    for (const p of [pat, sam, page]) {
      const stored = (await p.evaluate('JSON.stringify(Object.entries(localStorage))')) as string;
      assert.doesNotMatch(stored, /Jordan|Rivera|Casey|sponsor|Christmas/i);
    }
    await context.close();
  });
});
