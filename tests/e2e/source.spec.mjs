// The data file is chosen by whoever publishes the page (the mount point's data-src),
// never by a visitor's URL (issue 12, part 2): a crafted link that names another file in
// the query or the fragment shows the bundled ranking, never asks for that file, and says
// what in the fragment it did not use.

import { test, expect } from './fixtures.mjs';
import { rank, weightsWith } from './engine.mjs';

test('src. a data file named in the link is neither fetched nor shown', async ({ page, widget, server, model }) => {
  // What the crafted link would like to show: one invented provider.
  const invented = JSON.stringify({ format_version: 1, providers: [{ id: 'invented', name: 'Invented Cloud' }] });
  server.override('/evil.json', { body: invented });
  await widget.open('#src=evil.json&data=evil.json');
  await page.goto('/?src=evil.json&data-src=evil.json&data=evil.json#src=evil.json');
  await widget.expectRanking(rank(model, weightsWith(model)), 'the bundled ranking');
  await expect(page.getByText('Invented Cloud')).toHaveCount(0);
  await expect(widget.note('“src”')).toBeVisible();
  expect(server.requests.filter((p) => p.includes('evil')), 'the named file is never requested').toEqual([]);
});
