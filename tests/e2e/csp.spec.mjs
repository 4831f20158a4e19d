// The standalone page under a strict Content-Security-Policy, as a portal's security team
// would send it: no inline script, no inline style, nothing from another origin. The
// widget starts, re-ranks, and loads the report module (a provider in full, side by side,
// the analysis and its charts) with no violation reported and no request to any other
// origin.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { test, expect } from './fixtures.mjs';
import { rank, weightsWith } from './engine.mjs';
import { recordViolations, underPolicy, violations } from './policy.mjs';


test('csp. under a strict CSP the page starts, re-ranks and opens a provider in full, with no violation and no other origin', async ({ page, widget, report, server, model, data, dist }) => {
  const body = await readFile(path.join(dist, 'index.html'), 'utf8');
  server.override('/', underPolicy(body));
  await recordViolations(page);
  const elsewhere = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.protocol !== 'data:' && url.origin !== server.origin) elsewhere.push(r.url());
  });
  await widget.open();
  // Interactive: a weight change re-ranks as the reference engine predicts.
  await widget.setWeight('sov-3', 80);
  await widget.expectRanking(rank(model, weightsWith(model, { 'sov-3': 80 })), 'the ranking under the policy');
  // The report module (a dynamic import, its styles, the plain data file).
  const first = data.providers[0];
  await widget.openButton(first.name).click();
  await expect(report.details.region(first.name), 'the report module draws a provider in full').toBeVisible();
  await expect(report.details.valueRows(first.name), 'with every value').toHaveCount(Object.keys(first.values).length);
  // Its stylesheet applied: a link the page adds, which style-src 'self' allows.
  await expect(report.details.region(first.name)).toHaveCSS('border-top-style', 'solid');
  // Side by side, and the analysis with its SVG charts (sized by attributes, no style).
  await report.compareSome([data.providers[1].id, data.providers[2].id]);
  await report.analysis.open();
  await expect(report.analysis.acceptability, 'the analysis is drawn').toBeVisible();
  expect(await violations(page), 'no Content-Security-Policy violation').toEqual([]);
  expect(elsewhere, 'no request to another origin').toEqual([]);
});
