// End-to-end tests of the built widget (dist/) in Chromium, with axe-core.
//
//   node tests/e2e/run.mjs [name-filter]
//   ECC_DIST=/tmp/e2e-dist node tests/e2e/run.mjs [name-filter]
//
// Needs a release build in dist/ (`make dist`), or in the folder ECC_DIST names (a copy
// of dist/ taken while another build rewrites it). Uses the system Chromium, never a
// downloaded browser. One browser and one server for the whole suite; a fresh browser
// context per test.

import { chromium } from 'playwright-core';
import { mkdir, readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { startServer } from './server.mjs';
import { test, poll, check, runTests } from './harness.mjs';
import { modelFrom, rank, weightsWith, fragmentFor } from './engine.mjs';
import {
  ROOT, DIST, ROW, suite, servePlainPage, slider, stepButton, announcer, openWidget, readRows, expectRanking,
  expectHash, expectWeights, expectText, expectNoAxeViolations,
} from './helpers.mjs';
import { reportTests, compareSome } from './report.mjs';

const CHROMIUM = '/usr/bin/chromium';

// The model every prediction is computed from: the data file the widget is served (also
// `suite.model`, for the tests in other files).
let model;

const allZero = () => Object.fromEntries(model.criteria.map((c) => [c.id, 0]));
const leaderName = (ranking) => ranking[0].name;

// ---------------------------------------------------------------------------------------
// Tests

test('a. loads with the default weights and ranks as the reference engine', async ({ page, server }) => {
  await openWidget(page, server);
  const expected = rank(model, weightsWith(model));
  check(expected.length >= 18, `the data file should list at least 18 providers, lists ${expected.length}`);
  await expectRanking(page, expected, 'default ranking');
  check((await page.locator(ROW).count()) === expected.length, `expected ${expected.length} rows`);
  await expectWeights(page, weightsWith(model));
  check((await page.locator('select#ecc-preset').inputValue()) === String(model.defaultPreset.index),
    'the preset select should show the default preset');
  check((await page.evaluate(() => location.hash)) === '', 'no fragment for the default weights');
});

test('b. moving weights re-orders the rows, updates the fragment with replaceState', async ({ page, server }) => {
  await openWidget(page, server);
  await expectRanking(page, rank(model, weightsWith(model)));
  const historyBefore = await page.evaluate(() => history.length);
  const steps = [
    { 'sov-1': 100 },
    { 'sov-1': 100, 'sov-5': 0 },
    // With the bundled data: a three-way tie at rank 3, listed by name.
    { 'sov-1': 0, 'sov-5': 0 },
    // With the bundled data: a provider with values on sov-1 to sov-3 only climbs.
    { 'sov-1': 0, 'sov-5': 0, 'sov-3': 100 },
  ];
  let previousOrder = rank(model, weightsWith(model)).map((r) => r.id).join();
  let reordered = false;
  let current = weightsWith(model);
  for (const changes of steps) {
    // The entry that differs from the previous step is the one to move.
    const moved = Object.entries(changes).filter(([c, v]) => current[c] !== v);
    check(moved.length === 1, `each step should move one weight: ${JSON.stringify(changes)}`);
    const [[id, w]] = moved;
    current = { ...current, [id]: w };
    await slider(page, id).fill(String(w));
    const weights = weightsWith(model, changes);
    const expected = rank(model, weights);
    await expectRanking(page, expected, `ranking after ${JSON.stringify(changes)}`);
    await expectWeights(page, weights);
    await expectHash(page, fragmentFor(model, weights));
    const order = expected.map((r) => r.id).join();
    reordered ||= order !== previousOrder;
    previousOrder = order;
  }
  check(reordered, 'precondition: at least one step should change the predicted order');
  await expectHash(page, '#w=sov-1:0,sov-3:100,sov-5:0');
  const historyAfter = await page.evaluate(() => history.length);
  check(historyAfter === historyBefore,
    `history.length grew from ${historyBefore} to ${historyAfter}: the fragment should be replaced, not pushed`);
  check((await page.locator('select#ecc-preset').inputValue()) === 'custom',
    'the preset select should say "custom" for weights of no preset');
});

test('c. the fragment round-trips, also through a reload', async ({ page, server }) => {
  const hash = '#w=sov-3:80,sov-6:0';
  const weights = weightsWith(model, { 'sov-3': 80, 'sov-6': 0 });
  const expected = rank(model, weights);
  await openWidget(page, server, hash);
  await expectWeights(page, weights);
  await expectRanking(page, expected, `ranking for ${hash}`);
  await expectHash(page, hash);
  await page.reload();
  await page.locator(ROW).first().waitFor();
  await expectWeights(page, weights);
  await expectRanking(page, expected, `ranking for ${hash} after reload`);
  await expectHash(page, hash);
});

test('d. a malformed fragment shows a notice and the default ranking', async ({ page, server }) => {
  await openWidget(page, server, '#w=sov-1:abc');
  const notice = page.locator('.ecc-notice', { hasText: 'could not be used' });
  await notice.waitFor();
  const text = await notice.textContent();
  check(text.includes('abc') && text.includes('sov-1'), `the notice should name the bad entry: ${text}`);
  await expectRanking(page, rank(model, weightsWith(model)), 'default ranking under the notice');
  await expectWeights(page, weightsWith(model));
  // Still alive: a weight change still re-ranks.
  await slider(page, 'sov-3').fill('60');
  await expectRanking(page, rank(model, weightsWith(model, { 'sov-3': 60 })), 'ranking after a change');
});

test('e. keyboard on a slider and the +/- buttons change weights by the expected steps', async ({ page, server }) => {
  await openWidget(page, server);
  const defaults = weightsWith(model);
  const s2 = slider(page, 'sov-2');
  await s2.focus();
  for (let i = 0; i < 5; i += 1) await page.keyboard.press('ArrowRight');
  let weights = weightsWith(model, { 'sov-2': defaults['sov-2'] + 5 });
  await expectWeights(page, weights);
  await expectRanking(page, rank(model, weights), 'ranking after 5 x ArrowRight');
  check(await s2.evaluate((el) => el === document.activeElement), 'focus should stay on the sov-2 slider');

  await stepButton(page, 'sov-8', 'up').click();
  weights = { ...weights, 'sov-8': defaults['sov-8'] + 5 };
  await expectWeights(page, weights);
  await expectRanking(page, rank(model, weights), 'ranking after + on sov-8');
  check(await stepButton(page, 'sov-8', 'up').evaluate((el) => el === document.activeElement),
    'focus should stay on the + button');

  await stepButton(page, 'sov-5', 'down').click();
  weights = { ...weights, 'sov-5': defaults['sov-5'] - 5 };
  await expectWeights(page, weights);
  await expectRanking(page, rank(model, weights), 'ranking after - on sov-5');
  await expectHash(page, fragmentFor(model, weights));
});

test('f. presets: the equal preset, then reset to the default', async ({ page, server }) => {
  await openWidget(page, server);
  const equal = model.presets.find((p) => p.id === 'equal');
  check(equal, 'the data file should have an "equal" preset');
  const select = page.locator('select#ecc-preset');
  await select.selectOption(String(equal.index));
  await expectWeights(page, equal.weights);
  await expectRanking(page, rank(model, equal.weights), 'ranking for the equal preset');
  await expectHash(page, fragmentFor(model, equal.weights));
  check((await select.inputValue()) === String(equal.index), 'the select should show the equal preset');

  await page.getByRole('button', { name: /Reset/ }).click();
  await expectWeights(page, weightsWith(model));
  await expectRanking(page, rank(model, weightsWith(model)), 'ranking after reset');
  await expectHash(page, '');
  await poll(async () => (await select.inputValue()) === String(model.defaultPreset.index), {
    message: 'the select should show the default preset after reset',
  });
});

test('g. all weights zero shows a message and no rows', async ({ page, server }) => {
  const hash = `#w=${model.criteria.map((c) => `${c.id}:0`).join(',')}`;
  check(rank(model, allZero()) === null, 'reference engine: no ranking for all-zero weights');
  await openWidget(page, server, hash);
  await expectText(page, 'All weights are zero');
  await expectRanking(page, null, 'all-zero weights');
  await expectWeights(page, allZero());
  // One weight back above zero brings the rows back.
  await stepButton(page, 'sov-2', 'up').click();
  await expectRanking(page, rank(model, { ...allZero(), 'sov-2': 5 }), 'ranking after + on sov-2');
});

test('h. the status region announces the new leader after a change', async ({ page, server }) => {
  // A start (two criteria weighted) and a move (one of them to 0) that changes the leader.
  let scenario;
  for (const a of model.criteria) {
    for (const b of model.criteria) {
      if (a === b || scenario) continue;
      const before = rank(model, { ...allZero(), [a.id]: 50, [b.id]: 50 });
      const after = rank(model, { ...allZero(), [a.id]: 50 });
      if (before && after && before[0].id !== after[0].id) scenario = { a: a.id, b: b.id, before, after };
    }
  }
  check(scenario, 'precondition: the data should allow a change of leader');
  const start = { ...allZero(), [scenario.a]: 50, [scenario.b]: 50 };
  await openWidget(page, server, fragmentFor(model, start));
  await expectRanking(page, scenario.before, 'starting ranking');
  const region = announcer(page);
  check((await region.count()) === 1, 'there should be exactly one visually hidden status region');
  const box = await region.boundingBox();
  check(!box || (box.width <= 1 && box.height <= 1), `the status region should be visually hidden: ${JSON.stringify(box)}`);
  check(((await region.textContent()) ?? '').trim() === '', 'nothing should be announced before a change');

  await slider(page, scenario.b).fill('0');
  await expectRanking(page, scenario.after, 'ranking after the move');
  const leader = leaderName(scenario.after);
  const others = model.providers.filter((p) => p.name !== leader).map((p) => p.name);
  let text;
  await poll(
    async () => {
      text = (await region.textContent()) ?? '';
      return text.includes('Ranking updated') && text.includes(leader);
    },
    { timeout: 3000, message: () => `status region says ${JSON.stringify(text)}, expected "Ranking updated" and ${leader}` },
  );
  const firstOther = Math.min(...others.map((n) => text.indexOf(n)).filter((i) => i >= 0));
  check(text.indexOf(leader) < firstOther, `the announcement should name ${leader} first: ${text}`);
});

test('i1. data file answering 500: an error with "Try again", which recovers', {
  allowConsoleErrors: [/status of 500/],
}, async ({ page, server }) => {
  await servePlainPage(server);
  server.override('/providers.json', { status: 500, body: 'Internal Server Error' });
  await openWidget(page, server);
  const alert = page.locator('[role=alert]', { hasText: 'could not be downloaded' });
  await alert.waitFor();
  check((await alert.textContent()).includes('500'), 'the error should give the HTTP status');
  check((await page.locator(ROW).count()) === 0, 'no rows while the data is missing');
  const retry = page.getByRole('button', { name: 'Try again' });
  await retry.waitFor();
  server.clearOverrides();
  await servePlainPage(server);
  await retry.click();
  await page.locator(ROW).first().waitFor();
  await expectRanking(page, rank(model, weightsWith(model)), 'ranking after "Try again"');
  check(server.requests.includes('/providers.json'), 'the retry should download the file again');
});

test('i2. data file with invalid JSON: "cannot be used", with the line and column', async ({ page, server }) => {
  await servePlainPage(server);
  server.override('/providers.json', { body: '{\n  "format_version": 1,\n  "dataset": oops\n}\n' });
  await openWidget(page, server);
  const notice = page.locator('.ecc-notice', { hasText: 'cannot be used' });
  await notice.waitFor();
  const text = await notice.textContent();
  // The error is at `oops`: line 3, column 14 (the wording around the numbers may change).
  check(/line\D{0,3}3\b.{0,12}column\D{0,3}14\b/i.test(text),
    `the notice should locate the error at line 3, column 14: ${text}`);
  check((await page.locator(ROW).count()) === 0, 'no rows for an unusable file');
});

test('i3. a provider with a wrongly typed field is set aside, with the path; the rest is ranked', async ({ page, server }) => {
  const file = JSON.parse(await readFile(path.join(DIST, 'providers.json'), 'utf8'));
  const setAside = file.providers[1].id;
  file.providers[1].name = 42;
  await servePlainPage(server);
  server.override('/providers.json', { body: JSON.stringify(file) });
  await openWidget(page, server);
  const notice = page.locator('.ecc-notice', { hasText: 'set aside' });
  await notice.waitFor();
  await notice.locator('summary').click();
  const text = await notice.textContent();
  check(text.includes('providers[1].name: expected string, found number'),
    `the notice should give the path and the problem: ${text}`);
  await page.locator(ROW).first().waitFor();
  const ids = await page.locator(ROW).evaluateAll((rows) => rows.map((r) => r.dataset.providerId));
  check(ids.length === file.providers.length - 1, `one provider fewer is ranked: ${ids}`);
  check(!ids.includes(setAside), `${setAside} is set aside: ${ids}`);
});

test('i4. while the data file downloads: the pre-rendered ranking (never "Loading"), then the widget; a plain file alone: "Loading the provider data…", then the ranking', async ({ page, server }) => {
  let release = server.hold('/providers.ranking.json');
  await page.goto(server.url('/'));
  await expectRanking(page, rank(model, weightsWith(model)), 'the pre-rendered ranking while the data downloads');
  check((await page.locator('p.ecc-loading').count()) === 0, 'no loading line over a pre-rendered ranking');
  release();
  await slider(page, 'sov-1').waitFor();
  await poll(() => page.evaluate(() => document.querySelector('#eurocloud-compare .ecc-compare') !== null));

  await servePlainPage(server);
  release = server.hold('/providers.json');
  await page.goto(server.url('/'));
  const loading = page.locator('p.ecc-loading');
  await loading.waitFor();
  const text = (await loading.textContent()).trim();
  check(text === 'Loading the provider data…', `the loading line says "Loading the provider data…": ${text}`);
  check((await page.locator(ROW).count()) === 0, 'no rows before the data');
  release();
  await page.locator(ROW).first().waitFor();
  check((await loading.count()) === 0, 'the loading line goes with the data');
  await expectRanking(page, rank(model, weightsWith(model)), 'ranking once the data is in');
});

test('ac. without JavaScript: the default ranking, as the engine ranks it, and the methodology', {
  javaScriptEnabled: false,
}, async ({ page, server }) => {
  await page.goto(server.url('/'));
  await expectRanking(page, rank(model, weightsWith(model)), 'the pre-rendered ranking');
  const table = page.getByRole('table', { name: 'Providers ranked by score, from 0 to 100' });
  check((await table.count()) === 1, 'one ranking table, named by its caption');
  await expectWeights(page, weightsWith(model));
  const methodology = page.locator('details.ecc-methodology');
  check((await methodology.count()) === 1, 'the methodology is in the page');
  const note = await page.locator('noscript').first().textContent();
  check(/JavaScript/.test(note ?? ''), `the page says what needs JavaScript: ${note}`);
  // (The page still preloads the wasm and the compact file, as Trunk writes it: harmless.)
  check(!server.requests.some((r) => r.includes('eurocloud-report')), 'no report module without JavaScript');
});

test('ad. the pre-rendered ranking is painted before the wasm runs, and the widget takes it over with no flash and no layout shift', async ({ page, server }) => {
  await page.addInitScript(() => {
    window.__shifts = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shifts += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
    // Every state the mount point shows, from the first parse on: never "Loading".
    window.__loading = false;
    new MutationObserver(() => {
      if (document.querySelector('#eurocloud-compare .ecc-loading')) window.__loading = true;
    }).observe(document, { childList: true, subtree: true });
  });
  const wasm = (await readdir(DIST)).find((f) => /^eurocloud-compare-.*_bg\.wasm$/.test(f));
  const release = server.hold(`/${wasm}`);
  await page.goto(server.url('/'));
  await expectRanking(page, rank(model, weightsWith(model)), 'the ranking before the wasm');
  check(server.requests.includes('/providers.ranking.json'), 'the compact file is requested with the wasm, before it runs');
  const before = await page.locator(ROW).first().boundingBox();
  await page.evaluate(() => { window.__painted = document.querySelector('tr[data-provider-id]'); });
  release();
  // The widget has taken over once the painted rows are its own.
  await poll(() => page.evaluate(() => !document.contains(window.__painted)), {
    timeout: 10000, message: 'the widget never replaced the pre-rendered ranking',
  });
  // What moved up to two frames after the take-over (the weight changes below are
  // programmatic input, which the layout-shift score would count).
  const shifts = await page.evaluate(() => new Promise((done) =>
    requestAnimationFrame(() => requestAnimationFrame(() => done(window.__shifts)))));
  await slider(page, 'sov-1').fill('100');
  await expectRanking(page, rank(model, weightsWith(model, { 'sov-1': 100 })), 'the widget ranks once it runs');
  await slider(page, 'sov-1').fill(String(weightsWith(model)['sov-1'] ?? 15));
  const after = await page.locator(ROW).first().boundingBox();
  check(Math.abs(after.y - before.y) < 1 && Math.abs(after.height - before.height) < 1,
    `the first row stays where it was painted: ${JSON.stringify(before)} then ${JSON.stringify(after)}`);
  check(!(await page.evaluate(() => window.__loading)), 'no "Loading" between the pre-rendered ranking and the widget');
  check(shifts === 0, `no layout shift when the widget takes over: cumulative ${shifts}`);
});

test('l. a provider opens with its facts, every value with source links and dates, missing values marked', async ({ page, server }) => {
  await openWidget(page, server);
  const provider = model.providers.find((p) => p.id === 'ovhcloud') ?? model.providers[0];
  const raw = JSON.parse(await readFile(path.join(DIST, 'providers.json'), 'utf8'))
    .providers.find((p) => p.id === provider.id);
  const button = page.locator(`tr[data-provider-id="${provider.id}"] button`);
  check((await button.getAttribute('aria-expanded')) === 'false', 'closed at first');
  await button.click();
  const detail = page.locator('section.ecc-detail');
  await detail.waitFor();
  check((await button.getAttribute('aria-expanded')) === 'true', 'the button says the details are open');
  const text = await detail.textContent();
  check(text.includes(raw.name), 'the details name the provider');
  const rows = detail.locator('table.ecc-values:not(.ecc-breakdown) tbody tr');
  check((await rows.count()) === Object.keys(raw.values).length, 'one row per criterion');
  for (const [id, value] of Object.entries(raw.values)) {
    for (const source of value.sources ?? []) {
      check((await detail.locator(`a[href="${source.url}"]`).count()) > 0, `${id}: a link to ${source.url}`);
      check(text.includes(`(${source.date})`), `${id}: the date ${source.date}`);
    }
  }
  const missing = Object.values(raw.values).filter((v) => v.value === null).length;
  check((await detail.locator('.ecc-missing-value').count()) === missing, `${missing} values marked missing`);
  await expectNoAxeViolations(page, 'the provider details');
  await detail.getByRole('button', { name: 'Close' }).click();
  await poll(async () => (await page.locator('section.ecc-detail').count()) === 0, { message: 'the details close' });
  await poll(async () => (await page.evaluate(() => document.activeElement?.id)) === `ecc-open-${provider.id}`,
    { message: 'focus goes back to the name that opened the details' });
});

test('m. the methodology is in the widget', async ({ page, server }) => {
  await openWidget(page, server);
  const summary = page.locator('details.ecc-methodology summary');
  await summary.click();
  const text = await page.locator('details.ecc-methodology').textContent();
  check(text.includes('Cloud Sovereignty Framework') && text.includes('missing'), `methodology shown: ${text.slice(0, 120)}`);
});

test('j. axe-core: no WCAG 2.1 A/AA violations (loaded, after a change, with a notice)', async ({ page, server }) => {
  await openWidget(page, server);
  await expectRanking(page, rank(model, weightsWith(model)));
  await expectNoAxeViolations(page, 'the loaded page');

  await slider(page, 'sov-3').fill('100');
  await expectRanking(page, rank(model, weightsWith(model, { 'sov-3': 100 })));
  await expectNoAxeViolations(page, 'the page after moving a weight');

  await openWidget(page, server, '#w=sov-1:abc');
  await page.locator('.ecc-notice', { hasText: 'could not be used' }).waitFor();
  await expectNoAxeViolations(page, 'the malformed-fragment notice');
});

test('n. method and requirements: TOPSIS, a national profile, providers set apart with reasons, all in the link', async ({ page, server }) => {
  await openWidget(page, server);
  await page.getByLabel('Scoring method').selectOption('topsis');
  await expectHash(page, '#m=topsis');
  await page.locator('details.ecc-requirements > summary').click();
  const profile = page.getByLabel('National rules');
  const france = await profile.locator('option', { hasText: 'France' }).getAttribute('value');
  await profile.selectOption(france);
  await expectHash(page, '#m=topsis&c=secnumcloud:qualified');
  const excluded = page.locator('.ecc-excluded');
  await excluded.waitFor();
  const text = await excluded.textContent();
  check(/Scaleway: no SecNumCloud \(qualified or better\) certification/.test(text), `the reason is given: ${text.slice(0, 300)}`);
  const ids = (await readRows(page)).map((r) => r.id);
  const qualified = model.providers.filter((p) => (p.certifications ?? []).some((c) => c.scheme === 'secnumcloud' && c.status === 'qualified')).map((p) => p.id);
  check(ids.length === qualified.length && ids.every((id) => qualified.includes(id)), `only qualified offers are ranked: ${ids}`);
  await expectText(page, 'TOPSIS compares the providers ranked with each other');
  check((await page.locator('.ecc-requirements').textContent()).includes('Source of this rule'), 'the rule cites its source');
  // The link restores all of it.
  await page.reload();
  await page.locator('.ecc-excluded').waitFor();
  check((await page.getByLabel('Scoring method').inputValue()) === 'topsis', 'the method is restored');
  check((await page.getByLabel('National rules').inputValue()) === france, 'the profile shows as active');
  await expectNoAxeViolations(page, 'the requirements open, with providers set apart');
});

test('o. a gate names the level found and the level required; with nothing left, what to relax', async ({ page, server }) => {
  await openWidget(page, server, '#g=sov-5:3');
  const excluded = page.locator('.ecc-excluded');
  await excluded.waitFor();
  check(/SOV-5 [^,;]* at level 1, below the required 3/.test(await excluded.textContent()), 'a provider at level 1 says so');
  check(await page.locator('details.ecc-requirements').evaluate((d) => d.open), 'a link with requirements opens them');
  await openWidget(page, server, '#g=sov-1:4,sov-2:4,sov-5:4');
  await page.locator('.ecc-empty').waitFor();
  check((await page.locator('.ecc-empty').textContent()).includes('Relax it'), 'the empty state says what to relax');
  await page.getByRole('button', { name: 'Remove all requirements' }).click();
  await expectRanking(page, rank(model, weightsWith(model)));
});

test('p. ordering the criteria with the keyboard keeps focus on the moved button, then sets the weights', async ({ page, server }) => {
  await openWidget(page, server);
  await page.locator('details.ecc-elicit > summary').click();
  const down = page.locator('#ecc-down-sov-5');
  await down.focus();
  await page.keyboard.press('Enter');
  await poll(async () => (await page.evaluate(() => document.activeElement?.id)) === 'ecc-down-sov-5',
    { message: 'focus stays on the moved criterion\'s button' });
  await page.keyboard.press('Enter');
  const labels = await page.locator('.ecc-order-label').allTextContents();
  check(labels[2].startsWith('SOV-5'), `SOV-5 moved down twice: ${labels}`);
  await page.getByRole('button', { name: 'Use these weights' }).click();
  const shown = await page.locator('.ecc-order-weight').allTextContents();
  const weights = {};
  labels.forEach((label, i) => { weights[model.criteria.find((c) => label.startsWith(c.label)).id] = Number(shown[i]); });
  await expectRanking(page, rank(model, weightsWith(model, weights)));
  check(Object.values(weights).reduce((a, b) => a + b, 0) === 100, 'rank order centroid weights sum to 100');
});

test('q. the analysis explains the ranking: sensitivity, rank acceptability, two providers compared, a breakdown', async ({ page, server }) => {
  await openWidget(page, server);
  const ranking = rank(model, weightsWith(model));
  await page.locator('details.ecc-analysis > summary').click();
  await expectText(page, `${leaderName(ranking)} stays first while the weight of SOV-1`);
  await expectText(page, 'would pass');
  check((await page.locator('table.ecc-smaa tbody tr').count()) === 5, 'acceptability for the top 5');
  await page.getByLabel('Uncertainty of each weight').selectOption('50');
  check((await page.getByLabel('Uncertainty of each weight').inputValue()) === '50', 'the uncertainty is chosen');
  await page.getByLabel('Second provider').selectOption('4');
  await expectText(page, `${ranking[4].name} is ahead on:`);
  await page.locator(`tr[data-provider-id="${ranking[0].id}"] button`).click();
  const breakdown = page.locator('table.ecc-breakdown');
  await breakdown.waitFor();
  check((await page.locator('section.ecc-detail svg.ecc-chart').count()) === 1, 'a chart beside the table');
  const points = (await breakdown.locator('tbody td:last-child').allTextContents()).map(Number);
  const total = points.reduce((a, b) => a + b, 0);
  check(Math.abs(total - ranking[0].score) < 0.05, `the breakdown adds up to the score: ${total} vs ${ranking[0].score}`);
  await expectNoAxeViolations(page, 'the analysis and a breakdown open');
});

reportTests();

for (const width of [320, 1280]) {
  test(`k. no horizontal overflow at ${width} px`, { viewport: { width, height: 800 } }, async ({ page, server }) => {
    await openWidget(page, server);
    const ranking = rank(model, weightsWith(model));
    await expectRanking(page, ranking);
    // With every panel open, four providers side by side, and a provider's details.
    for (const panel of ['ecc-elicit', 'ecc-requirements', 'ecc-analysis']) {
      await page.locator(`details.${panel} > summary`).click();
    }
    await compareSome(page, ranking.slice(0, 4).map((r) => r.id));
    await page.locator(`${ROW} button`).first().click();
    await page.locator('table.ecc-breakdown').waitFor();
    await page.locator('table.ecc-smaa').waitFor();
    await mkdir(path.join(ROOT, 'test-results'), { recursive: true });
    await page.screenshot({ path: path.join(ROOT, 'test-results', `k-every-panel-${width}px.png`), fullPage: true });
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
    }));
    if (scrollWidth > innerWidth) {
      const wide = await page.evaluate((w) =>
        [...document.querySelectorAll('body *')]
          .filter((el) => el.getBoundingClientRect().right > w + 0.5)
          .slice(0, 5)
          .map((el) => `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''} right=${Math.round(el.getBoundingClientRect().right)}`),
      innerWidth);
      check(false, `scrollWidth ${scrollWidth} > innerWidth ${innerWidth}; widest: ${wide.join(', ')}`);
    }
  });
}

// ---------------------------------------------------------------------------------------
// Main

async function main() {
  const started = Date.now();
  let server;
  let browser;
  let result = { passed: 0, failed: 0 };
  const closeAll = async () => {
    await browser?.close().catch(() => {});
    await server?.close().catch(() => {});
  };
  process.once('SIGINT', () => closeAll().then(() => process.exit(130)));
  try {
    const built = await stat(path.join(DIST, 'index.html')).catch(() => null);
    if (!built) throw new Error(`no build in ${DIST}: run \`make dist\` first`);
    model = modelFrom(JSON.parse(await readFile(path.join(DIST, 'providers.json'), 'utf8')));
    suite.model = model;
    server = await startServer(DIST);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update',
        '--disable-sync', '--no-first-run', '--disable-gpu'],
    });
    result = await runTests({ browser, server, filter: process.argv[2] });
  } catch (err) {
    console.log(`not ok - suite set-up\n  ${String(err.stack || err).split('\n').join('\n  ')}`);
    result.failed += 1;
  } finally {
    await closeAll();
  }
  console.log(`# ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`${result.passed} passed, ${result.failed} failed`);
  process.exitCode = result.failed > 0 ? 1 : 0;
}

await main();
