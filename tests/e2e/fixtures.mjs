// The suite's `test` and `expect`: Playwright's, with the build under test, its server, the
// reference model, the page objects, axe-core, and the guards every test runs under (a page
// error, a console error the test does not expect, or a request to any host but 127.0.0.1
// fails the test; such requests are aborted).

import { test as base, expect } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { DIST } from './paths.mjs';
import { startServer } from './server.mjs';
import { modelFrom } from './engine.mjs';
import { WidgetPage } from './pages/widget-page.mjs';
import { RequirementsPanel } from './pages/requirements-panel.mjs';
import { OrderingPanel } from './pages/ordering-panel.mjs';
import { ReportPanels } from './pages/report-panels.mjs';
import { SharePanel } from './pages/share-panel.mjs';
import { NoScriptPage } from './pages/no-script-page.mjs';

export { expect };

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** The data file the widget is served, parsed anew (a test may change its copy). */
async function readData(dist) {
  return JSON.parse(await readFile(path.join(dist, 'providers.json'), 'utf8'));
}

/** Runs axe-core with the WCAG 2.0/2.1 A and AA rules on `page`; fails on any violation. */
async function expectNoAxeViolations(page, label) {
  // Evaluated rather than added as an inline <script>, which a Content-Security-Policy
  // without 'unsafe-inline' would block. (With JavaScript off axe cannot run: it waits on
  // timers, which such a page never fires.)
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) {
    await page.evaluate(await readFile(AXE_PATH, 'utf8'));
  }
  const results = await page.evaluate(
    (tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }),
    AXE_TAGS,
  );
  const lines = results.violations.map((v) => {
    const nodes = v.nodes.map((n) => `      ${n.target.join(' ')}: ${n.failureSummary?.replace(/\n/g, ' ')}`);
    return `  ${v.id} (${v.impact}): ${v.help}\n${nodes.join('\n')}`;
  });
  expect(lines, `axe found ${results.violations.length} violation(s) on ${label}`).toEqual([]);
}

export const test = base.extend({
  // --- Options -------------------------------------------------------------------------
  /**
   * The console errors a test expects, as one RegExp (alternatives joined by `|`); any
   * other fails it. Set with `test.use` (an array there would be read as a fixture tuple).
   */
  allowConsoleErrors: [null, { option: true }],

  // --- Worker fixtures: one build, one server, one model per worker --------------------
  // The server is per worker, not per run: a test replaces or holds back what it serves
  // (server.override, server.hold), and two workers must not see each other's overrides.
  dist: [DIST, { scope: 'worker', option: true }],
  server: [async ({ dist }, use) => {
    const server = await startServer(dist);
    await use(server);
    await server.close();
  }, { scope: 'worker' }],
  /** The model every prediction is computed from: the data file the widget is served. */
  model: [async ({ dist }, use) => use(modelFrom(await readData(dist))), { scope: 'worker' }],
  /** The path of the report module's wasm, whose name the release build gives a hash of its contents. */
  reportWasm: [async ({ dist }, use) => {
    const name = readdirSync(dist).find((n) => /^eurocloud-report(-[0-9a-f]+)?_bg\.wasm$/.test(n));
    if (!name) throw new Error(`no eurocloud-report wasm in ${dist}`);
    await use(`/${name}`);
  }, { scope: 'worker' }],

  // --- Test fixtures -------------------------------------------------------------------
  baseURL: async ({ server }, use) => use(server.origin),

  /** Each test starts with the server serving the build as it is, and leaves it so. */
  context: async ({ context, server, allowConsoleErrors }, use) => {
    server.clearOverrides();
    const errors = [];
    const watch = (page) => {
      page.on('pageerror', (err) => errors.push(`page error: ${err.stack || err.message}`));
      page.on('crash', () => errors.push('page crashed'));
      page.on('console', (msg) => {
        if (msg.type() !== 'error') return;
        const text = msg.text();
        if (allowConsoleErrors?.test(text)) return;
        const where = msg.location()?.url ? ` (${msg.location().url})` : '';
        errors.push(`console error: ${text}${where}`);
      });
    };
    context.on('page', watch);
    context.pages().forEach(watch);
    await context.route(
      (url) => url.hostname !== '127.0.0.1',
      (route) => {
        errors.push(`request to a third-party host: ${route.request().url()}`);
        return route.abort('blockedbyclient');
      },
    );
    await use(context);
    server.clearOverrides();
    expect(errors, 'the page reported errors (page errors, console errors, third-party requests)').toEqual([]);
  },

  /**
   * `await plainPage()` serves the page as a portal that publishes a plain data file of its
   * own would: without the compact data `make dist` writes into it, so the widget reads
   * `providers.json` itself, through the report module.
   */
  plainPage: async ({ server, dist }, use) => use(async () => {
    const html = (await readFile(path.join(dist, 'index.html'), 'utf8'))
      .replace(/<script type="application\/json" class="ecc-ranking-data">[\s\S]*?<\/script>/, '');
    const answer = { headers: { 'Content-Type': 'text/html; charset=utf-8' }, body: html };
    server.override('/', answer);
    server.override('/index.html', answer);
  }),

  /** The data file the widget is served, parsed anew for each test (which may change it). */
  data: async ({ dist }, use) => use(await readData(dist)),

  widget: async ({ page, model }, use) => use(new WidgetPage(page, model)),
  requirements: async ({ page }, use) => use(new RequirementsPanel(page)),
  ordering: async ({ page, model }, use) => use(new OrderingPanel(page, model)),
  report: async ({ page, model, widget }, use) => use(new ReportPanels(page, model, widget)),
  share: async ({ page }, use) => use(new SharePanel(page)),
  noScript: async ({ page }, use) => use(new NoScriptPage(page)),

  /** axe-core on the page: `await axe.expectNoViolations('what is shown')`. */
  axe: async ({ page }, use) => use({ expectNoViolations: (label) => expectNoAxeViolations(page, label) }),
});
