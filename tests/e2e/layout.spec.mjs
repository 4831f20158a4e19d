// The layout: no horizontal scroll at 320 px (the phone project) and 1280 px (desktop) with
// every panel open, a full-page screenshot of each in test-results/; rows that slide when
// re-ordered, and not under reduced motion.

import path from 'node:path';
import { test, expect } from './fixtures.mjs';
import { rank, weightsWith } from './engine.mjs';

/** Opens every panel (four providers side by side, a provider's details, the analysis) and checks the page does not scroll sideways. */
async function noOverflowWithEveryPanelOpen({ page, widget, report, requirements, ordering, model }, width, testInfo) {
  expect(page.viewportSize().width, `the project's viewport is ${width} px wide`).toBe(width);
  await widget.open();
  const ranking = rank(model, weightsWith(model));
  await widget.expectRanking(ranking);
  for (const panel of [ordering, requirements, report.analysis]) await panel.open();
  await report.compareSome(ranking.slice(0, 4).map((r) => r.id));
  await widget.openButton(ranking[0].name).click();
  await expect(report.details.breakdown).toBeVisible();
  await expect(report.analysis.acceptability).toBeVisible();
  await page.screenshot({ path: path.join(testInfo.project.outputDir, `k-every-panel-${width}px.png`), fullPage: true });
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  const wide = scrollWidth <= innerWidth ? [] : await page.evaluate((w) =>
    [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > w + 0.5)
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''} right=${Math.round(el.getBoundingClientRect().right)}`),
  innerWidth);
  expect(scrollWidth, `scrollWidth ${scrollWidth} > innerWidth ${innerWidth}; widest: ${wide.join(', ')}`)
    .toBeLessThanOrEqual(innerWidth);
}

test('k. no horizontal overflow at 320 px', { tag: '@phone' }, async ({ page, widget, report, requirements, ordering, model }, testInfo) => {
  await noOverflowWithEveryPanelOpen({ page, widget, report, requirements, ordering, model }, 320, testInfo);
});

test('k. no horizontal overflow at 1280 px', async ({ page, widget, report, requirements, ordering, model }, testInfo) => {
  await noOverflowWithEveryPanelOpen({ page, widget, report, requirements, ordering, model }, 1280, testInfo);
});

test('k. the layout follows the column the widget is given, not the window, and the ranking stays in view while the weights move: 320, 480, 768 and 1280 px columns in a 1400 px window', async ({ page, server, dist, widget, model }, testInfo) => {
  const { readFile } = await import('node:fs/promises');
  const index = await readFile(path.join(dist, 'index.html'), 'utf8');
  await page.setViewportSize({ width: 1400, height: 900 });
  const last = model.criteria[model.criteria.length - 1].id;
  for (const width of [320, 480, 768, 1280]) {
    // A portal's page: the widget in a column of `width` px beside the portal's own content.
    const portal = index.replace(/(<main[^>]*eurocloud-compare[^>]*>)/, `<div class="portal-column" style="width:${width}px;margin-left:8px">$1`)
      .replace('</main>', '</main></div>');
    expect(portal, 'precondition: the mount point is wrapped').toContain('portal-column');
    server.override('/', { headers: { 'Content-Type': 'text/html; charset=utf-8' }, body: portal });
    await widget.open();
    await widget.expectRanking(rank(model, weightsWith(model)));
    await page.screenshot({ path: path.join(testInfo.project.outputDir, `k-column-${width}px.png`), fullPage: true });
    const layout = await page.evaluate(() => {
      const column = document.querySelector('.portal-column').getBoundingClientRect();
      const grid = getComputedStyle(document.querySelector('.ecc-layout')).gridTemplateColumns.split(' ').length;
      const past = [...document.querySelectorAll('.portal-column *')]
        .filter((el) => el.getBoundingClientRect().right > column.right + 0.5)
        .slice(0, 3).map((el) => el.tagName.toLowerCase() + (el.className ? `.${String(el.className).split(' ')[0]}` : ''));
      return { grid, past, scroll: document.documentElement.scrollWidth - innerWidth };
    });
    expect(layout.past, `${width} px column: nothing wider than the column`).toEqual([]);
    expect(layout.scroll, `${width} px column: the page does not scroll sideways`).toBeLessThanOrEqual(0);
    // Controls beside the ranking only when the column is wide enough, whatever the window.
    const wide = width >= 960;
    expect(layout.grid, `${width} px column: ${wide ? 'two columns' : 'one column'}`).toBe(wide ? 2 : 1);
    // The last weight, scrolled to and moved: the three leaders are on screen beside it,
    // and follow.
    await widget.sliderOf(last).scrollIntoViewIfNeeded();
    await widget.setWeight(last, 100);
    const moved = rank(model, weightsWith(model, { [last]: 100 }));
    await widget.expectRanking(moved, `${width} px: the last weight moved`);
    const shown = await page.locator('.ecc-leaders li').evaluateAll((items) => items.slice(0, 3).map((e) => {
      const box = e.getBoundingClientRect();
      return { id: e.dataset.providerId, seen: box.top >= 0 && box.bottom <= innerHeight };
    }));
    expect(shown, `${width} px: the three leaders in view beside the moved slider`)
      .toEqual(moved.slice(0, 3).map((e) => ({ id: e.id, seen: true })));
    await expect(widget.sliderOf(last)).toBeInViewport();
    await page.screenshot({ path: path.join(testInfo.project.outputDir, `k-column-${width}px-moving.png`) });
  }
});

test('aa. a re-order slides the moved rows (a transform), not under reduced motion', async ({ page, widget, model }) => {
  // A weight change that re-orders the default ranking.
  const before = rank(model, weightsWith(model));
  let change;
  for (const c of model.criteria) {
    for (const w of [100, 0]) {
      const after = rank(model, weightsWith(model, { [c.id]: w }));
      if (!change && after && after.map((r) => r.id).join() !== before.map((r) => r.id).join()) change = { id: c.id, w, after };
    }
  }
  expect(change, 'precondition: a weight change that re-orders the rows').toBeTruthy();
  await widget.open();
  await widget.expectRanking(before);
  // The transforms last two frames: a MutationObserver records them as they are set.
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
  await widget.setWeight(change.id, change.w);
  await widget.expectRanking(change.after, 'ranking after the change');
  await twoFrames();
  const moves = await page.evaluate(() => window.__moves);
  const place = (list, id) => list.findIndex((r) => r.id === id);
  const movedIds = before.map((r) => r.id).filter((id) => place(before, id) !== place(change.after, id));
  expect(moves.length, `a moved row gets a transform right after the change (moved: ${movedIds})`).toBeGreaterThan(0);
  for (const m of moves) {
    const match = /^translateY\((-?\d+(?:\.\d+)?)px\)$/.exec(m.transform);
    expect(match, `${m.id}: a vertical translation, got ${m.transform}`).toBeTruthy();
    expect(movedIds, `${m.id} did not move but got ${m.transform}`).toContain(m.id);
    const down = place(change.after, m.id) > place(before, m.id);
    expect(down ? Number(match[1]) < 0 : Number(match[1]) > 0, `${m.id} starts from its old place: ${m.transform}`).toBe(true);
  }
  await expect.poll(() => widget.rows.evaluateAll((trs) => trs.filter((tr) => tr.style.transform).length),
    { message: 'the transforms are removed once the rows slide' }).toBe(0);

  await page.emulateMedia({ reducedMotion: 'reduce' });
  await watch();
  await widget.setWeight(change.id, weightsWith(model)[change.id]);
  await widget.expectRanking(before, 'ranking after the change back');
  await twoFrames();
  expect(await page.evaluate(() => window.__moves), 'under reduced motion no row moves').toEqual([]);
});
