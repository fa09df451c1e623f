import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { SKIP_WITHOUT_CHROMIUM, seriousViolations, shot, startWorld, TABLET, type World } from './support/world.ts';

/**
 * Printable reports of a participant's record in Chromium: the accounting of disclosures, the
 * access report, consents on file and the limits-of-confidentiality statement; their print
 * layout, the PDFs served inline, and who may open which.
 */
describe('printable reports in the browser', { skip: SKIP_WITHOUT_CHROMIUM }, () => {
  let w: World;
  let pat: Page;
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  const reportUrl = (id: string, kind: string) => `${w.base}/participants/${id}/reports/${kind}`;

  /** A call through the signed-in page's own cookie, with the CSRF token the session hands out. */
  const call = async (page: Page, method: 'GET' | 'POST', path: string, data?: unknown) => {
    const session = await page.request.get(`${w.base}/api/auth/session`);
    const csrf = ((await session.json()) as { csrfToken: string }).csrfToken;
    const r = await page.request.fetch(`${w.base}${path}`, { method, headers: { 'x-csrf-token': csrf }, ...(data === undefined ? {} : { data }) });
    assert.ok(r.ok(), `${method} ${path}: ${r.status()} ${await r.text()}`);
    return (await r.json()) as Record<string, unknown> & { id: string };
  };

  /** Waits for the report's heading and for every part of it to finish loading. */
  const openReport = async (page: Page, id: string, kind: string, title: string) => {
    await page.goto(reportUrl(id, kind));
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.locator('.loading').first().waitFor({ state: 'detached' });
  };

  /** In print media: the menu and the buttons are gone, the report is there. */
  const checkPrintLayout = async (page: Page, mustShow: string, screenshot?: string) => {
    await page.emulateMedia({ media: 'print' });
    if (screenshot) await page.screenshot({ path: shot(screenshot), fullPage: true });
    assert.equal(await page.locator('header.topbar').isVisible(), false, 'the menu bar is not printed');
    assert.equal(await page.getByRole('button', { name: 'Print' }).isVisible(), false, 'the Print button is not printed');
    assert.equal(await page.locator('.breadcrumb').isVisible(), false, 'the way back is not printed');
    assert.ok(await page.locator('article.report h1').isVisible(), 'the report title is printed');
    // The organization's name as set up in the seeded world (support/world.ts), not a placeholder.
    assert.equal(await page.locator('article.report .report-org').textContent(), 'Harbor Light (test) · confidential record', 'the header names the organization');
    assert.ok(await page.locator('article.report').getByText(mustShow).first().isVisible(), `${mustShow} is printed`);
    const colour = (await page.evaluate(`getComputedStyle(document.querySelector('article.report h1')).color`)) as string;
    assert.equal(colour, 'rgb(0, 0, 0)', 'black on white');
    const pdf = await page.pdf({ format: 'Letter' });
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
    assert.ok(pages >= 1, `the printed report has pages (${pages})`);
    await page.emulateMedia({ media: 'screen' });
    return pages;
  };

  before(async () => {
    w = await startWorld();
    pat = (await w.signedIn(w.accounts.pat)).page;
    await pat.goto(w.base);
    // Jordan: a consent, a disclosure that must be accounted for (a supervisor's override), and the signed statement.
    await call(pat, 'POST', `/api/participants/${w.ids.jordan}/consents`, {
      recipient: { person: { name: 'Dr. Imogen Kestrel', contact: 'fax 555-0100' }, organization: { name: 'Harbor Community Clinic' } },
      categories: ['attendance', 'recovery_plan'],
      purposes: ['care_coordination'],
      purposeDescription: 'So my therapist and my peer specialist can coordinate my care',
      expiry: { kind: 'date', on: day(365) },
      signature: { method: 'typed', signedOn: day(0), typedName: 'Jordan Rivera' },
      statements: { rightToRevoke: true, conditioning: true, redisclosure: true },
    });
    const decision = await call(pat, 'POST', `/api/participants/${w.ids.jordan}/disclosure-decisions`, {
      recipientType: 'employer',
      recipient: { organization: 'Acme Staffing' },
      purpose: 'employment',
      categories: ['attendance'],
    });
    const sam = (await w.signedIn(w.accounts.supervisor)).page;
    await sam.goto(w.base);
    await call(sam, 'POST', `/api/disclosure-decisions/${decision.id}/override`, { reason: 'Jordan asked us in person; the written release follows today.' });
    await sam.context().close();
    await call(pat, 'POST', `/api/disclosure-decisions/${decision.id}/disclosure`, {});
    const statements = (await (await pat.request.get(`${w.base}/api/statements`)).json()) as { version: string }[];
    const limits = statements.find((s) => s.version.startsWith('limits-of-confidentiality/'));
    assert.ok(limits, 'the server offers a limits-of-confidentiality statement');
    await call(pat, 'POST', `/api/participants/${w.ids.jordan}/acknowledgments`, { statementVersion: limits.version, signature: { method: 'typed', signedOn: day(0), typedName: 'Jordan Rivera' } });
  });
  after(async () => {
    await w?.stop();
  });

  test('a peer finds the reports in the record and prints the accounting of disclosures', async () => {
    await pat.goto(`${w.base}/participants/${w.ids.jordan}`);
    await pat.getByRole('navigation', { name: 'Sections of the record' }).getByRole('link', { name: 'Reports' }).click();
    await pat.getByRole('heading', { level: 2, name: 'Reports' }).waitFor();
    const offered = await pat.locator('.report-list h3').allInnerTexts();
    assert.deepEqual(offered, ['Accounting of disclosures', 'Consents on file', 'Limits of confidentiality'], 'the access report is the privacy officer’s');
    await pat.getByRole('link', { name: 'Accounting of disclosures' }).click();
    await pat.getByRole('heading', { level: 1, name: 'Accounting of disclosures' }).waitFor();
    await pat.locator('.loading').first().waitFor({ state: 'detached' });

    const report = pat.locator('article.report');
    await report.getByText('Jordan Rivera').waitFor();
    await report.getByText('Pat Peer, peer specialist').waitFor();
    await report.getByText(/six years before this report, since/).waitFor();
    await report.getByText(/three years before this report, since/).waitFor();
    const row = report.getByRole('row').filter({ hasText: 'Acme Staffing' });
    await row.waitFor();
    assert.match(await row.innerText(), /HIPAA/);
    assert.doesNotMatch(await pat.title(), /Jordan|Rivera/, 'the name is not in the tab title');
    await pat.screenshot({ path: shot('report-accounting'), fullPage: true });

    await checkPrintLayout(pat, 'Acme Staffing', 'report-accounting-print');
    // Page numbers come from @page margin boxes; this Chromium must understand them.
    const marginBoxes = (await pat.evaluate(`(() => {
      const found = [];
      const walk = (rules) => { for (const r of rules) { if (r.cssRules) walk(r.cssRules); if (r.constructor.name === 'CSSMarginRule') found.push(r.name + ' ' + r.style.content); } };
      for (const s of document.styleSheets) walk(s.cssRules);
      return found;
    })()`)) as string[];
    assert.ok(
      marginBoxes.some((m) => m.startsWith('bottom-right') && m.includes('counter(page)') && m.includes('counter(pages)')),
      `page numbers in a margin box: ${JSON.stringify(marginBoxes)}`,
    );
  });

  test('the accounting PDF opens in the browser, and downloads when asked', async () => {
    const view = await pat.request.get(`${w.base}/api/participants/${w.ids.jordan}/accounting/pdf`);
    assert.equal(view.status(), 200);
    assert.equal(view.headers()['content-type'], 'application/pdf');
    assert.match(view.headers()['content-disposition'] ?? '', /^inline;/);
    assert.equal((await view.body()).subarray(0, 5).toString('latin1'), '%PDF-');

    await openReport(pat, w.ids.jordan, 'accounting', 'Accounting of disclosures');
    assert.equal(await pat.getByRole('link', { name: 'Open the PDF (new tab)' }).getAttribute('target'), '_blank');
    const [download] = await Promise.all([pat.waitForEvent('download'), pat.getByRole('link', { name: 'Download PDF' }).click()]);
    assert.equal(download.suggestedFilename(), 'accounting-of-disclosures.pdf');
    const saved = await pat.request.get(`${w.base}/api/participants/${w.ids.jordan}/accounting/pdf?download=true`);
    assert.match(saved.headers()['content-disposition'] ?? '', /^attachment;/);
  });

  test('consents on file and the limits statement print with what the participant signed', async () => {
    await openReport(pat, w.ids.jordan, 'consents', 'Consents on file');
    const consent = pat.locator('li.report-consent').filter({ hasText: 'Harbor Community Clinic' });
    await consent.getByText('Attendance, Recovery plan').waitFor();
    await consent.getByText('(Active)').waitFor();
    const form = await pat.request.get(`${w.base}${await consent.getByRole('link', { name: /Download the signed form/ }).getAttribute('href')}`);
    assert.match(form.headers()['content-disposition'] ?? '', /^attachment; filename="consent.pdf"/);
    const inline = await pat.request.get(`${w.base}/api/consents/${new URL(form.url()).pathname.split('/')[3]}/pdf`);
    assert.match(inline.headers()['content-disposition'] ?? '', /^inline;/, 'the consent PDF previews in the browser by default');
    await checkPrintLayout(pat, 'Harbor Community Clinic');

    await openReport(pat, w.ids.jordan, 'limits', 'Limits of confidentiality');
    await pat.getByText(/^The participant signed this version, limits-of-confidentiality\//).waitFor();
    assert.equal(await pat.locator('.signature-lines').count(), 0, 'no lines to sign once signed');

    // Taylor has signed nothing: the printout carries lines to sign.
    await openReport(pat, w.ids.taylor, 'limits', 'Limits of confidentiality');
    await pat.getByText('The participant has not signed this statement yet.').waitFor();
    await pat.screenshot({ path: shot('report-limits'), fullPage: true });
    const pages = await checkPrintLayout(pat, 'Participant’s signature');
    assert.ok(pages >= 1);
  });

  test('the privacy officer prints the access report; peers cannot, and another caseload shows nothing', async () => {
    const { context, page } = await w.signedIn(w.accounts.privacy);
    await page.goto(`${w.base}/participants/${w.ids.jordan}/reports`);
    await page.getByRole('heading', { level: 2, name: 'Reports' }).waitFor();
    assert.deepEqual(await page.locator('.report-list h3').allInnerTexts(), ['Accounting of disclosures', 'Access report']);
    await page.getByRole('link', { name: 'Access report' }).click();
    await page.getByRole('heading', { level: 1, name: 'Access report' }).waitFor();
    await page.locator('.loading').first().waitFor({ state: 'detached' });
    const rows = page.locator('article.report tbody tr');
    const patRow = rows.filter({ hasText: 'Pat Peer' }).filter({ hasText: 'Wrote a note' });
    await patRow.first().waitFor();
    // One disclosure and one override were made: the access check and the act are one row each.
    assert.equal(await rows.filter({ hasText: 'Shared information outside the program' }).count(), 1);
    assert.equal(await rows.filter({ hasText: 'Sam Supervisor' }).filter({ hasText: 'Decided as supervisor to share despite a refusal' }).count(), 1);
    await rows.filter({ hasText: 'Sam Supervisor' }).filter({ hasText: 'Supervision' }).first().waitFor();
    await page.locator('article.report').getByText('Morgan Privacy, privacy officer').waitFor();
    await page.screenshot({ path: shot('report-access'), fullPage: true });
    await checkPrintLayout(page, 'Pat Peer');
    await context.close();

    // A peer on the caseload: no access report offered, and its address opens nothing.
    await pat.goto(reportUrl(w.ids.jordan, 'access'));
    await pat.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    const refused = await pat.request.get(`${w.base}/api/participants/${w.ids.jordan}/access-report`);
    assert.equal(refused.status(), 404);

    // A peer from another team sees no report of Jordan, and not even the name.
    const drew = await w.signedIn(w.accounts.drew);
    for (const kind of ['accounting', 'consents', 'limits']) {
      await drew.page.goto(reportUrl(w.ids.jordan, kind));
      await drew.page.getByRole('heading', { level: 1, name: 'Report not available' }).waitFor();
      assert.doesNotMatch(await drew.page.locator('body').innerText(), /Jordan|Rivera|Acme|Kestrel/);
    }
    const pdf = await drew.page.request.get(`${w.base}/api/participants/${w.ids.jordan}/accounting/pdf`);
    assert.equal(pdf.status(), 404);
    await drew.context.close();
  });

  test('reports pass axe and fit a tablet', async () => {
    const privacy = await w.signedIn(w.accounts.privacy, { bypassCSP: true });
    const peer = await w.signedIn(w.accounts.pat, { bypassCSP: true, viewport: TABLET });
    const pages: [Page, string, string, string][] = [
      [peer.page, 'accounting', 'Accounting of disclosures', w.ids.jordan],
      [peer.page, 'consents', 'Consents on file', w.ids.jordan],
      [peer.page, 'limits', 'Limits of confidentiality', w.ids.taylor],
      [privacy.page, 'access', 'Access report', w.ids.jordan],
    ];
    for (const [page, kind, title, id] of pages) {
      await openReport(page, id, kind, title);
      assert.deepEqual(await seriousViolations(page), [], kind);
      if (page === peer.page) {
        const width = (await page.evaluate('document.documentElement.scrollWidth')) as number;
        assert.ok(width <= TABLET.width, `${kind} is ${width} px wide at tablet width`);
      }
    }
    await peer.page.goto(`${w.base}/participants/${w.ids.jordan}/reports`);
    await peer.page.getByRole('heading', { level: 2, name: 'Reports' }).waitFor();
    assert.deepEqual(await seriousViolations(peer.page), []);
    await privacy.context.close();
    await peer.context.close();
  });
});
