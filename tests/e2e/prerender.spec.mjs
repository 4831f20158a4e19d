// The ranking `make dist` renders into index.html: painted before the wasm runs (the wasm
// held back), and taken over by the widget with no loading line, no move of the first row
// and no layout shift; the data it needs is in the page, not requested after the wasm.

import { readdirSync } from 'node:fs';
import { test, expect } from './fixtures.mjs';
import { rank, weightsWith } from './engine.mjs';

test('ad. the pre-rendered ranking is painted before the wasm runs, and the widget takes it over with no flash and no layout shift', async ({ page, widget, server, model, dist }) => {
  await page.addInitScript(() => {
    window.__shifts = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shifts += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
    // Whatever the mount point shows from the first parse on: never "Loading".
    window.__loading = false;
    new MutationObserver(() => {
      if (document.querySelector('#eurocloud-compare .ecc-loading')) window.__loading = true;
    }).observe(document, { childList: true, subtree: true });
  });
  const wasm = readdirSync(dist).find((f) => /^eurocloud-compare-.*_bg\.wasm$/.test(f));
  const release = server.hold(`/${wasm}`);
  await page.goto('/');
  await widget.expectRanking(rank(model, weightsWith(model)), 'the ranking before the wasm');
  expect(server.requests.filter((r) => r.endsWith('.json')), 'the data is in the page: no request for it').toEqual([]);
  const before = await widget.rows.first().boundingBox();
  await page.evaluate(() => { window.__painted = document.querySelector('tr[data-provider-id]'); });
  release();
  await expect.poll(() => page.evaluate(() => !document.contains(window.__painted)),
    { message: 'the widget replaces the pre-rendered rows with its own', timeout: 10000 }).toBe(true);
  // What moved up to two frames after the take-over (the weight change below is
  // programmatic input, which the layout-shift score would count).
  const shifts = await page.evaluate(() => new Promise((done) =>
    requestAnimationFrame(() => requestAnimationFrame(() => done(window.__shifts)))));
  const after = await widget.rows.first().boundingBox();
  expect(Math.abs(after.y - before.y), 'the first row stays where it was painted').toBeLessThan(1);
  expect(Math.abs(after.height - before.height), 'the first row keeps its height').toBeLessThan(1);
  expect(await page.evaluate(() => window.__loading), 'no "Loading" between the pre-rendered ranking and the widget').toBe(false);
  expect(shifts, 'no layout shift when the widget takes over').toBe(0);
  await widget.setWeight('sov-1', 100);
  await widget.expectRanking(rank(model, weightsWith(model, { 'sov-1': 100 })), 'the widget ranks once it runs');
});
