// A provider in full (the report module, downloaded on first use): facts, certifications,
// the score breakdown, every value with its sources and dates, missing values marked, and
// "Contest this value" links.

import { test, expect } from './fixtures.mjs';
import { rank, weightsWith } from './engine.mjs';
import { readTable, bodyRows, REPORT_WORDS } from './pages/report-panels.mjs';
import { en, expectedCell, cellDiff } from './cells.mjs';

const REPORT_FILES = /\/eurocloud-report[^/]*$/;

test('l. a provider opens with its facts, every value with source links and dates, missing values marked', async ({ widget, report, model, data, axe }) => {
  const { details } = report;
  await widget.open();
  const provider = model.providers.find((p) => p.id === 'ovhcloud') ?? model.providers[0];
  const raw = data.providers.find((p) => p.id === provider.id);
  const button = widget.openButton(raw.name);
  await expect(button, 'closed at first').toHaveAttribute('aria-expanded', 'false');
  await button.click();
  const detail = details.region(raw.name);
  await expect(detail).toBeVisible();
  await expect(button, 'the button says the details are open').toHaveAttribute('aria-expanded', 'true');
  await expect(detail, 'the details name the provider').toContainText(raw.name);
  await expect(details.valueRows(raw.name), 'one row per criterion').toHaveCount(Object.keys(raw.values).length);
  const text = await detail.textContent();
  for (const [id, value] of Object.entries(raw.values)) {
    for (const source of value.sources ?? []) {
      // The link's name is the source's title: its address is what is checked.
      expect(await detail.getByRole('link').and(detail.locator(`[href="${source.url}"]`)).count(),
        `${id}: a link to ${source.url}`).toBeGreaterThan(0);
      expect(text, `${id}: the date ${source.date}`).toContain(`(${source.date})`);
    }
  }
  const missing = Object.values(raw.values).filter((v) => v.value === null).length;
  await expect(details.missingMarks, `${missing} values marked missing`).toHaveCount(missing);
  // A known value whose newest source is more than 18 whole months before today says so
  // (a source's missing month or day counts as the first).
  const parse = (t) => { const [y, m = 0, d = 0] = t.split('-').map(Number); return { y, m, d }; };
  const after = (a, b) => a.y - b.y || a.m - b.m || a.d - b.d;
  const months = (from, to) => (to.y * 12 + (to.m || 1)) - (from.y * 12 + (from.m || 1)) - ((to.d || 1) < (from.d || 1) ? 1 : 0);
  const today = parse(await widget.today());
  const stale = Object.values(raw.values)
    .filter((v) => v.value !== null && (v.sources ?? []).length > 0)
    .filter((v) => months(v.sources.map((s) => parse(s.date)).sort(after).at(-1), today) > 18);
  await expect(details.staleMarks, `${stale.length} values marked as resting on old evidence`).toHaveCount(stale.length);
  await axe.expectNoViolations('the provider details');
  await details.close.click();
  await expect(details.section, 'the details close').toHaveCount(0);
  await expect(button, 'focus goes back to the name that opened the details').toBeFocused();
});

test('r. the report module comes on first use: not at load, "Loading…" meanwhile, then a provider in full', async ({ page, widget, report, server, model, data, reportWasm }) => {
  const { details } = report;
  // A provider with missing values, certifications and sources: every part of the view.
  const raw = data.providers.find((p) => Object.values(p.values).some((v) => v.value === null)
    && (p.certifications ?? []).length > 0);
  expect(raw, 'precondition: a provider with missing values and certifications').toBeTruthy();
  const reportRequests = [];
  page.on('request', (r) => {
    if (REPORT_FILES.test(new URL(r.url()).pathname)) reportRequests.push(r.url());
  });
  const release = server.hold(reportWasm);
  await widget.open();
  await widget.setWeight('sov-3', 60);
  const weights = weightsWith(model, { 'sov-3': 60 });
  await widget.expectRanking(rank(model, weights));
  expect(reportRequests, 'the first load and a weight change should not download the report module').toEqual([]);

  const open = widget.openButton(raw.name);
  await open.click();
  await expect(details.loading, 'while the report module downloads, the details slot').toHaveText(REPORT_WORDS.loading);
  await expect.poll(() => reportRequests.some((u) => u.endsWith(reportWasm)),
    { message: 'opening a provider should download the report module' }).toBe(true);
  await widget.expectHash(`#w=sov-3:60&p=${raw.id}`);
  release();

  const detail = details.region(raw.name);
  await expect(detail).toBeVisible();
  await expect(details.loading, '"Loading…" goes once the details are shown').toHaveCount(0);
  await expect(details.heading, 'the heading of the details').toHaveText(raw.name);
  await expect(open, 'the name button says the details are open').toHaveAttribute('aria-expanded', 'true');

  // Facts.
  await expect(details.facts, 'the facts give the owner').toContainText(raw.owner.name);
  await expect(details.facts, 'the facts give the headquarters').toContainText(raw.country);
  // Certifications: one item per certification, with its scope.
  const certs = await details.listAfter('Certifications');
  expect(certs?.length, `one item per certification under "Certifications": ${JSON.stringify(certs)}`)
    .toBe(raw.certifications.length);
  raw.certifications.forEach((c, i) => expect(certs[i], `certification ${i} gives its scope`).toContain(c.scope));

  // The breakdown: a chart and its table, one row per weighted criterion, adding up to
  // the row's score.
  await expect(details.chart, 'a chart').toHaveCount(1);
  await expect(details.chart, 'the chart is hidden from assistive technology').toHaveAttribute('aria-hidden', 'true');
  const weighted = model.criteria.filter((c) => weights[c.id] > 0);
  await expect(bodyRows(page, details.breakdown), 'one breakdown row per weighted criterion')
    .toHaveCount(weighted.length);
  const score = await widget.row(raw.id).getAttribute('data-score');
  await expect(details.breakdown.getByRole('caption'), `the breakdown's caption gives the score ${score}`)
    .toContainText(`${raw.name} (${score} in all)`);

  // Every value: level and meaning from the rubric, or missing; its sources with dates.
  const rows = await readTable(details.values(raw.name));
  expect(rows, 'one value row per criterion').toHaveLength(data.criteria.length);
  for (const [i, criterion] of data.criteria.entries()) {
    const row = rows[i];
    expect(row.head, `row ${i}`).toBe(en(criterion.label));
    expect(cellDiff(row.cells[0], expectedCell(model, criterion, raw.id)), `${raw.id}, ${criterion.id}`).toBeNull();
    const { sources } = row.cells[1];
    const expected = raw.values[criterion.id]?.sources ?? [];
    expect(sources.length, `${criterion.id}: ${expected.length} sources`).toBe(expected.length);
    expected.forEach((s, k) => {
      expect(sources[k].href, `${criterion.id}: source ${k} links to ${s.url}`).toBe(s.url);
      expect(sources[k].text.endsWith(`(${s.date})`),
        `${criterion.id}: source ${k} ends with its date (${s.date}): ${sources[k].text}`).toBe(true);
    });
  }
  await expect(details.missingMarks, 'every missing value is marked')
    .toHaveCount(Object.values(model.providers.find((p) => p.id === raw.id).values).filter((v) => v === null).length);
  // The bundled file's contact is plain text: nothing to contest a value with.
  expect(data.dataset.contact, 'precondition: the bundled contact is plain text').not.toMatch(/^(mailto:|https?:)/);
  await expect(details.contestLinks, 'no "Contest this value" link for a plain-text contact').toHaveCount(0);

  await details.close.click();
  await expect(details.section, 'Close removes the details').toHaveCount(0);
  await expect(open, 'focus goes back to the name that opened the details').toBeFocused();
  await widget.expectHash('#w=sov-3:60');
});

test('t. "Contest this value" links, only for a mailto: or web contact, name the provider and criterion', async ({ page, widget, report, server, data }) => {
  const { details } = report;
  const provider = data.providers[2];
  data.dataset.contact = 'mailto:data@example.org';
  server.override('/providers.json', { body: JSON.stringify(data) });
  await widget.open(`#p=${provider.id}`);
  const rows = details.valueRows(provider.name);
  await expect(rows, 'one row per criterion').toHaveCount(data.criteria.length);
  for (const [i, criterion] of data.criteria.entries()) {
    // One link that says "Contest this value" in each row.
    const links = rows.nth(i).getByRole('link', { name: 'Contest this value', exact: true });
    await expect(links, `${criterion.id}: one "Contest this value" link`).toHaveCount(1);
    const href = await links.getAttribute('href');
    const [address, query] = href.split('?');
    expect(address, `${criterion.id}: mails the contact: ${href}`).toBe('mailto:data@example.org');
    const subject = new URLSearchParams(query ?? '').get('subject') ?? '';
    expect(query?.startsWith('subject=') && subject.includes(provider.name) && subject.includes(en(criterion.label)),
      `${criterion.id}: the subject names ${provider.name} and ${en(criterion.label)}: ${JSON.stringify(subject)} (${href})`)
      .toBe(true);
  }
  // A web page as contact: the link is that page.
  data.dataset.contact = 'https://example.org/contest';
  server.override('/providers.json', { body: JSON.stringify(data) });
  await page.reload();
  await expect(details.contestLinks, 'one link per value').toHaveCount(data.criteria.length);
  const hrefs = await details.contestLinks.evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(hrefs.every((h) => h === 'https://example.org/contest'),
    `every value links to the contact page: ${JSON.stringify(hrefs)}`).toBe(true);
});
