// The iframe mode (issue 12): a portal on another origin frames the widget and loads
// embed/host.js; the iframe follows the widget's height as its content grows and shrinks,
// and ignores height messages from anyone else (another origin, another frame of the
// widget's own origin, the portal itself). Portal and widget both run under strict
// Content-Security-Policies and report no violation. embed.html shows the mode live.

import { createServer } from 'node:http';
import { test, expect } from './fixtures.mjs';
import { recordViolations, strictPolicy, underPolicy, violations } from './policy.mjs';
import { WidgetPage } from './pages/widget-page.mjs';
import { rank, weightsWith } from './engine.mjs';

const TYPE = 'eurocloud-compare:height';
const VIEWPORT = 'eurocloud-compare:viewport';

/** A server on its own port (so its own origin) answering paths from `pages`. */
async function origin(pages) {
  const server = createServer((req, res) => {
    const page = pages[new URL(req.url, 'http://127.0.0.1').pathname];
    if (!page) { res.writeHead(404); return res.end(); }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', ...page.headers });
    res.end(page.body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}

/** Inline script is the stranger's own business: its page has no policy. */
const forger = (label) => `<!doctype html><title>${label}</title><script>
  addEventListener('message', (e) => {
    if (e.data === 'forge') parent.postMessage({ type: '${TYPE}', height: 7777 }, '*');
    // To every frame of the portal, the widget's among them.
    if (e.data === 'forge-viewport') {
      for (let i = 0; i < parent.frames.length; i++) parent.frames[i].postMessage({ type: '${VIEWPORT}', top: 4321 }, '*');
    }
  });
</script>`;

let third;
test.beforeAll(async () => {
  third = await origin({ '/stranger.html': { body: forger('A stranger') } });
});
test.afterAll(async () => third?.close());

/**
 * A portal on its own origin, under its own strict policy, that frames the widget (under
 * the strict policy, framed by the portal only) and loads embed/host.js, beside a
 * stranger's frame and a frame of the widget's origin that is not the widget. `before`
 * is the portal's content above the widget; `publish` changes the widget's page as its
 * publisher would. Resolves to the portal's server and page.
 */
async function portalFraming(server, before = '', publish = (body) => body) {
  const widgetOrigin = server.origin;
  const portalPages = {};
  const portal = await origin(portalPages);
  const body = publish(await (await fetch(`${widgetOrigin}/index.html`)).text());
  server.override('/', underPolicy(body, strictPolicy(portal.origin)));
  server.override('/forger.html', { headers: { 'Content-Type': 'text/html; charset=utf-8' }, body: forger('Same origin, not the widget') });
  const portalPolicy = `default-src 'self'; script-src 'self' ${widgetOrigin}; style-src 'self'; img-src 'self' data:; frame-src ${widgetOrigin} ${third.origin}; object-src 'none'; base-uri 'none'`;
  const portalPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A portal</title>
    <link rel="icon" href="data:,"><script src="${widgetOrigin}/embed/host.js" defer></script></head>
    <body><main><h1>A portal</h1>${before}
    <iframe data-eurocloud-compare src="${widgetOrigin}/" title="EuroCloud Compare: European cloud providers ranked by your criteria" referrerpolicy="strict-origin"></iframe>
    <iframe id="stranger" src="${third.origin}/stranger.html" title="A stranger"></iframe>
    <iframe id="sibling" src="${widgetOrigin}/forger.html" title="Same origin, not the widget"></iframe>
    </main></body></html>`;
  portalPages['/portal.html'] = { headers: { 'Content-Security-Policy': portalPolicy }, body: portalPage };
  return { portal, url: `${portal.origin}/portal.html` };
}

/**
 * Records every request of `page` and its frames; `check(origins)` then expects each to
 * go to one of `origins`, and those of the widget's frames to the widget's origin only.
 */
function recordRequests(page, widgetOrigin) {
  const asked = [];
  page.on('request', (r) => asked.push({ url: r.url(), by: r.frame()?.url() ?? '' }));
  return {
    check(origins) {
      const away = asked.filter((r) => !r.url.startsWith('data:') && !origins.includes(new URL(r.url).origin));
      expect(away, 'no request to any other origin').toEqual([]);
      const fromWidget = asked.filter((r) => r.by.startsWith(widgetOrigin) && !r.url.startsWith('data:'));
      expect(fromWidget.length, 'precondition: the widget\'s requests were seen').toBeGreaterThan(0);
      expect(fromWidget.filter((r) => new URL(r.url).origin !== widgetOrigin), 'the widget asks only its own origin').toEqual([]);
    },
  };
}

/** The widget's frame among the page's frames. */
const widgetFrameOf = (page, server) => page.frames().find((f) => f.url().startsWith(server.origin) && !f.url().includes('forger'));

test('iframe. the iframe follows the widget as it grows and shrinks, and ignores every other message', async ({ page, server }) => {
  const { portal, url } = await portalFraming(server);
  try {
    await recordViolations(page);
    const requests = recordRequests(page, server.origin);
    await page.goto(url);
    const iframe = page.locator('iframe[data-eurocloud-compare]');
    await expect(iframe).toHaveAttribute('title', /EuroCloud Compare/);
    const frame = page.frameLocator('iframe[data-eurocloud-compare]');
    await expect(frame.locator('tr[data-provider-id]').first()).toBeVisible();
    const widgetFrame = widgetFrameOf(page, server);
    // The widget's content height, as its page lays it out.
    const content = () => widgetFrame.evaluate(() => Math.ceil(document.getElementById('eurocloud-compare').getBoundingClientRect().bottom + scrollY));
    // The iframe's content box (its default 2 px border aside).
    const height = () => iframe.evaluate((f) => f.clientHeight);
    const follows = async (label) => {
      await expect.poll(async () => Math.abs((await height()) - (await content())), { message: `${label}: the iframe is as tall as the widget` }).toBeLessThanOrEqual(1);
      return height();
    };
    const start = await follows('at load');
    expect(start, 'taller than an iframe\'s default 150 px').toBeGreaterThan(400);
    // Grows: the requirements open inside the frame.
    const summary = frame.locator('summary').filter({ hasText: /^Requirements/ });
    await summary.click();
    const grown = await follows('requirements open');
    expect(grown, 'the iframe grew with its content').toBeGreaterThan(start);
    // Shrinks: closed again.
    await summary.click();
    const shrunk = await follows('requirements closed');
    expect(shrunk, 'the iframe shrank with its content').toBeLessThan(grown);
    // Strangers: another origin, a frame of the widget's origin that is not the widget,
    // and the portal itself post heights; none is used.
    for (const id of ['#stranger', '#sibling']) {
      await page.locator(id).evaluate((f) => f.contentWindow.postMessage('forge', '*'));
    }
    await page.evaluate((type) => window.postMessage({ type, height: 6666 }, '*'), TYPE);
    await page.waitForTimeout(300);
    expect(await height(), 'forged heights are ignored').toBe(shrunk);
    // The portal's bounds: the height is clamped to data-max-height.
    await iframe.evaluate((f) => f.setAttribute('data-max-height', '600'));
    await summary.click();
    await expect.poll(height, { message: 'clamped to data-max-height' }).toBe(600);
    await iframe.evaluate((f) => f.removeAttribute('data-max-height'));
    await summary.click();
    await follows('bounds removed, requirements closed');
    // The report module, imported inside the frame under the widget's strict policy.
    const ovh = frame.getByRole('button', { name: 'OVHcloud', exact: true });
    await ovh.click();
    await expect(frame.locator('section.ecc-detail').getByRole('heading', { name: 'OVHcloud' })).toBeVisible();
    // In the iframe's 300 px, a provider in full is taller than the host's 20,000 px bound.
    await expect.poll(async () => (await height()) - Math.min(await content(), 20000), { message: 'a provider in full: as tall as the widget, up to the bound' }).toBe(0);
    const reported = [...(await violations(page)), ...(await violations(widgetFrame))];
    expect(reported, 'no policy violation in the portal or the widget').toEqual([]);
    requests.check([portal.origin, server.origin, third.origin]);
  } finally {
    await portal.close();
  }
});

test('iframe.leaders the leading providers stay on screen while the portal scrolls past the iframe, whatever else tells the widget where it is', async ({ page, server, model }, testInfo) => {
  // A phone: the portal's page scrolls, never the iframe, which is as tall as the widget.
  await page.setViewportSize({ width: 360, height: 740 });
  const { portal, url } = await portalFraming(server, '<p>The portal\'s own introduction, above the widget.</p>');
  try {
    await recordViolations(page);
    await page.goto(url);
    const iframe = page.locator('iframe[data-eurocloud-compare]');
    await iframe.evaluate((f) => { f.style.width = '100%'; f.style.boxSizing = 'border-box'; });
    const frame = page.frameLocator('iframe[data-eurocloud-compare]');
    const widget = new WidgetPage(page, model, frame);
    await widget.started();
    await expect.poll(() => iframe.evaluate((f) => f.clientHeight), { message: 'the iframe is sized to the widget' }).toBeGreaterThan(1500);
    // Where the leaders are on the portal's screen: the iframe's content box plus their
    // place in it.
    const leadersOnScreen = async () => {
      const inFrame = await frame.locator('.ecc-leaders li').evaluateAll((items) => items.map((e) => {
        const box = e.getBoundingClientRect();
        return { id: e.dataset.providerId, top: box.top, bottom: box.bottom };
      }));
      const at = await iframe.evaluate((f) => f.getBoundingClientRect().top + f.clientTop);
      const screen = page.viewportSize().height;
      return inFrame.map((l) => ({ id: l.id, seen: at + l.top >= 0 && at + l.bottom <= screen }));
    };
    // The last weight, scrolled to on the portal's page (far below the iframe's top) and moved.
    const last = model.criteria[model.criteria.length - 1].id;
    await widget.sliderOf(last).scrollIntoViewIfNeeded();
    expect(await iframe.evaluate((f) => f.getBoundingClientRect().top), 'precondition: the iframe\'s top is scrolled off the screen').toBeLessThan(-500);
    await widget.setWeight(last, 100);
    const moved = rank(model, weightsWith(model, { [last]: 100 }));
    await widget.expectRanking(moved, 'the last weight moved');
    const expected = moved.slice(0, 3).map((e) => ({ id: e.id, seen: true }));
    await expect.poll(leadersOnScreen, { message: 'the three leaders on the portal\'s screen beside the moved slider' }).toEqual(expected);
    await expect(widget.sliderOf(last)).toBeInViewport();
    await page.screenshot({ path: testInfo.outputPath('iframe-leaders-360px.png') });
    // Forged positions, from a frame of the widget's origin that is not its parent and
    // from another origin, change nothing.
    const widgetFrame = widgetFrameOf(page, server);
    const visibleTop = () => widgetFrame.evaluate(() => document.getElementById('eurocloud-compare').style.getPropertyValue('--ecc-visible-top'));
    const told = await visibleTop();
    expect(parseFloat(told), 'the widget was told where it is').toBeGreaterThan(500);
    for (const id of ['#stranger', '#sibling']) {
      await page.locator(id).evaluate((f) => f.contentWindow.postMessage('forge-viewport', '*'));
    }
    await page.waitForTimeout(300);
    expect(await visibleTop(), 'forged positions are ignored').toBe(told);
    await expect.poll(leadersOnScreen).toEqual(expected);
    // Back at the top, the leaders are back above the sliders.
    await page.evaluate(() => scrollTo(0, 0));
    await expect.poll(visibleTop, { message: 'told the iframe is on screen again' }).toBe('0px');
    const reported = [...(await violations(page)), ...(await violations(widgetFrame))];
    expect(reported, 'no policy violation in the portal or the widget').toEqual([]);
  } finally {
    await portal.close();
  }
});

test('iframe.origins a widget whose publisher lists other portals tells this one nothing, and hears nothing from it', async ({ page, server }) => {
  const { portal, url } = await portalFraming(server, '', (body) =>
    body.replace('id=eurocloud-compare>', 'id=eurocloud-compare data-parent-origins="https://portal.example.org">'));
  try {
    await recordViolations(page);
    await page.goto(url);
    const frame = page.frameLocator('iframe[data-eurocloud-compare]');
    await expect(frame.locator('#eurocloud-compare')).toHaveAttribute('data-parent-origins', 'https://portal.example.org');
    await expect(frame.locator('.ecc-compare[data-ready]')).toBeAttached();
    await page.waitForTimeout(300);
    const iframe = page.locator('iframe[data-eurocloud-compare]');
    expect(await iframe.evaluate((f) => f.clientHeight), 'the iframe keeps its own height (150 px)').toBe(150);
    await page.evaluate(() => scrollTo(0, 200));
    await page.waitForTimeout(300);
    const widgetFrame = widgetFrameOf(page, server);
    expect(await widgetFrame.evaluate(() => document.getElementById('eurocloud-compare').style.getPropertyValue('--ecc-visible-top')),
      'no position heard from a portal it does not tell').toBe('');
    expect([...(await violations(page)), ...(await violations(widgetFrame))]).toEqual([]);
  } finally {
    await portal.close();
  }
});

test('iframe.embed embed.html shows the iframe mode and the two themes live under the strict policy, with their snippets', async ({ page, server, axe }) => {
  // Accessible (axe is injected as an inline script, so before the policy is on).
  await page.goto('/embed.html');
  await expect(page.frameLocator('iframe[data-eurocloud-compare] >> nth=0').locator('tr[data-provider-id]').first()).toBeVisible();
  await axe.expectNoViolations('embed.html');
  const body = await (await fetch(`${server.origin}/embed.html`)).text();
  server.override('/embed.html', underPolicy(body));
  const index = await (await fetch(`${server.origin}/index.html`)).text();
  server.override('/', underPolicy(index, strictPolicy("'self'")));
  await recordViolations(page);
  await page.goto('/embed.html');
  // The page's own heading (each live element has its widget's heading too, in its shadow root).
  await expect(page.getByRole('heading', { level: 1, name: 'Embedding EuroCloud Compare on your site' })).toBeVisible();
  await expect(page.locator('pre code').filter({ hasText: 'embed/host.js' })).toBeVisible();
  await expect(page.locator('pre code').filter({ hasText: '--ecc-accent' })).toBeVisible();
  const frames = page.locator('iframe[data-eurocloud-compare]');
  await expect(frames).toHaveCount(3);
  for (const [i, theme] of [[0, null], [1, 'neutral'], [2, 'institutional']]) {
    const iframe = frames.nth(i);
    await expect(iframe, 'each iframe says what it holds').toHaveAttribute('title', /EuroCloud Compare/);
    const inside = page.frameLocator(`iframe[data-eurocloud-compare] >> nth=${i}`);
    await expect(inside.locator('tr[data-provider-id]').first()).toBeVisible();
    if (theme) await expect(inside.locator('#eurocloud-compare')).toHaveAttribute('data-theme', theme);
    await expect.poll(() => iframe.evaluate((f) => f.getBoundingClientRect().height), { message: `live iframe ${i} is sized to the widget` }).toBeGreaterThan(400);
  }
  // The page's two live elements have started too.
  await expect(page.locator('eurocloud-compare .ecc-compare[data-ready]')).toHaveCount(2);
  const framed = page.frames().filter((f) => f !== page.mainFrame());
  expect(framed.length).toBe(3);
  const reported = [await violations(page), ...(await Promise.all(framed.map(violations)))].flat();
  expect(reported, 'no policy violation in the page or any framed widget').toEqual([]);
});
