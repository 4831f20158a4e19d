// What the end-to-end tests share: where the build is, how to open the widget, and
// assertions on what it shows (rows, fragment, weights, text, axe-core).

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { poll, check } from './harness.mjs';
import { rankingDiff } from './engine.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = path.resolve(process.env.ECC_DIST || path.join(ROOT, 'dist'));
const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export const ROW = 'tr[data-provider-id]';
export const slider = (page, id) => page.locator(`input[type=range][data-criterion-id="${id}"]`);
export const stepButton = (page, id, dir) =>
  page.locator(`button[data-criterion-id="${id}"][data-step="${dir}"]`);
export const announcer = (page) => page.locator('[role=status].ecc-visually-hidden');

/**
 * What the suite shares with the tests of every file: `model`, the model every prediction
 * is computed from (the data file the widget is served), set by run.mjs before any test.
 */
export const suite = { model: undefined };

/** Opens the widget at `hash` and waits until it has rendered something final. */
export async function openWidget(page, server, hash = '') {
  await page.goto(server.url(`/${hash}`));
  await page.locator(`${ROW}, .ecc-notice`).first().waitFor({ timeout: 10000 });
}

/**
 * Serves the page as a portal that publishes a plain data file of its own would: without
 * the compact file `make dist` writes (`data-ranking`, and its preload), so the widget
 * reads `providers.json` itself, through the report module.
 */
export async function servePlainPage(server) {
  const page = (await readFile(path.join(DIST, 'index.html'), 'utf8'))
    .replace(/<link rel="?preload"?[^>]*ranking\.json[^>]*>/, '')
    .replace(/ data-ranking="?[^" >]*"?/, '');
  const answer = { headers: { 'Content-Type': 'text/html; charset=utf-8' }, body: page };
  server.override('/', answer);
  server.override('/index.html', answer);
}

export async function readRows(page) {
  return page.$$eval('tr[data-provider-id]', (rows) =>
    rows.map((r) => ({ id: r.dataset.providerId, rank: r.dataset.rank, score: r.dataset.score })),
  );
}

/** Waits until the rows on the page are `expected` (a prediction of the JS engine). */
export async function expectRanking(page, expected, label = 'ranking') {
  let diff;
  await poll(
    async () => {
      diff = rankingDiff(await readRows(page), expected);
      return diff === null;
    },
    { message: () => `${label} differs from the prediction: ${diff}` },
  );
}

export async function expectHash(page, hash) {
  let last;
  await poll(
    async () => (last = await page.evaluate(() => location.hash)) === hash,
    { message: () => `URL fragment is ${JSON.stringify(last)}, expected ${JSON.stringify(hash)}` },
  );
}

export async function expectWeights(page, weights) {
  let wrong;
  await poll(
    async () => {
      wrong = [];
      for (const [id, w] of Object.entries(weights)) {
        const value = await slider(page, id).inputValue();
        const shown = await page
          .locator(`output[for="${await slider(page, id).getAttribute('id')}"]`)
          .textContent();
        if (value !== String(w) || shown?.trim() !== String(w)) {
          wrong.push(`${id}: slider ${value}, output ${shown?.trim()}, expected ${w}`);
        }
      }
      return wrong.length === 0;
    },
    { message: () => `weights differ: ${wrong.join('; ')}` },
  );
}

export async function expectText(page, text, timeout = 5000) {
  await page.getByText(text).first().waitFor({ timeout });
}

/** Runs axe-core with the WCAG 2.0/2.1 A and AA rules; fails on any violation. */
export async function expectNoAxeViolations(page, label) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) {
    await page.addScriptTag({ path: AXE_PATH });
  }
  const results = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }),
    AXE_TAGS,
  );
  if (results.violations.length > 0) {
    const lines = results.violations.map((v) => {
      const nodes = v.nodes.map((n) => `      ${n.target.join(' ')}: ${n.failureSummary?.replace(/\n/g, ' ')}`);
      return `  ${v.id} (${v.impact}): ${v.help}\n${nodes.join('\n')}`;
    });
    check(false, `axe found ${results.violations.length} violation(s) on ${label}:\n${lines.join('\n')}`);
  }
}

/** The data file the widget is served, parsed anew (a test may change its copy). */
export async function readData() {
  return JSON.parse(await readFile(path.join(DIST, 'providers.json'), 'utf8'));
}

/**
 * Opens the widget at `hash` in a new document: `page.goto` to the same page with only
 * another fragment would not reload it.
 */
export async function openFresh(page, server, hash = '') {
  await page.goto('about:blank');
  await openWidget(page, server, hash);
}

/** Waits until the (whitespace-collapsed) text of `locator` is `expected`. */
export async function expectTextOf(locator, expected, label) {
  let last;
  await poll(
    async () => {
      last = ((await locator.first().textContent({ timeout: 500 })) ?? '').replace(/\s+/g, ' ').trim();
      return last === expected;
    },
    { message: () => `${label}: ${JSON.stringify(last)}, expected ${JSON.stringify(expected)}` },
  );
}

/** The browser's date, YYYY-MM-DD in its time zone (as the widget dates its files). */
export async function browserToday(page) {
  return page.evaluate(() => {
    const d = new Date();
    const two = (n) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
  });
}

/** Clicks `selector` and resolves to { name, text } of the file the page downloads. */
export async function downloadFrom(page, selector) {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 5000 }),
    page.locator(selector).click(),
  ]);
  const failure = await download.failure();
  check(failure === null, `the download from ${selector} failed: ${failure}`);
  const chunks = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk);
  return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
}
