import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { SKIP_WITHOUT_CHROMIUM, seriousViolations, shot, startWorld, TABLET, type World } from './support/world.ts';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
/** "Dec 3": how an en-US browser (the test contexts' locale) writes a calendar date. */
const short = (isoDate: string) => new Date(`${isoDate}T12:00:00Z`).toLocaleDateString('en-US', { day: 'numeric', month: 'short', timeZone: 'UTC' });

/**
 * Writes through the public API as the page's signed-in user (the session cookie of its browser
 * context, and the CSRF token the session read hands out), to set the scene quickly.
 */
async function apiAs(page: Page, base: string) {
  const session = await page.request.get(`${base}/api/auth/session`);
  assert.equal(session.status(), 200, await session.text());
  const csrf = ((await session.json()) as { csrfToken: string }).csrfToken;
  return async (url: string, body: unknown): Promise<{ id: string }> => {
    const r = await page.request.post(`${base}${url}`, { data: body, headers: { 'x-csrf-token': csrf } });
    assert.ok(r.status() === 200 || r.status() === 201, `${url}: ${r.status()} ${await r.text()}`);
    return (await r.json()) as { id: string };
  };
}

/** The caseload in Chromium: what needs attention, who is (not) listed, and enrolling someone. */
describe('caseload: what needs attention, and enrolling', { skip: SKIP_WITHOUT_CHROMIUM }, () => {
  let w: World;
  let pat: Page;
  let sam: Page;
  before(async () => {
    w = await startWorld();
    // axe-core is injected inline, which the CSP refuses: these contexts bypass it for the checks.
    pat = (await w.signedIn(w.accounts.pat, { bypassCSP: true })).page;
    sam = (await w.signedIn(w.accounts.supervisor, { bypassCSP: true })).page;
    const robin = (await w.signedIn(w.accounts.robin)).page;
    await pat.goto(w.base);
    await robin.goto(w.base);
    const asPat = await apiAs(pat, w.base);
    const asRobin = await apiAs(robin, w.base);

    // Jordan: a high safety event open, and the limits statement not signed.
    await asPat(`/api/participants/${w.ids.jordan}/safety-events`, { urgency: 'high', categories: ['self_harm'], report: 'Said things have felt pointless since the layoff.' });
    // Taylor: the statement signed, a consent ending in 10 days, and a closed event whose follow-up is today.
    await asPat(`/api/participants/${w.ids.taylor}/acknowledgments`, {
      statementVersion: 'limits-of-confidentiality/en/2026-11-v1',
      signature: { method: 'typed', signedOn: day(0), typedName: 'Taylor Nguyen' },
    });
    await asPat(`/api/participants/${w.ids.taylor}/consents`, {
      recipient: { person: { name: 'Dr. Ada Quill' }, organization: { name: 'Harbour Clinic' } },
      categories: ['attendance'],
      purposes: ['care_coordination'],
      purposeDescription: 'So the clinic and Pat can coordinate care',
      expiry: { kind: 'date', on: day(10) },
      signature: { method: 'typed', signedOn: day(-20), typedName: 'Taylor Nguyen' },
      statements: { rightToRevoke: true, conditioning: true, redisclosure: true },
    });
    const event = await asPat(`/api/participants/${w.ids.taylor}/safety-events`, { urgency: 'moderate', categories: ['self_harm'], report: 'Worried after a hard week.' });
    for (const step of [
      { step: 'listen', details: 'Listened for an hour.' },
      { step: 'inform_participant', participantTold: true, details: 'Told her my supervisor would hear of it.' },
      { step: 'notify_supervisor' },
      { step: 'closed', outcome: 'safe_with_plan', followUpOn: day(0) },
    ]) {
      await asPat(`/api/safety-events/${event.id}/steps`, step);
    }
    // Quentin, on Robin's caseload in the same team: danger now. Pat must never see him; Sam, first.
    await asRobin(`/api/participants/${w.ids.morgan}/safety-events`, { urgency: 'imminent', categories: ['self_harm'], report: 'Has a plan for tonight.' });
    await robin.context().close();
  });
  after(async () => {
    await w?.stop();
  });

  const attentionList = (page: Page) => page.getByRole('region', { name: 'Needs attention' }).getByRole('listitem').filter({ has: page.locator('.participant-link') });
  const rowOf = (page: Page, name: RegExp) => attentionList(page).filter({ has: page.getByRole('link', { name }) });

  test('each reason shows as a badge in words, most pressing first, and links to the right section', async () => {
    await pat.goto(w.base);
    await pat.getByRole('heading', { name: 'Needs attention' }).waitFor();
    await pat.getByText('2 of your 2 participants need attention, most pressing first.', { exact: false }).waitFor();
    // A high safety event outranks a follow-up due today.
    assert.deepEqual(await attentionList(pat).locator('.participant-name').allInnerTexts(), ['Jordan Rivera', 'Tay Nguyen']);

    const jordan = rowOf(pat, /Jordan Rivera/);
    const taylor = rowOf(pat, /Tay Nguyen/);
    // The words carry the meaning; a symbol and a spoken urgency word come with the colour.
    const spoken = (row: ReturnType<typeof rowOf>) =>
      row
        .getByRole('list', { name: 'Needs attention' })
        .getByRole('link')
        // In the page: the text a screen reader reads (symbols and the privacy screen's masks left out).
        .evaluateAll((links) => links.map((a) => {
          const copy = a.cloneNode(true) as typeof a;
          for (const hidden of copy.querySelectorAll('[aria-hidden="true"], .pk-private__mask')) hidden.remove();
          return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
        }));
    assert.deepEqual(await spoken(jordan), ['Urgent: Safety event open — high', 'Soon: Hasn’t signed the limits statement']);
    assert.deepEqual(await spoken(taylor), ['Soon: Follow-up due today', `To plan: Consent to Dr. Ada Quill at Harbour Clinic expires ${short(day(10))}`]);
    assert.deepEqual(await jordan.locator('.attention-symbol').allTextContents(), ['⚠', '!']);
    assert.deepEqual(await taylor.locator('.attention-symbol').allTextContents(), ['!', 'i']);
    // The visually hidden urgency word is not the only cue either: the badge text reads alone.
    assert.match(await jordan.getByRole('link', { name: 'Urgent: Safety event open — high' }).innerText(), /Safety event open — high/);

    assert.deepEqual(await seriousViolations(pat), []);
    await pat.screenshot({ path: shot('caseload-attention'), fullPage: true });

    const follow = async (row: ReturnType<typeof rowOf>, badge: RegExp, path: string, section: string) => {
      await row.getByRole('link', { name: badge }).click();
      await pat.getByRole('heading', { name: section, level: 2 }).waitFor();
      assert.ok(new URL(pat.url()).pathname.endsWith(path), `${badge} leads to ${path}, not ${pat.url()}`);
      await pat.goBack();
      await pat.getByRole('heading', { name: 'Needs attention' }).waitFor();
    };
    await follow(jordan, /Safety event open/, `/participants/${w.ids.jordan}/safety`, 'Safety');
    await follow(jordan, /limits statement/, `/participants/${w.ids.jordan}/limits`, 'Limits of confidentiality');
    await follow(taylor, /Follow-up due today/, `/participants/${w.ids.taylor}/safety`, 'Safety');
    await follow(taylor, /Consent to/, `/participants/${w.ids.taylor}/consents`, 'Consents');

    // A search by name shows the same badges beside the person found.
    await pat.getByLabel('Find a participant by name').fill('Rivera');
    await pat.getByRole('button', { name: 'Search' }).click();
    const results = pat.getByRole('region', { name: '1 found for your search' });
    await results.getByRole('link', { name: 'Urgent: Safety event open — high' }).waitFor();
  });

  test('the privacy screen hides the consent recipient’s name in the badge too', async () => {
    await pat.goto(w.base);
    // Located by class: under the privacy screen the participants' names (and so the rows' names) are masked.
    const badge = pat.locator('.attention-badge').filter({ hasText: 'Consent to' });
    await badge.waitFor();
    await pat.getByRole('button', { name: /Privacy screen/ }).click();
    await pat.mouse.move(0, 0);
    assert.doesNotMatch(await badge.innerText(), /Ada Quill/);
    await pat.getByRole('button', { name: /Privacy screen/ }).click();
    assert.match(await badge.innerText(), /Ada Quill/);
  });

  test('a peer sees no other caseload’s participant; the supervisor sees the team’s, most urgent first', async () => {
    await pat.goto(w.base);
    await pat.getByRole('heading', { name: 'Needs attention' }).waitFor();
    await rowOf(pat, /Jordan Rivera/).waitFor();
    const text = (await pat.locator('main').innerText()) ?? '';
    assert.doesNotMatch(text, /Quentin|Blackwood|Avery|Lindqvist|imminent/i);

    await sam.goto(w.base);
    await sam.getByRole('heading', { name: 'My team’s participants' }).waitFor();
    await sam.getByRole('heading', { name: 'Needs attention' }).waitFor();
    assert.deepEqual(await attentionList(sam).locator('.participant-name').allInnerTexts(), ['Quentin Blackwood', 'Jordan Rivera', 'Tay Nguyen']);
    await rowOf(sam, /Quentin Blackwood/).getByRole('link', { name: 'Urgent: Safety event open — imminent danger' }).waitFor();
    assert.doesNotMatch((await sam.locator('main').innerText()) ?? '', /Avery|Lindqvist/, 'another team’s participant is not listed');
    assert.deepEqual(await seriousViolations(sam), []);
  });

  test('at tablet width the badges wrap inside the page and pass the checks', async () => {
    const { context, page } = await w.signedIn(w.accounts.pat, { viewport: TABLET, bypassCSP: true });
    await page.goto(w.base);
    await rowOf(page, /Tay Nguyen/).getByRole('link', { name: /Consent to/ }).waitFor();
    const overflow = (await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth')) as number;
    assert.equal(overflow, 0, 'no sideways scrolling');
    assert.deepEqual(await seriousViolations(page), []);
    await context.close();
  });

  test('enrolling: field errors in words, then the record opens at the limits-of-confidentiality step', async () => {
    await pat.goto(w.base);
    await pat.getByRole('button', { name: 'Enrol a participant' }).click();
    const form = pat.getByRole('form', { name: 'Enrol a participant' });
    await form.getByRole('button', { name: 'Enrol and continue' }).click();
    await form.getByRole('alert').filter({ hasText: 'Some details need fixing' }).waitFor();
    await form.locator('.field-error').filter({ hasText: 'Enter the participant’s first name' }).waitFor();
    assert.equal(await pat.evaluate('document.activeElement?.getAttribute("name")'), 'givenName', 'the first field to fix has the focus');

    await form.getByLabel('First name').fill('Rowan');
    await form.getByLabel('Last name (optional)').fill('Ashby');
    await form.getByLabel('Preferred name (optional)').fill('Ro');
    await form.getByLabel('Pronouns (optional)').fill('they/them');
    await form.getByLabel('Date of birth (optional)').fill(day(30));
    await form.getByLabel('Phone (optional)', { exact: true }).first().fill('12');
    await form.getByRole('button', { name: 'Add a contact' }).click();
    const contact = form.getByRole('group', { name: 'Contact 1' });
    await contact.getByLabel('Phone (optional)').fill('555-0190');
    await form.getByRole('button', { name: 'Enrol and continue' }).click();
    await form.locator('.field-error').filter({ hasText: 'The date of birth cannot be in the future' }).waitFor();
    await form.locator('.field-error').filter({ hasText: 'Enter a phone number with at least 7 digits' }).waitFor();
    await contact.locator('.field-error').filter({ hasText: 'Enter the contact’s name, or remove this contact.' }).waitFor();
    assert.deepEqual(await seriousViolations(pat), [], 'the form with its errors');

    await form.getByLabel('Date of birth (optional)').fill('1994-06-30');
    await form.getByLabel('Phone (optional)', { exact: true }).first().fill('555-0131');
    await contact.getByLabel('Kind').selectOption('sponsor');
    await contact.getByLabel('Name').fill('Marlowe Finch');
    await form.getByRole('button', { name: 'Enrol and continue' }).click();

    await pat.getByRole('heading', { name: 'Ro Ashby' }).waitFor();
    await pat.getByRole('heading', { name: 'Limits of confidentiality', level: 2 }).waitFor();
    assert.match(new URL(pat.url()).pathname, /^\/participants\/[0-9a-f-]{36}\/limits$/, 'only an id in the address');
    await pat.getByText('Enrolled. Before anything else, go over what stays private').waitFor();
    await pat.getByRole('heading', { name: 'What stays private, and when we might have to share' }).waitFor();
    assert.deepEqual(await seriousViolations(pat), [], 'the limits step');

    await pat.getByRole('button', { name: 'Record the signed statement' }).click();
    await pat.locator('.field-error').filter({ hasText: 'Go over the statement with the participant first' }).waitFor();
    await pat.getByLabel('I went over each part with the participant').check();
    await pat.getByRole('button', { name: 'Record the signed statement' }).click();
    await pat.locator('.field-error').filter({ hasText: 'Ask the participant to type their name' }).waitFor();
    await pat.getByLabel('Name typed by the participant').fill('Rowan Ashby');
    await pat.getByRole('button', { name: 'Record the signed statement' }).click();
    await pat.getByText('Recorded: the statement was explained and signed.').waitFor();
    await pat.getByText(/Signed on .* \(typed signature\), for the current statement\./).waitFor();

    // What was saved is what the server returns: the profile, the contact, and nothing left to do.
    await pat.getByRole('link', { name: 'Identity and contacts' }).click();
    await pat.getByText('Marlowe Finch').waitFor();
    await pat.getByText('555-0131').waitFor();
    await pat.getByRole('link', { name: 'Caseload', exact: true }).first().click();
    await pat.getByRole('region', { name: 'Everyone else' }).getByRole('link', { name: /Ro Ashby/ }).waitFor();
    assert.equal(await attentionList(pat).filter({ hasText: 'Ro Ashby' }).count(), 0, 'signed, so nothing needs attention');
  });
});
