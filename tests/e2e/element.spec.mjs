// The custom element mode (issue 12): a portal page under the strict policy loads
// embed/eurocloud-compare.js and puts <eurocloud-compare> elements on it. Each attribute
// sets its widget, and a change updates it at once; two elements on one page stay
// independent and leave the page's address alone; the widget's styles and the themes
// apply inside the shadow root, with AA contrast; nothing is reported by the policy and
// nothing is asked of another origin.

import { test, expect } from './fixtures.mjs';
import { modelFrom, rank, weightsWith } from './engine.mjs';
import { WidgetPage } from './pages/widget-page.mjs';
import { SharePanel } from './pages/share-panel.mjs';
import { recordViolations, STRICT_CSP, underPolicy, violations } from './policy.mjs';

const PORTAL = '/portal-with-elements.html';
const portalPage = (elements) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
  <title>A portal with two widgets</title><link rel="icon" href="data:,">
  <script type="module" src="/embed/eurocloud-compare.js"></script></head>
  <body><main><p>The portal's own text.</p>${elements}</main></body></html>`;
const TWO = '<eurocloud-compare id="a"></eurocloud-compare><eurocloud-compare id="b" preset="equal"></eurocloud-compare>';

/** Serves the portal page under `policy` (none: `null`), and records every violation. */
async function openPortal(page, server, elements = TWO, policy = STRICT_CSP) {
  server.override(PORTAL, underPolicy(portalPage(elements), policy));
  await recordViolations(page);
  await page.goto(PORTAL);
}

/** The portal with the two elements of `TWO`, once both widgets run: { a, b }. */
async function openTwo(page, server, model) {
  await openPortal(page, server);
  const [a, b] = ['a', 'b'].map((id) => new WidgetPage(page, model, page.locator(`eurocloud-compare#${id}`)));
  await a.started();
  await b.started();
  return { a, b };
}
const setAttribute = (page, id, name, value) =>
  page.locator(`eurocloud-compare#${id}`).evaluate((e, [n, v]) => (v === null ? e.removeAttribute(n) : e.setAttribute(n, v)), [name, value]);

function presetWeights(model, id) {
  return { ...model.presets.find((p) => p.id === id).weights };
}

test('element.attributes each attribute sets the widget and a change updates it at once, under the strict policy', async ({ page, server, model, data }) => {
  const { a, b } = await openTwo(page, server, model);
  const equal = presetWeights(model, 'equal');
  await a.expectRanking(rank(model, weightsWith(model)), 'a: the default preset');
  await b.expectRanking(rank(model, equal), 'b: preset="equal"');
  // The widget renders in a shadow root, with its stylesheet applied there.
  expect(await page.locator('#a').evaluate((e) => e.shadowRoot?.mode)).toBe('open');
  await expect(a.scope.locator('.ecc-host')).toHaveCSS('container-type', 'inline-size');

  await setAttribute(page, 'a', 'preset', 'equal');
  await a.expectRanking(rank(model, equal), 'a: preset set to "equal"');
  await a.expectWeights(equal);
  await setAttribute(page, 'a', 'weights', 'sov-1:100');
  const changed = { ...equal, 'sov-1': 100 };
  await a.expectRanking(rank(model, changed), 'a: weights="sov-1:100" over the preset');
  await setAttribute(page, 'a', 'missing', 'skip');
  await a.expectRanking(rank(model, changed, 'skip'), 'a: missing="skip"');
  await expect(a.scope.getByRole('combobox', { name: 'Missing values count as' })).toHaveValue('skip');
  await setAttribute(page, 'a', 'method', 'topsis');
  await expect(a.method).toHaveValue('topsis');
  await setAttribute(page, 'a', 'method', null);
  await expect(a.method).toHaveValue('weighted-sum');
  await a.expectRanking(rank(model, changed, 'skip'), 'a: method removed, the weighted sum again');

  // The look: a theme of the stylesheet, inside the shadow root.
  await setAttribute(page, 'a', 'theme', 'institutional');
  await expect(a.scope.locator('.ecc-host')).toHaveAttribute('data-theme', 'institutional');
  await expect(a.scope.locator('.ecc-bar-fill').first()).toHaveCSS('fill', 'rgb(0, 51, 153)');
  await setAttribute(page, 'a', 'theme', 'hostile');
  await expect(a.scope.locator('.ecc-host')).not.toHaveAttribute('data-theme', /.*/);

  // The report module, imported under the strict policy with its integrity, its styles
  // in the shadow root: a provider in full.
  const ovh = model.providers.find((p) => p.id === 'ovhcloud').name;
  await a.openButton(ovh).click();
  const detail = a.scope.locator('section.ecc-detail');
  await expect(detail.getByRole('heading', { name: ovh })).toBeVisible();
  await expect(detail).toHaveCSS('border-top-style', 'solid');
  // The portal's own page is not styled by the report's stylesheet.
  await expect(page.locator('head link[rel=stylesheet]')).toHaveCount(0);
  await a.openButton(ovh).click();
  await expect(detail).toHaveCount(0);

  // What cannot be used is said, and the rest still applies.
  await setAttribute(page, 'a', 'lang', 'fr');
  await expect(a.note('there are no messages in “fr” yet; English is shown')).toBeVisible();
  await setAttribute(page, 'a', 'preset', 'cheapest');
  await expect(a.note('there is no preset “cheapest”; the default weights are used')).toBeVisible();
  await a.expectRanking(rank(model, weightsWith(model, { 'sov-1': 100 }), 'skip'), 'a: an unknown preset, the default one changed');

  // The data source: the page's own file, read in the browser.
  const mine = { ...data, providers: data.providers.slice(0, 3) };
  server.override('/mine.json', { body: JSON.stringify(mine) });
  for (const name of ['preset', 'weights', 'missing', 'lang']) await setAttribute(page, 'a', name, null);
  await setAttribute(page, 'a', 'src', '/mine.json');
  await a.expectRanking(rank(modelFrom(mine), weightsWith(modelFrom(mine))), 'a: src="/mine.json"');
  // Its compact form, named by `ranking`, is what the widget reads then.
  const compact = page.waitForRequest((r) => r.url().endsWith('/providers.compact.json'));
  await setAttribute(page, 'a', 'ranking', '/providers.compact.json');
  await setAttribute(page, 'a', 'src', '/providers.json');
  await compact;
  await a.expectRanking(rank(model, weightsWith(model)), 'a: src="/providers.json" ranking="/providers.compact.json"');
  // A file that arrives after the one that replaced it is not shown.
  server.override('/late.json', { body: JSON.stringify(data) });
  const release = server.hold('/late.json');
  const asked = page.waitForRequest((r) => r.url().endsWith('/late.json'));
  await setAttribute(page, 'a', 'ranking', null);
  await setAttribute(page, 'a', 'src', '/late.json');
  await asked;
  await setAttribute(page, 'a', 'src', '/mine.json');
  await a.expectRanking(rank(modelFrom(mine), weightsWith(modelFrom(mine))), 'a: src="/mine.json" again');
  release();
  await page.waitForTimeout(300);
  await a.expectRanking(rank(modelFrom(mine), weightsWith(modelFrom(mine))), 'a: the late file came, and is not shown');

  // The other element and the page's address are untouched by all of it.
  await b.expectRanking(rank(model, equal), 'b, after every change of a');
  await expect(b.scope.locator('.ecc-host')).not.toHaveAttribute('data-theme', /.*/);
  expect(await page.evaluate(() => location.hash)).toBe('');
  expect(await violations(page), 'no policy violation').toEqual([]);
});

test('element.independent a visitor moving one widget\'s weights moves only that one, and the address stays the portal\'s', async ({ page, server, model }) => {
  const { a, b } = await openTwo(page, server, model);
  const equal = presetWeights(model, 'equal');
  await a.sliderOf('sov-2').focus();
  await page.keyboard.press('End');
  const moved = weightsWith(model, { 'sov-2': 100 });
  await a.expectWeights(moved);
  await a.expectRanking(rank(model, moved), 'a: the visitor moved sov-2');
  await b.expectWeights(equal);
  await b.expectRanking(rank(model, equal), 'b: unchanged');
  // Each widget has ids of its own, and every label still names its control.
  const ids = await page.evaluate(() => [...document.querySelectorAll('eurocloud-compare')]
    .map((e) => e.shadowRoot.querySelector('input[type=range]').id));
  expect(new Set(ids).size, `ids ${ids}`).toBe(2);
  // Longer than the fragment's delay (250 ms): nothing is written to the portal's address.
  await page.waitForTimeout(400);
  expect(await page.evaluate(() => location.hash)).toBe('');
  // An element removed and put back starts again; the other goes on.
  await page.evaluate(() => { const e = document.getElementById('a'); const p = e.parentNode; e.remove(); p.append(e); });
  await a.started();
  await a.expectRanking(rank(model, weightsWith(model)), 'a: put back, from its attributes');
  await b.expectRanking(rank(model, equal), 'b: unchanged');
  expect(await violations(page), 'no policy violation').toEqual([]);
});

test('element.link a link from an element opens a page that shows its state: the standalone page beside the widget, the page "link" names, and none for a portal\'s own file', async ({ page, context, server, model }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  const { a, b } = await openTwo(page, server, model);
  // The portal's page does not read its fragment (two widgets would share it): the link
  // opens the standalone page published with the widget, in the element's theme.
  await setAttribute(page, 'a', 'theme', 'institutional');
  await a.setWeight('sov-2', 100);
  const moved = weightsWith(model, { 'sov-2': 100 });
  await a.expectRanking(rank(model, moved), 'a: the visitor moved sov-2');
  const copy = async (widget) => {
    await new SharePanel(page, widget.scope).copyLink.click();
    await expect(widget.scope.locator('p.ecc-share-status')).toContainText('is copied');
    return page.evaluate(() => navigator.clipboard.readText());
  };
  const copied = await copy(a);
  expect(copied).toMatch(new RegExp(`^${server.origin}/index\\.html\\?theme=institutional#.*w=`));
  // b names a page of the portal's that shows the widget and reads its fragment.
  await setAttribute(page, 'b', 'link', '/compare/#ignored');
  await b.method.selectOption('topsis');
  expect(await copy(b)).toMatch(new RegExp(`^${server.origin}/compare/#.*m=topsis`));
  // The link opens the same state, on the standalone page.
  const standalone = new WidgetPage(page, model);
  await page.goto(copied);
  await standalone.started();
  await standalone.expectWeights(moved);
  await standalone.expectRanking(rank(model, moved), 'the standalone page opened from the link');
  await expect(page.locator('#eurocloud-compare')).toHaveAttribute('data-theme', 'institutional');

  // A portal's own file, and no page named: no page would show that file from a link, so
  // none is offered, and the exports carry none.
  await openPortal(page, server, '<eurocloud-compare id="own" src="/providers.json" ranking="/providers.compact.json"></eurocloud-compare>');
  const own = new WidgetPage(page, model, page.locator('eurocloud-compare#own'));
  await own.started();
  const share = new SharePanel(page, own.scope);
  await expect(share.csv).toBeVisible();
  await expect(share.copyLink).toHaveCount(0);
  const csv = await share.download(share.csv);
  expect(csv.text).toContain('Exported');
  expect(csv.text.split(/\r?\n/).filter((line) => line.startsWith('Link,')), 'no link row').toEqual([]);
  // Named, it is offered again.
  await setAttribute(page, 'own', 'link', 'https://portal.example/cloud/compare');
  expect(await copy(own)).toBe('https://portal.example/cloud/compare');
  expect(await violations(page), 'no policy violation').toEqual([]);
});

test('element.look the themes apply inside the shadow root and keep AA contrast', async ({ page, server, model, axe }) => {
  // Without the policy: axe adds style elements of its own, which it would refuse (the
  // other tests check the policy).
  await openPortal(page, server, '<eurocloud-compare id="a" theme="neutral"></eurocloud-compare>'
    + '<eurocloud-compare id="b" theme="institutional"></eurocloud-compare>', null);
  for (const [id, accent] of [['a', 'rgb(59, 59, 59)'], ['b', 'rgb(0, 51, 153)']]) {
    const widget = new WidgetPage(page, model, page.locator(`eurocloud-compare#${id}`));
    await widget.started();
    await expect(widget.scope.locator('.ecc-bar-fill').first()).toHaveCSS('fill', accent);
  }
  // The portal's own custom properties reach into the shadow root and win over the defaults
  // (a theme, set on the widget itself, wins over them).
  await setAttribute(page, 'a', 'theme', null);
  await page.locator('#a').evaluate((e) => e.style.setProperty('--ecc-accent', 'rgb(120, 0, 60)'));
  await expect(page.locator('#a .ecc-bar-fill').first()).toHaveCSS('fill', 'rgb(120, 0, 60)');
  await page.locator('#a').evaluate((e) => e.style.removeProperty('--ecc-accent'));
  // Spacing too: the unit the panels' padding is made of.
  await expect(page.locator('#a .ecc-controls')).toHaveCSS('padding-top', '16px');
  await page.locator('#a').evaluate((e) => e.style.setProperty('--ecc-space', '2rem'));
  await expect(page.locator('#a .ecc-controls')).toHaveCSS('padding-top', '32px');
  await page.locator('#a').evaluate((e) => e.style.removeProperty('--ecc-space'));
  await setAttribute(page, 'a', 'theme', 'neutral');
  await axe.expectNoViolations('two elements, neutral and institutional');
});

test('element.column an element in a narrow portal column gets the one-column layout inside its shadow root, with nothing past the column and the leaders in view', async ({ page, server, model }, testInfo) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  const last = model.criteria[model.criteria.length - 1].id;
  for (const width of [320, 480]) {
    // The column's width is the portal's own stylesheet's business: set through the CSSOM.
    await openPortal(page, server, '<div class="portal-column"><eurocloud-compare id="a"></eurocloud-compare></div>');
    await page.locator('.portal-column').evaluate((c, w) => { c.style.width = `${w}px`; }, width);
    const widget = new WidgetPage(page, model, page.locator('eurocloud-compare#a'));
    await widget.started();
    const layout = await page.locator('#a').evaluate((host) => {
      const column = host.getBoundingClientRect();
      const root = host.shadowRoot;
      const grid = getComputedStyle(root.querySelector('.ecc-layout')).gridTemplateColumns.split(' ').length;
      const past = [...root.querySelectorAll('*')].filter((el) => el.getBoundingClientRect().right > column.right + 0.5)
        .slice(0, 3).map((el) => el.tagName.toLowerCase() + (el.className ? `.${String(el.className.baseVal ?? el.className).split(' ')[0]}` : ''));
      return { grid, past, scroll: document.documentElement.scrollWidth - innerWidth };
    });
    expect(layout, `${width} px column`).toEqual({ grid: 1, past: [], scroll: 0 });
    await widget.sliderOf(last).scrollIntoViewIfNeeded();
    await widget.setWeight(last, 100);
    const moved = rank(model, weightsWith(model, { [last]: 100 }));
    await widget.expectRanking(moved, `${width} px: the last weight moved`);
    const shown = await widget.scope.locator('.ecc-leaders li').evaluateAll((items) => items.map((e) => {
      const box = e.getBoundingClientRect();
      return { id: e.dataset.providerId, seen: box.top >= 0 && box.bottom <= innerHeight };
    }));
    expect(shown, `${width} px: the three leaders in view`).toEqual(moved.slice(0, 3).map((e) => ({ id: e.id, seen: true })));
    await page.screenshot({ path: testInfo.outputPath(`element-column-${width}px.png`) });
    expect(await violations(page), 'no policy violation').toEqual([]);
  }
});

test('element.embed embed.html shows two elements live under the strict policy', async ({ page, server, model }) => {
  const body = await (await fetch(`${server.origin}/embed.html`)).text();
  server.override('/embed.html', underPolicy(body));
  await recordViolations(page);
  await page.goto('/embed.html');
  const plain = new WidgetPage(page, model, page.locator('#element-default'));
  const set = new WidgetPage(page, model, page.locator('#element-set'));
  await plain.started();
  await set.started();
  await plain.expectRanking(rank(model, weightsWith(model)));
  await expect(set.method).toHaveValue('topsis');
  await set.expectWeights(presetWeights(model, 'equal'));
  await expect(set.scope.locator('.ecc-host')).toHaveAttribute('data-theme', 'institutional');
  await expect(page.locator('pre').filter({ hasText: '<eurocloud-compare preset="equal"' })).toBeVisible();
  expect(await violations(page), 'no policy violation').toEqual([]);
});
