// End-to-end tests of the report module (a provider in full, providers side by side, the
// exports, the printed report) and of what came with it: `s=` and `p=` in the link, copying
// the link, loading a scenario back, the row animation. Registered by run.mjs, which runs
// them with the rest of the suite.

import { readdirSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { test, poll, check } from './harness.mjs';
import { rank, weightsWith } from './engine.mjs';
import {
  ROW, suite, slider, announcer, openWidget, openFresh, readRows, readData, expectRanking,
  expectHash, expectWeights, expectTextOf, expectNoAxeViolations, browserToday, downloadFrom, DIST,
} from './helpers.mjs';

// The widget's words these tests look for (English catalogue).
const TEXT = {
  reportLoading: 'Loading…',
  pickMore: 'Tick “Compare” on at least two providers of the ranking to see them side by side.',
  setApart: 'set apart by a requirement',
  linkCopied: 'The link to this ranking, with your weights and choices, is copied.',
  scenarioLoaded: 'The scenario is loaded.',
  scenarioRefused: 'The scenario file was not loaded.',
  printTitle: 'EuroCloud Compare: ranking report',
};

const REPORT_FILES = /\/eurocloud-report[^/]*$/;
// The report module's wasm, whose name the release build gives a hash of its contents.
const REPORT_WASM = `/${readdirSync(DIST).find((n) => /^eurocloud-report(-[0-9a-f]+)?_bg\.wasm$/.test(n))}`;
const en = (text) => (typeof text === 'string' ? text : text?.en);
const nameOf = (id) => suite.model.providers.find((p) => p.id === id).name;
const checkbox = (page, id) => page.locator(`input#ecc-compare-${id}`);
const compareTable = (page) => page.locator('section#ecc-side-by-side table.ecc-compared');

/**
 * What a value cell should show for `providerId` on `criterion` (of the raw data file):
 * missing, a level's label and meaning, or a number with its unit. Missing follows the
 * model (null, outside the scale, or unsourced).
 */
function expectedCell(criterion, providerId) {
  const v = suite.model.providers.find((p) => p.id === providerId).values[criterion.id];
  if (v === null) return { missing: true };
  const level = (criterion.scale.levels ?? []).find((l) => l.value === v);
  if (level) return { label: en(level.label), meaning: en(level.description) };
  return { plain: `${v}${criterion.unit ? ` ${en(criterion.unit)}` : ''}` };
}

/**
 * A table's body rows as the page shows them, read at once: each row's header, and each
 * cell's level (in <strong>), whether it is marked missing, the level's meaning, its
 * sources (link and the text after it) and whole text.
 */
const readTable = (table) => table.evaluate((el) => [...el.tBodies[0].rows].map((tr) => ({
  head: tr.querySelector('th')?.textContent.replace(/\s+/g, ' ').trim(),
  cells: [...tr.querySelectorAll('td')].map((td) => ({
    strong: td.querySelector('strong')?.textContent.trim(),
    missing: td.querySelector('strong.ecc-missing-value') !== null,
    meaning: td.querySelector('span.ecc-level-meaning')?.textContent.trim(),
    sources: [...td.querySelectorAll('ul.ecc-sources > li')].map((li) => ({
      href: li.querySelector('a[href]')?.getAttribute('href'),
      text: li.textContent.replace(/\s+/g, ' ').trim(),
    })),
    text: td.textContent.replace(/\s+/g, ' ').trim(),
  })),
})));

/** A description of how a value cell differs from `expectedCell`; null if it does not. */
function cellDiff(cell, expected) {
  if (expected.missing) {
    return cell.missing && cell.strong === 'Missing' ? null : `expected "Missing" (strong.ecc-missing-value), got ${JSON.stringify(cell)}`;
  }
  if (cell.missing) return `marked missing, expected ${JSON.stringify(expected)}`;
  if (expected.plain) return cell.text.startsWith(expected.plain) ? null : `expected ${expected.plain}, got ${cell.text}`;
  if (cell.strong !== expected.label) return `level ${JSON.stringify(cell.strong)}, expected ${JSON.stringify(expected.label)}`;
  if (cell.meaning !== expected.meaning) return `meaning ${JSON.stringify(cell.meaning)}, expected ${JSON.stringify(expected.meaning)}`;
  return null;
}

/**
 * Ticks (or unticks) the "Compare" box of a provider and waits until it shows so. It clicks
 * the label, as a visitor does: the label covers the whole box, the checkbox too.
 */
async function tick(page, id, on = true) {
  await page.locator(`label[for="ecc-compare-${id}"]`).click();
  await poll(async () => (await checkbox(page, id).isChecked()) === on,
    { message: `the Compare box of ${id} should be ${on ? 'ticked' : 'unticked'}` });
}

/** The column heads of the side-by-side table. */
const comparedNames = (page) => compareTable(page).locator('thead th[scope=col]').allTextContents();

/**
 * Ticks `ids` in turn and waits for the side-by-side table with the columns of `all` (the
 * providers compared by then, in pick order: `ids` unless some were compared before).
 */
export async function compareSome(page, ids, all = ids) {
  for (const id of ids) await tick(page, id);
  const names = all.map(nameOf);
  let shown;
  await poll(async () => {
    shown = await comparedNames(page);
    return shown.join('|') === names.join('|');
  }, { timeout: 5000, message: () => `side by side shows ${JSON.stringify(shown)}, expected ${JSON.stringify(names)}` });
}

/** Which of the Compare boxes are ticked, and which disabled. */
const readBoxes = (page) => page.$$eval('input[id^="ecc-compare-"]', (boxes) => ({
  checked: boxes.filter((b) => b.checked).map((b) => b.id.slice('ecc-compare-'.length)),
  disabled: boxes.filter((b) => b.disabled).map((b) => b.id.slice('ecc-compare-'.length)),
  count: boxes.length,
}));

/** Splits parsed CSV records into blocks separated by empty records. */
function csvBlocks(records) {
  const blocks = [[]];
  for (const record of records) {
    if (record.every((cell) => cell === '')) blocks.push([]);
    else blocks.at(-1).push(record);
  }
  return blocks;
}

/** `value` with every object's keys sorted, as JSON: objects compare whatever their key order. */
const canon = (value) => JSON.stringify(value, (_, v) => (v && typeof v === 'object' && !Array.isArray(v)
  ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
  : v));

/** Values of the weight sliders, by criterion id. */
const sliderWeights = (page) => page.$$eval('input[type=range][data-criterion-id]',
  (inputs) => Object.fromEntries(inputs.map((i) => [i.dataset.criterionId, Number(i.value)])));

export function reportTests() {
  test('r. the report module comes on first use: not at load, "Loading…" meanwhile, then a provider in full', async ({ page, server }) => {
    const data = await readData();
    // A provider with missing values, certifications and sources: every part of the view.
    const raw = data.providers.find((p) => Object.values(p.values).some((v) => v.value === null)
      && (p.certifications ?? []).length > 0);
    check(raw, 'precondition: a provider with missing values and certifications');
    const reportRequests = [];
    page.on('request', (r) => {
      if (REPORT_FILES.test(new URL(r.url()).pathname)) reportRequests.push(r.url());
    });
    const release = server.hold(REPORT_WASM);
    await openWidget(page, server);
    await slider(page, 'sov-3').fill('60');
    const weights = weightsWith(suite.model, { 'sov-3': 60 });
    await expectRanking(page, rank(suite.model, weights));
    check(reportRequests.length === 0, `the first load and a weight change should not download the report module: ${reportRequests}`);

    const open = page.locator(`button#ecc-open-${raw.id}`);
    await open.click();
    const loading = page.locator('.ecc-detail-slot p.ecc-loading');
    await expectTextOf(loading, TEXT.reportLoading, 'while the report module downloads, the details slot');
    await poll(async () => reportRequests.some((u) => u.endsWith(REPORT_WASM)),
      { message: () => `opening a provider should download the report module: ${reportRequests}` });
    await expectHash(page, `#w=sov-3:60&p=${raw.id}`);
    release();

    const detail = page.locator('section#ecc-detail');
    await detail.waitFor();
    check((await loading.count()) === 0, '"Loading…" goes once the details are shown');
    await expectTextOf(detail.locator('h2'), raw.name, 'the heading of the details');
    check((await open.getAttribute('aria-expanded')) === 'true', 'the name button says the details are open');

    // Facts.
    const facts = (await detail.locator('dl.ecc-facts').textContent()).replace(/\s+/g, ' ');
    check(facts.includes(raw.owner.name) && facts.includes(raw.country),
      `the facts give the owner and the headquarters: ${facts.slice(0, 300)}`);
    // Certifications: one item per certification, with its scope.
    const certs = await detail.evaluate((section) => {
      const heading = [...section.querySelectorAll('h3')].find((h) => h.textContent.trim() === 'Certifications');
      const list = heading?.nextElementSibling;
      return list?.matches('ul') ? [...list.children].map((li) => li.textContent) : null;
    });
    check(certs && certs.length === raw.certifications.length,
      `one item per certification (${raw.certifications.length}) under "Certifications": ${JSON.stringify(certs)}`);
    raw.certifications.forEach((c, i) => check(certs[i].includes(c.scope), `certification ${i} gives its scope "${c.scope}": ${certs[i]}`));

    // The breakdown: a chart and its table, one row per weighted criterion, adding up to
    // the row's score.
    check((await detail.locator('svg.ecc-chart[aria-hidden=true]').count()) === 1, 'a chart, hidden from assistive technology');
    const breakdown = detail.locator('table.ecc-breakdown');
    const weighted = suite.model.criteria.filter((c) => weights[c.id] > 0);
    check((await breakdown.locator('tbody tr').count()) === weighted.length, `one breakdown row per weighted criterion (${weighted.length})`);
    const score = await page.locator(`${ROW}[data-provider-id="${raw.id}"]`).getAttribute('data-score');
    const caption = await breakdown.locator('caption').textContent();
    check(caption.includes(`${raw.name} (${score} in all)`), `the breakdown's caption gives the score ${score}: ${caption}`);

    // Every value: level and meaning from the rubric, or missing; its sources with dates.
    const rows = await readTable(detail.locator('table.ecc-values:not(.ecc-breakdown)'));
    check(rows.length === data.criteria.length, `one value row per criterion (${data.criteria.length})`);
    for (const [i, criterion] of data.criteria.entries()) {
      const row = rows[i];
      check(row.head === en(criterion.label), `row ${i} is ${en(criterion.label)}: ${row.head}`);
      const diff = cellDiff(row.cells[0], expectedCell(criterion, raw.id));
      check(diff === null, `${raw.id}, ${criterion.id}: ${diff}`);
      const { sources } = row.cells[1];
      const expected = raw.values[criterion.id]?.sources ?? [];
      check(sources.length === expected.length, `${criterion.id}: ${expected.length} sources, shows ${sources.length}`);
      expected.forEach((s, k) => {
        check(sources[k].href === s.url, `${criterion.id}: source ${k} links to ${s.url}, not ${sources[k].href}`);
        check(sources[k].text.endsWith(`(${s.date})`), `${criterion.id}: source ${k} ends with its date (${s.date}): ${sources[k].text}`);
      });
    }
    check((await detail.locator('strong.ecc-missing-value').count())
      === Object.values(suite.model.providers.find((p) => p.id === raw.id).values).filter((v) => v === null).length,
    'every missing value is marked');
    // The bundled file's contact is plain text: nothing to contest a value with.
    check(!/^(mailto:|https?:)/.test(data.dataset.contact), 'precondition: the bundled contact is plain text');
    check((await detail.locator('p.ecc-contest').count()) === 0, 'no "Contest this value" link for a plain-text contact');

    await detail.locator('#ecc-close').click();
    await poll(async () => (await page.locator('section#ecc-detail').count()) === 0, { message: 'Close removes the details' });
    await poll(async () => (await page.evaluate(() => document.activeElement?.id)) === `ecc-open-${raw.id}`,
      { message: 'focus goes back to the name that opened the details' });
    await expectHash(page, '#w=sov-3:60');
  });

  test('s. the report module failing to download: an error with "Try again", which then loads it', {
    allowConsoleErrors: [/eurocloud-report/, /Failed to fetch dynamically imported module/, /ERR_FAILED/],
  }, async ({ page, server }) => {
    await page.route(REPORT_FILES, (route) => route.abort());
    await openWidget(page, server);
    const id = (await readRows(page))[1].id;
    await page.locator(`button#ecc-open-${id}`).click();
    const error = page.locator('.ecc-detail-slot .ecc-notice--error');
    await error.waitFor();
    const text = await error.textContent();
    check(text.includes('could not be downloaded'), `the error says the part could not be downloaded: ${text}`);
    const retry = error.getByRole('button', { name: 'Try again' });
    await expectTextOf(retry, 'Try again', 'the retry button');
    check((await page.locator('section#ecc-detail').count()) === 0, 'no details without the report module');
    await page.unroute(REPORT_FILES);
    await retry.click();
    await expectTextOf(page.locator('section#ecc-detail h2'), nameOf(id), 'the details after "Try again"');
    check((await error.count()) === 0, 'the error goes once the module is here');
  });

  test('t. "Contest this value" links, only for a mailto: or web contact, name the provider and criterion', async ({ page, server }) => {
    const data = await readData();
    const provider = data.providers[2];
    data.dataset.contact = 'mailto:data@example.org';
    server.override('/providers.json', { body: JSON.stringify(data) });
    await openWidget(page, server, `#p=${provider.id}`);
    const rows = page.locator('section#ecc-detail table.ecc-values:not(.ecc-breakdown) tbody tr');
    await rows.first().waitFor();
    check((await rows.count()) === data.criteria.length, 'one row per criterion');
    for (const [i, criterion] of data.criteria.entries()) {
      const links = rows.nth(i).locator('p.ecc-contest a');
      check((await links.count()) === 1, `${criterion.id}: one "Contest this value" link`);
      check((await links.textContent()).trim() === 'Contest this value', `${criterion.id}: the link says "Contest this value"`);
      const href = await links.getAttribute('href');
      const [address, query] = href.split('?');
      check(address === 'mailto:data@example.org', `${criterion.id}: mails the contact: ${href}`);
      const subject = new URLSearchParams(query ?? '').get('subject') ?? '';
      check(query?.startsWith('subject=') && subject.includes(provider.name) && subject.includes(en(criterion.label)),
        `${criterion.id}: the subject names ${provider.name} and ${en(criterion.label)}: ${JSON.stringify(subject)} (${href})`);
    }
    // A web page as contact: the link is that page.
    data.dataset.contact = 'https://example.org/contest';
    server.override('/providers.json', { body: JSON.stringify(data) });
    await page.reload();
    await rows.first().waitFor();
    const hrefs = await page.locator('section#ecc-detail table.ecc-values p.ecc-contest a').evaluateAll(
      (links) => links.map((a) => a.getAttribute('href')));
    check(hrefs.length === data.criteria.length && hrefs.every((h) => h === 'https://example.org/contest'),
      `every value links to the contact page: ${JSON.stringify(hrefs)}`);
  });

  test('u. side by side: 2 to 4 ticked providers, chart and table in pick order, at most 4, "Stop comparing"', async ({ page, server }) => {
    const data = await readData();
    await openWidget(page, server);
    const rows = await readRows(page);
    check((await readBoxes(page)).count === rows.length, 'a Compare box per row');
    const label = await page.locator(`label[for="ecc-compare-${rows[0].id}"]`).textContent();
    check(label.replace(/\s+/g, ' ').trim() === `Compare ${nameOf(rows[0].id)}`, `the box's label names the provider: ${label}`);
    // Picked out of rank order: columns follow the picks.
    const picks = [rows[5].id, rows[0].id, rows[9].id, rows[2].id];

    await tick(page, picks[0]);
    const section = page.locator('section#ecc-side-by-side');
    await expectTextOf(section.locator('p.ecc-hint'), TEXT.pickMore, 'with one provider ticked, the hint');
    check((await compareTable(page).count()) === 0, 'no table for one provider');
    await expectHash(page, `#s=${picks[0]}`);

    await compareSome(page, picks.slice(1, 2), picks.slice(0, 2));
    await expectHash(page, `#s=${picks.slice(0, 2).join(',')}`);
    const checkView = async (ids) => {
      const names = ids.map(nameOf);
      const shown = await section.evaluate((el) => {
        const chart = el.querySelector('svg.ecc-chart.ecc-dots');
        const region = el.querySelector('div.ecc-scroll[role=region]');
        return {
          legend: [...el.querySelectorAll('ul.ecc-legend > li .ecc-legend-name')].map((n) => n.textContent.trim()),
          chartHidden: chart?.getAttribute('aria-hidden'),
          marks: [0, 1, 2, 3].map((slot) => chart?.querySelectorAll(`.ecc-mark.ecc-mark-${slot}`).length ?? 0),
          allMarks: chart?.querySelectorAll('.ecc-mark').length ?? 0,
          regionLabel: region?.getAttribute('aria-label') ?? null,
          heads: [...(region?.querySelectorAll('table.ecc-compared thead th[scope=col]') ?? [])].map((th) => th.textContent.trim()),
        };
      });
      check(shown.legend.join('|') === names.join('|'), `the legend names ${names}: ${shown.legend}`);
      check(shown.chartHidden === 'true', 'the chart is hidden from assistive technology');
      const values = ids.map((id) => Object.values(suite.model.providers.find((p) => p.id === id).values).filter((v) => v !== null).length);
      check(JSON.stringify(shown.marks) === JSON.stringify([0, 1, 2, 3].map((slot) => values[slot] ?? 0))
        && shown.allMarks === values.reduce((a, b) => a + b, 0),
      `one marker per provider and value (${values} by slot): ${shown.marks}, ${shown.allMarks} in all`);
      check(shown.regionLabel, 'the table sits in a named scrolling region (div.ecc-scroll[role=region])');
      check(shown.heads.join('|') === names.join('|'), `columns ${names}: ${shown.heads}`);
      const body = await readTable(compareTable(page));
      check(body.length === 2 + data.criteria.length, 'rank, country, then one row per criterion');
      check(body[0].head === 'Rank and score', `the first row is "Rank and score": ${body[0].head}`);
      check(body[1].head === 'Country', `the second row is "Country": ${body[1].head}`);
      const pageRows = await readRows(page);
      for (const [k, id] of ids.entries()) {
        const row = pageRows.find((r) => r.id === id);
        const expected = row ? `${row.rank} (${row.score})` : TEXT.setApart;
        check(body[0].cells[k]?.text === expected, `${id}: rank and score "${expected}", shows "${body[0].cells[k]?.text}"`);
        const country = data.providers.find((p) => p.id === id).country;
        check(body[1].cells[k]?.text === country, `${id}: country ${country}, shows ${body[1].cells[k]?.text}`);
        for (const [j, criterion] of data.criteria.entries()) {
          const diff = cellDiff(body[2 + j].cells[k], expectedCell(criterion, id));
          check(diff === null, `side by side, ${id}, ${criterion.id}: ${diff}`);
        }
      }
      data.criteria.forEach((criterion, j) => check(body[2 + j].head === en(criterion.label),
        `criterion row ${j} is ${en(criterion.label)}: ${body[2 + j].head}`));
    };
    await checkView(picks.slice(0, 2));

    await compareSome(page, picks.slice(2), picks);
    await expectHash(page, `#s=${picks.join(',')}`);
    await checkView(picks);
    let boxes = await readBoxes(page);
    check(boxes.checked.sort().join() === [...picks].sort().join(), `the 4 picks are ticked: ${boxes.checked}`);
    const others = rows.map((r) => r.id).filter((id) => !picks.includes(id));
    check(boxes.disabled.sort().join() === others.sort().join(),
      `with 4 ticked, exactly the other boxes are disabled: ${boxes.disabled}`);

    // Unticking one frees the others and drops its column.
    await tick(page, picks[1], false);
    const left = picks.filter((id) => id !== picks[1]);
    await poll(async () => (await comparedNames(page)).join('|') === left.map(nameOf).join('|'),
      { message: 'unticking removes the column' });
    await expectHash(page, `#s=${left.join(',')}`);
    boxes = await readBoxes(page);
    check(boxes.disabled.length === 0, `with 3 ticked, no box is disabled: ${boxes.disabled}`);

    await page.locator('#ecc-clear-compare').click();
    await poll(async () => (await section.count()) === 0, { message: '"Stop comparing" removes the view' });
    await expectHash(page, '');
    boxes = await readBoxes(page);
    check(boxes.checked.length === 0, `no box ticked after "Stop comparing": ${boxes.checked}`);
    await poll(async () => (await page.evaluate(() => document.activeElement?.id)) === `ecc-compare-${left[0]}`,
      { message: 'focus goes back to the first compared provider\'s Compare box' });

    // A compared provider set apart by a requirement says so.
    const reference = data.providers.find((p) => p.reference);
    await openFresh(page, server, `#f=no-ref&s=${rows[0].id},${reference.id}`);
    await poll(async () => (await compareTable(page).count()) === 1, { timeout: 5000, message: 'the side-by-side table' });
    const [rankRow] = await readTable(compareTable(page));
    check(rankRow.cells[1]?.text === TEXT.setApart, `${reference.id} is "${TEXT.setApart}": ${JSON.stringify(rankRow.cells.map((c) => c.text))}`);
    // It has no row (nor box) any more: the legend's button takes it out, and focus moves on.
    const remove = page.locator(`#ecc-uncompare-${reference.id}`);
    check((await remove.getAttribute('aria-label')) === `Take ${reference.name} out of the comparison`,
      `the legend's button is named: ${await remove.getAttribute('aria-label')}`);
    await remove.click();
    await expectHash(page, `#f=no-ref&s=${rows[0].id}`);
    await poll(async () => (await page.evaluate(() => document.activeElement?.id)) === 'ecc-clear-compare',
      { message: 'focus moves to "Stop comparing" once the last button is gone' });
  });

  test('v. the link keeps the compared (s=) and opened (p=) providers; too many or unknown ones are reported', async ({ page, server }) => {
    await openWidget(page, server, '#s=ovhcloud,ionos&p=scaleway');
    await expectTextOf(page.locator('section#ecc-detail h2'), nameOf('scaleway'), 'p= opens the details');
    check((await page.locator('button#ecc-open-scaleway').getAttribute('aria-expanded')) === 'true', 'the name button says open');
    await poll(async () => (await comparedNames(page)).join('|') === 'OVHcloud|IONOS', {
      timeout: 5000, message: async () => `s= compares OVHcloud and IONOS: ${await comparedNames(page)}` });
    check((await readBoxes(page)).checked.sort().join() === 'ionos,ovhcloud', 'their boxes are ticked');
    check((await page.locator('.ecc-notice').count()) === 0, 'no notice for a good link');
    await expectHash(page, '#s=ovhcloud,ionos&p=scaleway');

    await openFresh(page, server, '#s=ovhcloud,ionos,scaleway,aruba,stackit');
    const notice = page.locator('.ecc-notices .ecc-notice');
    await notice.waitFor();
    const text = await notice.textContent();
    check(text.includes('5 providers to compare: the first four are compared'), `the notice says the first four are compared: ${text}`);
    await poll(async () => (await comparedNames(page)).join('|') === ['ovhcloud', 'ionos', 'scaleway', 'aruba'].map(nameOf).join('|'),
      { timeout: 5000, message: 'the first four are compared' });
    check(await checkbox(page, 'stackit').isDisabled(), 'the fifth is not ticked and its box is disabled');
    await expectHash(page, '#s=ovhcloud,ionos,scaleway,aruba');

    await openFresh(page, server, '#s=ovhcloud,nosuch&p=nowhere');
    await notice.waitFor();
    const unknown = await notice.textContent();
    for (const id of ['nosuch', 'nowhere']) {
      check(unknown.includes(`there is no provider “${id}” in the data file`), `the notice names “${id}”: ${unknown}`);
    }
    await expectTextOf(page.locator('section#ecc-side-by-side p.ecc-hint'), TEXT.pickMore, 'the known provider stays ticked');
    check((await page.locator('section#ecc-detail').count()) === 0, 'no details for an unknown provider');
    await expectHash(page, '#s=ovhcloud');
  });

  test('w. "Copy link" copies the whole state and says so; where the browser refuses, a field with the link', async ({ page, context, server }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    await openWidget(page, server, '#m=topsis&w=sov-3:80&f=eu-hq&s=ovhcloud,ionos&p=scaleway');
    await page.locator('section#ecc-detail').waitFor();
    await compareSome(page, ['stackit'], ['ovhcloud', 'ionos', 'stackit']);
    const hash = '#m=topsis&w=sov-3:80&f=eu-hq&s=ovhcloud,ionos,stackit&p=scaleway';
    await expectHash(page, hash);
    await page.locator('#ecc-copy-link').click();
    await expectTextOf(page.locator('section.ecc-share p.ecc-share-status'), TEXT.linkCopied, 'the share status');
    await expectTextOf(announcer(page), TEXT.linkCopied, 'the status region');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    check(copied === page.url() && copied === server.url(`/${hash}`),
      `the clipboard holds the page's link ${server.url(`/${hash}`)}: ${copied}`);
    check((await page.locator('input#ecc-link').count()) === 0, 'no fallback field when the copy worked');

    // A browser that will not write to the clipboard.
    await page.addInitScript(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
    });
    await page.reload();
    await page.locator(ROW).first().waitFor();
    await page.locator('#ecc-copy-link').click();
    const field = page.locator('input#ecc-link');
    await field.waitFor();
    check((await field.getAttribute('readonly')) !== null, 'the fallback field is read-only');
    check((await field.inputValue()) === page.url(), `the field holds the link: ${await field.inputValue()}`);
    const status = ((await page.locator('section.ecc-share p.ecc-share-status').textContent()) ?? '').trim();
    check(status.includes('copy it from the field below'), `the status says to copy it by hand: ${status}`);
  });

  test('x. the CSV export: the scenario, the weights, the page\'s ranking with values, the providers set apart', async ({ page, server }) => {
    const data = await readData();
    await openWidget(page, server);
    await page.getByLabel('Scoring method').selectOption('topsis');
    await slider(page, 'sov-3').fill('80');
    await slider(page, 'sov-1').fill('0');
    await page.locator('details.ecc-requirements > summary').click();
    await page.locator('#ecc-flag-eu-hq').check();
    await expectHash(page, '#m=topsis&w=sov-1:0,sov-3:80&f=eu-hq');
    await page.locator('.ecc-excluded').waitFor();
    const rows = await readRows(page);
    const weights = await sliderWeights(page);
    const today = await browserToday(page);

    const { name, text } = await downloadFrom(page, '#ecc-export-csv');
    check(name === `eurocloud-ranking-${today}.csv`, `file name eurocloud-ranking-${today}.csv: ${name}`);
    const records = parse(text, { relax_column_count: true, bom: true, skip_empty_lines: false });
    const blocks = csvBlocks(records);
    const show = (r) => JSON.stringify(r);
    check(blocks.length === 4, `four blocks (scenario, weights, ranking, set apart), found ${blocks.length}:\n${text.slice(0, 800)}`);
    const [meta, weightBlock, ranking, setApart] = blocks;

    check(show(meta[0]) === show(['EuroCloud Compare ranking']), `title row: ${show(meta[0])}`);
    check(show(meta[1]) === show(['Exported', today]), `exported row: ${show(meta[1])}`);
    check(show(meta[2]) === show(['Data file', data.dataset.title, data.dataset.version, data.dataset.last_updated]),
      `data file row with version ${data.dataset.version}: ${show(meta[2])}`);
    check(show(meta[3]) === show(['Method', 'TOPSIS']), `method row: ${show(meta[3])}`);
    check(show(meta[4]) === show(['Requirements', 'Headquarters in the EU']), `requirements row: ${show(meta[4])}`);
    check(show(meta[5]) === show(['Link', page.url()]), `link row is the page's link ${page.url()}: ${show(meta[5])}`);

    check(show(weightBlock[0]) === show(['Criterion', 'Weight']), `weights header: ${show(weightBlock[0])}`);
    check(show(weightBlock.slice(1)) === show(data.criteria.map((c) => [en(c.label), String(weights[c.id])])),
      `the weights are the sliders' ${show(weights)}: ${show(weightBlock.slice(1))}`);

    const labels = data.criteria.map((c) => en(c.label));
    check(show(ranking[0]) === show(['Rank', 'Provider', 'Country', 'Score', ...labels, 'Missing values']),
      `ranking header: ${show(ranking[0])}`);
    const expectedRows = rows.map((r) => {
      const p = data.providers.find((x) => x.id === r.id);
      const values = suite.model.providers.find((x) => x.id === r.id).values;
      return [r.rank, p.name, p.country, r.score,
        ...data.criteria.map((c) => (values[c.id] === null ? '' : String(values[c.id]))),
        data.criteria.filter((c) => values[c.id] === null).map((c) => en(c.label)).join('; ')];
    });
    const got = ranking.slice(1);
    check(got.length === rows.length, `${rows.length} ranking rows, CSV has ${got.length}`);
    expectedRows.forEach((e, i) => check(show(got[i]) === show(e), `ranking row ${i}:\n    csv:      ${show(got[i])}\n    expected: ${show(e)}`));
    check(got.every((r) => /^\d+\.\d{2}$/.test(r[3])), 'scores with two decimals and a dot');

    check(show(setApart?.[0]) === show(['Set apart', 'Reasons']), `set-apart header: ${show(setApart?.[0])}`);
    const apart = data.providers.filter((p) => !rows.some((r) => r.id === p.id)).map((p) => p.name).sort();
    check(show(setApart.slice(1).map((r) => r[0]).sort()) === show(apart), `set apart: ${apart}; CSV: ${setApart.slice(1).map((r) => r[0])}`);
    const excludedText = (await page.locator('.ecc-excluded').textContent()).replace(/\s+/g, ' ');
    for (const [provider, reasons] of setApart.slice(1)) {
      check(reasons && reasons.split('; ').every((r) => excludedText.includes(r)),
        `${provider}: the reasons "${reasons}" are the page's`);
    }
  });

  test('y. the scenario file: exported as on the page, loaded back in a fresh page; a broken file is refused', async ({ page, server }) => {
    const data = await readData();
    const hash = '#m=topsis&w=sov-1:30,sov-3:80&g=sov-5:1&c=secnumcloud:in-progress&f=eu-hq&s=ovhcloud,ionos&p=scaleway';
    await openWidget(page, server, hash);
    await page.locator('section#ecc-detail').waitFor();
    await expectHash(page, hash);
    const rows = await readRows(page);
    check(rows.length > 0, 'precondition: providers left to rank');
    const weights = await sliderWeights(page);
    const today = await browserToday(page);

    const { name, text } = await downloadFrom(page, '#ecc-export-scenario');
    check(name === `eurocloud-scenario-${today}.json`, `file name eurocloud-scenario-${today}.json: ${name}`);
    let scenario;
    try {
      scenario = JSON.parse(text);
    } catch (err) {
      check(false, `the scenario is not JSON: ${err.message}\n${text.slice(0, 300)}`);
    }
    const expected = {
      format: 'eurocloud-compare-scenario',
      version: 1,
      exported: today,
      dataset: { title: data.dataset.title, version: data.dataset.version, updated: data.dataset.last_updated },
      method: 'topsis',
      weights: weightsWith(suite.model, { 'sov-1': 30, 'sov-3': 80 }),
      'minimum-levels': { 'sov-5': 1 },
      certifications: [{ scheme: 'secnumcloud', 'least-status': 'in-progress' }],
      filters: ['eu-hq'],
      compared: ['ovhcloud', 'ionos'],
      open: 'scaleway',
    };
    for (const [key, value] of Object.entries(expected)) {
      check(canon(scenario[key]) === canon(value),
        `scenario.${key}: ${JSON.stringify(scenario[key])}, expected ${JSON.stringify(value)}`);
    }
    check(canon(scenario.weights) === canon(weights), 'the weights are the sliders\'');
    const extra = Object.keys(scenario).filter((k) => !(k in expected));
    check(extra.length === 0, `no other fields in the scenario: ${extra}`);

    // Loaded back into the default state.
    await openFresh(page, server);
    await expectHash(page, '');
    await page.setInputFiles('#ecc-import', { name, mimeType: 'application/json', buffer: Buffer.from(text) });
    await expectTextOf(page.locator('section.ecc-share p.ecc-share-status'), TEXT.scenarioLoaded, 'after loading the scenario');
    await expectHash(page, hash);
    await expectWeights(page, expected.weights);
    check((await page.getByLabel('Scoring method').inputValue()) === 'topsis', 'the method is TOPSIS again');
    let now;
    await poll(async () => JSON.stringify(now = await readRows(page)) === JSON.stringify(rows),
      { message: () => `the rows are the exported page's:\n    now:    ${JSON.stringify(now)}\n    before: ${JSON.stringify(rows)}` });
    await expectTextOf(page.locator('section#ecc-detail h2'), nameOf('scaleway'), 'the opened provider');
    await poll(async () => (await comparedNames(page)).join('|') === 'OVHcloud|IONOS',
      { timeout: 5000, message: 'the compared providers' });

    // Broken files: refused with the reason; nothing changes.
    const error = page.locator('section.ecc-share .ecc-notice--error');
    for (const [file, reason] of [
      ['{"format": oops}\n', /This file is not JSON \(line 1, column 12\)/],
      [JSON.stringify({ format: 'something-else', version: 1, method: 'weighted-sum' }),
        /“format” is not “eurocloud-compare-scenario”/],
    ]) {
      await page.setInputFiles('#ecc-import', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(file) });
      let message;
      await poll(async () => {
        message = ((await error.count()) ? await error.textContent() : '').replace(/\s+/g, ' ').trim();
        return message.startsWith(TEXT.scenarioRefused) && reason.test(message);
      }, { message: () => `for ${JSON.stringify(file)}, the error should say "${TEXT.scenarioRefused}" and match ${reason}: ${JSON.stringify(message)}` });
      await expectHash(page, hash);
      check(JSON.stringify(await readRows(page)) === JSON.stringify(rows), 'the ranking is unchanged');
      check((await page.locator('section.ecc-share p.ecc-share-status').count()) === 0, 'no success message beside the error');
    }
  });

  test('z. print: the report (ranking, weights, requirements, set apart, top 3 and compared in full), print() called, print styles', async ({ page, server }) => {
    const data = await readData();
    // Headless Chromium's own print() returns at once but leaves the page "being printed",
    // which page.pdf() then refuses: count the calls instead.
    await page.addInitScript(() => {
      window.__printed = 0;
      window.print = () => { window.__printed += 1; };
    });
    await openWidget(page, server, '#w=sov-3:80&f=eu-hq');
    const rows = await readRows(page);
    const picks = [rows[6].id, rows[1].id];
    await compareSome(page, picks);
    const weights = await sliderWeights(page);
    const today = await browserToday(page);
    check((await page.locator('article.ecc-print-report').count()) === 0, 'no printed report before "Print"');

    await page.locator('#ecc-print').click();
    await poll(async () => (await page.evaluate(() => window.__printed)) === 1,
      { timeout: 5000, message: 'window.print() is called once' });
    const report = page.locator('.ecc-print-slot article.ecc-print-report');
    check((await report.count()) === 1, 'the print slot holds the report when print() is called');
    const reportText = (await report.textContent()).replace(/\s+/g, ' ');
    // The text of the element after the report's h3 that says `heading`.
    const after = (heading) => report.evaluate((article, h) => {
      const found = [...article.querySelectorAll('h3')].find((e) => e.textContent.trim() === h);
      return found?.nextElementSibling?.textContent.replace(/\s+/g, ' ').trim() ?? null;
    }, heading);
    await expectTextOf(report.locator('h2'), TEXT.printTitle, 'the report title');
    const made = `Made on ${today} with ${data.dataset.title}, version ${data.dataset.version} (${data.dataset.last_updated}).`;
    check(reportText.includes(made), `the report says "${made}"`);
    check((await report.locator('.ecc-print-link').textContent()).trim() === page.url(), 'the report gives the page\'s link');
    const method = await after('Method');
    check(method?.startsWith('Weighted sum.'), `the report names the method: ${method}`);
    const weightRows = await report.locator('table.ecc-values').first().locator('tbody tr').evaluateAll(
      (trs) => trs.map((tr) => [tr.querySelector('th').textContent.trim(), tr.querySelector('td').textContent.trim()]));
    check(JSON.stringify(weightRows) === JSON.stringify(data.criteria.map((c) => [en(c.label), String(weights[c.id])])),
      `the weights table is the sliders': ${JSON.stringify(weightRows)}`);
    const requirements = await after('Requirements');
    check(requirements === 'Headquarters in the EU', `the requirements are listed: ${requirements}`);
    const printed = await report.locator('table.ecc-print-ranking tbody tr').evaluateAll(
      (trs) => trs.map((tr) => [...tr.children].slice(0, 4).map((c) => c.textContent.trim())));
    const expected = rows.map((r) => [r.rank, nameOf(r.id), data.providers.find((p) => p.id === r.id).country, r.score]);
    check(JSON.stringify(printed) === JSON.stringify(expected),
      `the printed ranking is the page's:\n    printed: ${JSON.stringify(printed)}\n    page:    ${JSON.stringify(expected)}`);
    const apart = data.providers.filter((p) => !rows.some((r) => r.id === p.id)).map((p) => p.name);
    check(apart.length > 0, 'precondition: providers set apart');
    const apartShown = await report.evaluate((article) => {
      const heading = [...article.querySelectorAll('h3')].find((h) => h.textContent.trim() === 'Set apart');
      return heading?.nextElementSibling ? [...heading.nextElementSibling.querySelectorAll('li > strong')].map((s) => s.textContent) : [];
    });
    check(JSON.stringify(apartShown.sort()) === JSON.stringify(apart.sort()), `set apart under "Set apart": ${apartShown}`);
    const explained = [...rows.slice(0, 3).map((r) => r.id), ...picks.filter((id) => !rows.slice(0, 3).some((r) => r.id === id))];
    const sections = report.locator('section.ecc-print-provider');
    const heads = await sections.locator('h3:first-child').allTextContents();
    check(JSON.stringify(heads) === JSON.stringify(explained.map(nameOf)), `explained in full: ${explained.map(nameOf)}; shown: ${heads}`);
    for (const [i, id] of explained.entries()) {
      const s = sections.nth(i);
      check((await s.locator('table.ecc-breakdown').count()) === 1, `${id}: a breakdown`);
      const raw = data.providers.find((p) => p.id === id);
      const urls = Object.values(raw.values).flatMap((v) => (v.sources ?? []).map((src) => src.url));
      const links = await s.locator('table.ecc-values:not(.ecc-breakdown) ul.ecc-sources a[href]').evaluateAll(
        (as) => as.map((a) => a.getAttribute('href')));
      check(JSON.stringify(links) === JSON.stringify(urls), `${id}: every value's sources (${urls.length}), shows ${links.length}`);
    }

    // The print stylesheet: on screen the report stays out of sight; printed, it alone shows.
    const problems = [];
    if (await report.isVisible()) problems.push('on screen, the printed report is visible');
    await page.emulateMedia({ media: 'print' });
    if (!(await report.isVisible())) problems.push('printed, the report is not visible');
    for (const selector of ['section.ecc-controls', 'input[type=range]', 'section.ecc-share', 'table.ecc-ranking', 'section#ecc-side-by-side']) {
      const shown = await page.locator(selector).evaluateAll((els) => els.filter((el) => el.checkVisibility({ visibilityProperty: true })).length);
      if (shown > 0) problems.push(`printed, ${shown} ${selector} visible`);
    }
    const pdf = await page.pdf({ format: 'A4' });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    check(pdf.subarray(0, 5).toString() === '%PDF-' && pdf.length > 20000 && pages >= 2,
      `a PDF of the report: ${pdf.length} bytes, ${pages} pages`);
    check(problems.length === 0, `print styles: ${problems.join('; ')}`);
  });

  test('aa. a re-order slides the moved rows (a transform), not under reduced motion', async ({ page, server }) => {
    // A weight change that re-orders the default ranking.
    const before = rank(suite.model, weightsWith(suite.model));
    let change;
    for (const c of suite.model.criteria) {
      for (const w of [100, 0]) {
        const after = rank(suite.model, weightsWith(suite.model, { [c.id]: w }));
        if (!change && after && after.map((r) => r.id).join() !== before.map((r) => r.id).join()) change = { id: c.id, w, after };
      }
    }
    check(change, 'precondition: a weight change that re-orders the rows');
    await openWidget(page, server);
    await expectRanking(page, before);
    const watch = () => page.evaluate(() => {
      window.__moves = [];
      window.__watch?.disconnect();
      window.__watch = new MutationObserver((records) => {
        for (const r of records) {
          if (r.target.matches?.('tr[data-provider-id]') && r.target.style.transform) {
            window.__moves.push({ id: r.target.dataset.providerId, transform: r.target.style.transform });
          }
        }
      });
      window.__watch.observe(document.querySelector('.ecc-results'), { subtree: true, attributes: true, attributeFilter: ['style'] });
    });
    const twoFrames = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    await watch();
    await slider(page, change.id).fill(String(change.w));
    await expectRanking(page, change.after, 'ranking after the change');
    await twoFrames();
    const moves = await page.evaluate(() => window.__moves);
    const place = (list, id) => list.findIndex((r) => r.id === id);
    const movedIds = before.map((r) => r.id).filter((id) => place(before, id) !== place(change.after, id));
    check(moves.length > 0, `a moved row gets a transform right after the change (moved: ${movedIds})`);
    for (const m of moves) {
      const match = /^translateY\((-?\d+(?:\.\d+)?)px\)$/.exec(m.transform);
      check(match, `${m.id}: a vertical translation, got ${m.transform}`);
      check(movedIds.includes(m.id), `${m.id} did not move but got ${m.transform}`);
      const down = place(change.after, m.id) > place(before, m.id);
      check(down ? Number(match[1]) < 0 : Number(match[1]) > 0, `${m.id} starts from its old place: ${m.transform}`);
    }
    await poll(async () => (await page.$$eval(ROW, (trs) => trs.filter((tr) => tr.style.transform).length)) === 0,
      { message: 'the transforms are removed once the rows slide' });

    await page.emulateMedia({ reducedMotion: 'reduce' });
    await watch();
    await slider(page, change.id).fill(String(weightsWith(suite.model)[change.id]));
    await expectRanking(page, before, 'ranking after the change back');
    await twoFrames();
    const still = await page.evaluate(() => window.__moves);
    check(still.length === 0, `under reduced motion no row moves: ${JSON.stringify(still)}`);
  });

  test('ab. axe-core: no WCAG 2.1 A/AA violations with side by side, a provider\'s details and the share panel in use', async ({ page, context, server }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    await openWidget(page, server, '#s=ovhcloud,ionos,scaleway,aruba&p=stackit');
    await page.locator('section#ecc-detail').waitFor();
    await compareTable(page).waitFor();
    await page.locator('#ecc-copy-link').click();
    await page.locator('section.ecc-share p.ecc-share-status').waitFor();
    await expectNoAxeViolations(page, 'side by side, details and share panel');
  });
}
