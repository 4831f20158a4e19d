// The standalone page without JavaScript (the no-js project): today a heading, a line that
// says the comparison needs JavaScript and WebAssembly, and a link to the data file. Once
// the build pre-renders the default ranking into index.html, `noScript.rankingTable` and
// `noScript.readRows()` read it as the widget's are (and engine.mjs predicts it).

import { test, expect } from './fixtures.mjs';

test('nojs. without JavaScript: the fallback says what the comparison needs and links to providers.json', async ({ page, noScript, request, model }) => {
  await noScript.open();
  await expect(noScript.heading).toHaveText('Compare European cloud providers');
  await expect(noScript.fallback).toContainText('This comparison runs in your browser and needs JavaScript and WebAssembly.');
  await expect(noScript.fallback).toContainText('with a source for every value');
  await expect(noScript.dataLink, 'the link is to the data file beside the page').toHaveAttribute('href', 'providers.json');
  // The link leads to the data file itself.
  const href = new URL(await noScript.dataLink.getAttribute('href'), page.url()).href;
  const response = await request.get(href);
  expect(response.status(), `GET ${href}`).toBe(200);
  const file = await response.json();
  expect(file.providers.map((p) => p.id), 'the data file the widget ranks').toEqual(model.providers.map((p) => p.id));
});
