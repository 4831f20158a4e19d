// The standalone page without JavaScript (the no-js project): the default ranking `make
// dist` renders into index.html, as the engine ranks it, with the weights, the
// methodology, and a line saying what needs JavaScript.

import { test, expect } from './fixtures.mjs';
import { rank, rankingDiff, weightsWith } from './engine.mjs';

test('nojs. without JavaScript: the default ranking as the engine ranks it, the weights, the methodology, and what needs JavaScript', async ({ page, noScript, request, model, server }) => {
  await noScript.open();
  await expect(noScript.heading).toHaveText('Compare European cloud providers');
  await expect(noScript.rankingTable, 'one ranking table, named by its caption').toHaveCount(1);
  const expected = rank(model, weightsWith(model));
  expect(rankingDiff(await noScript.readRows(), expected), 'the pre-rendered ranking differs from the prediction').toBeNull();
  for (const c of model.criteria) {
    await expect(page.getByRole('slider', { name: c.label, exact: true }), `the weight of ${c.id}`)
      .toHaveValue(String(weightsWith(model)[c.id]));
  }
  await expect(page.locator('details.ecc-methodology'), 'the methodology is in the page').toHaveCount(1);
  await expect(noScript.fallback, 'the page says what needs JavaScript').toContainText('needs JavaScript and WebAssembly');
  await expect(noScript.dataLink, 'the link is to the data file beside the page').toHaveAttribute('href', 'providers.json');
  const href = new URL(await noScript.dataLink.getAttribute('href'), page.url()).href;
  const response = await request.get(href);
  expect(response.status(), `GET ${href}`).toBe(200);
  const file = await response.json();
  expect(file.providers.map((p) => p.id), 'the data file the widget ranks').toEqual(model.providers.map((p) => p.id));
  // (The page still preloads the wasm and the compact file, as written: harmless.)
  expect(server.requests.some((r) => r.includes('eurocloud-report')), 'no report module without JavaScript').toBe(false);
});
