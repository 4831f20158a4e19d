// The iframe mode (issue 12): a portal on another origin frames the widget and loads
// embed/host.js; the iframe follows the widget's height as its content grows and shrinks,
// and ignores height messages from anyone else (another origin, another frame of the
// widget's own origin, the portal itself). Portal and widget both run under strict
// Content-Security-Policies and report no violation. embed.html shows the mode live.

import { createServer } from 'node:http';
import { test, expect } from './fixtures.mjs';
import { recordViolations, strictPolicy, underPolicy, violations } from './policy.mjs';

const TYPE = 'eurocloud-compare:height';

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
  });
</script>`;

let third;
test.beforeAll(async () => {
  third = await origin({ '/stranger.html': { body: forger('A stranger') } });
});
test.afterAll(async () => third?.close());

test('iframe. the iframe follows the widget as it grows and shrinks, and ignores every other message', async ({ page, server }) => {
  const widgetOrigin = server.origin;
  const portalPages = {};
  const portal = await origin(portalPages);
  try {
    // The widget's page, under the strict policy, may be framed by the portal only.
    const body = await (await fetch(`${widgetOrigin}/index.html`)).text();
    server.override('/', underPolicy(body, strictPolicy(portal.origin)));
    // A frame of the widget's own origin that is not the widget.
    server.override('/forger.html', { headers: { 'Content-Type': 'text/html; charset=utf-8' }, body: forger('Same origin, not the widget') });
    const portalPolicy = `default-src 'self'; script-src 'self' ${widgetOrigin}; style-src 'self'; img-src 'self' data:; frame-src ${widgetOrigin} ${third.origin}; object-src 'none'; base-uri 'none'`;
    const portalPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A portal</title>
      <link rel="icon" href="data:,"><script src="${widgetOrigin}/embed/host.js" defer></script></head>
      <body><main><h1>A portal</h1>
      <iframe data-eurocloud-compare src="${widgetOrigin}/" title="EuroCloud Compare: European cloud providers ranked by your criteria" referrerpolicy="strict-origin"></iframe>
      <iframe id="stranger" src="${third.origin}/stranger.html" title="A stranger"></iframe>
      <iframe id="sibling" src="${widgetOrigin}/forger.html" title="Same origin, not the widget"></iframe>
      </main></body></html>`;
    portalPages['/portal.html'] = { headers: { 'Content-Security-Policy': portalPolicy }, body: portalPage };
    {
      await recordViolations(page);
      await page.goto(`${portal.origin}/portal.html`);
      const iframe = page.locator('iframe[data-eurocloud-compare]');
      await expect(iframe).toHaveAttribute('title', /EuroCloud Compare/);
      const frame = page.frameLocator('iframe[data-eurocloud-compare]');
      await expect(frame.locator('tr[data-provider-id]').first()).toBeVisible();
      const widgetFrame = page.frames().find((f) => f.url().startsWith(widgetOrigin) && !f.url().includes('forger'));
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
      const reported = [...(await violations(page)), ...(await violations(widgetFrame))];
      expect(reported, 'no policy violation in the portal or the widget').toEqual([]);
    }
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
  expect(await violations(page)).toEqual([]);
});
