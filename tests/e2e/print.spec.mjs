// Print: the report written for print (ranking, weights, requirements, set apart, the top
// three and the compared in full), print() called, and the print stylesheet (the report
// alone on paper, an A4 PDF).

import { test, expect } from './fixtures.mjs';
import { en } from './cells.mjs';
import { SHARE_WORDS } from './pages/share-panel.mjs';

test('z. print: the report (ranking, weights, requirements, set apart, top 3 and compared in full), print() called, print styles', async ({ page, widget, report, share, data }) => {
  const nameOf = (id) => report.nameOf(id);
  // Headless Chromium's own print() returns at once but leaves the page "being printed",
  // which page.pdf() then refuses: count the calls instead.
  await page.addInitScript(() => {
    window.__printed = 0;
    window.print = () => { window.__printed += 1; };
  });
  await widget.open('#w=sov-3:80&f=eu-hq');
  const rows = await widget.readRows();
  const picks = [rows[6].id, rows[1].id];
  await report.compareSome(picks);
  const weights = await widget.sliderWeights();
  const today = await widget.today();
  const printed = share.report;
  await expect(printed, 'no printed report before "Print"').toHaveCount(0);

  await share.print.click();
  await expect.poll(() => page.evaluate(() => window.__printed), { message: 'window.print() is called once' }).toBe(1);
  expect(await printed.count(), 'the print slot holds the report when print() is called').toBe(1);
  // The text of the element after the report's h3 that says `heading`.
  const after = (heading) => printed.evaluate((article, h) => {
    const found = [...article.querySelectorAll('h3')].find((e) => e.textContent.trim() === h);
    return found?.nextElementSibling?.textContent.replace(/\s+/g, ' ').trim() ?? null;
  }, heading);
  // Not displayed on screen, the report is read through its markup (no roles reach it).
  await expect(printed.locator('h2'), 'the report title').toHaveText(SHARE_WORDS.printTitle);
  const made = `Made on ${today} with ${data.dataset.title}, version ${data.dataset.version} (${data.dataset.last_updated}).`;
  await expect(printed, 'the report says when and with what data it was made').toContainText(made);
  // The link is made from the state; the address bar follows it once the state has
  // stayed still (250 ms), and then they agree.
  await widget.expectHash(`#w=sov-3:80&f=eu-hq&s=${picks.join(',')}`);
  await expect(printed.locator('.ecc-print-link'), 'the report gives the page\'s link').toHaveText(page.url());
  expect(await after('Method'), 'the report names the method').toMatch(/^Weighted sum\./);
  const weightRows = await printed.locator('table.ecc-values').first().locator('tbody tr').evaluateAll(
    (trs) => trs.map((tr) => [tr.querySelector('th').textContent.trim(), tr.querySelector('td').textContent.trim()]));
  expect(weightRows, 'the weights table is the sliders\'').toEqual(data.criteria.map((c) => [en(c.label), String(weights[c.id])]));
  expect(await after('Requirements'), 'the requirements are listed').toBe('Headquarters in the EU');
  const ranking = await printed.locator('table.ecc-print-ranking tbody tr').evaluateAll(
    (trs) => trs.map((tr) => [...tr.children].slice(0, 4).map((c) => c.textContent.trim())));
  const expected = rows.map((r) => [r.rank, nameOf(r.id), data.providers.find((p) => p.id === r.id).country, r.score]);
  expect(ranking, 'the printed ranking is the page\'s').toEqual(expected);
  const apart = data.providers.filter((p) => !rows.some((r) => r.id === p.id)).map((p) => p.name);
  expect(apart.length, 'precondition: providers set apart').toBeGreaterThan(0);
  const apartShown = await printed.evaluate((article) => {
    const heading = [...article.querySelectorAll('h3')].find((h) => h.textContent.trim() === 'Set apart');
    return heading?.nextElementSibling ? [...heading.nextElementSibling.querySelectorAll('li > strong')].map((s) => s.textContent) : [];
  });
  expect(apartShown.sort(), 'set apart under "Set apart"').toEqual(apart.sort());
  const explained = [...rows.slice(0, 3).map((r) => r.id), ...picks.filter((id) => !rows.slice(0, 3).some((r) => r.id === id))];
  const sections = printed.locator('section.ecc-print-provider');
  expect(await sections.locator('h3:first-child').allTextContents(), 'explained in full').toEqual(explained.map(nameOf));
  for (const [i, id] of explained.entries()) {
    const section = sections.nth(i);
    await expect(section.locator('table.ecc-breakdown'), `${id}: a breakdown`).toHaveCount(1);
    const raw = data.providers.find((p) => p.id === id);
    const urls = Object.values(raw.values).flatMap((v) => (v.sources ?? []).map((src) => src.url));
    const links = await section.locator('table.ecc-values:not(.ecc-breakdown) ul.ecc-sources a[href]').evaluateAll(
      (as) => as.map((a) => a.getAttribute('href')));
    expect(links, `${id}: every value's sources (${urls.length})`).toEqual(urls);
  }

  // The print stylesheet: on screen the report stays out of sight; printed, it alone shows.
  await expect(printed, 'on screen, the printed report is not visible').toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(printed, 'printed, the report is visible').toBeVisible();
  for (const selector of ['section.ecc-controls', 'input[type=range]', 'section.ecc-share', 'table.ecc-ranking', 'section#ecc-side-by-side']) {
    await expect(page.locator(selector).filter({ visible: true }), `printed, no ${selector} is visible`).toHaveCount(0);
  }
  const pdf = await page.pdf({ format: 'A4' });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  expect(pdf.subarray(0, 5).toString() === '%PDF-' && pdf.length > 20000 && pages >= 2,
    `a PDF of the report: ${pdf.length} bytes, ${pages} pages`).toBe(true);
});
