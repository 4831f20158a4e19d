// Downloading: the data file while it comes, when the server fails, when it is not JSON or
// partly broken (with the paths of the problems); the report module failing to download.
// Each failure comes with "Try again", which recovers. A broken or failing data file is a
// portal's own plain file (`plainPage`): the page `make dist` builds reads the compact file
// checked at build time.

import { test, expect } from './fixtures.mjs';
import { rank, weightsWith } from './engine.mjs';

test.describe('a data file answering 500', () => {
  test.use({ allowConsoleErrors: /status of 500/ });

  test('i1. data file answering 500: an error with "Try again", which recovers', async ({ page, widget, server, model, plainPage }) => {
    await plainPage();
    server.override('/providers.json', { status: 500, body: 'Internal Server Error' });
    await widget.open();
    const alert = widget.alert('could not be downloaded');
    await expect(alert, 'the error should give the HTTP status').toContainText('500');
    await expect(widget.rows, 'no rows while the data is missing').toHaveCount(0);
    const retry = page.getByRole('button', { name: 'Try again' });
    await expect(retry).toBeVisible();
    server.clearOverrides();
    await plainPage();
    await retry.click();
    await expect(widget.rows.first()).toBeVisible();
    await widget.expectRanking(rank(model, weightsWith(model)), 'ranking after "Try again"');
    expect(server.requests, 'the retry should download the file again').toContain('/providers.json');
  });
});

test('i2. data file with invalid JSON: "cannot be used", with the line and column', async ({ widget, server, plainPage }) => {
  await plainPage();
  server.override('/providers.json', { body: '{\n  "format_version": 1,\n  "dataset": oops\n}\n' });
  await widget.open();
  // The error is at `oops`: line 3, column 14 (the wording around the numbers may change).
  await expect(widget.alert('cannot be used'), 'the notice should locate the error at line 3, column 14')
    .toContainText(/line\D{0,3}3\b.{0,12}column\D{0,3}14\b/i);
  await expect(widget.rows, 'no rows for an unusable file').toHaveCount(0);
});

test('i3. a provider with a wrongly typed field is set aside, with the path; the rest is ranked', async ({ widget, server, data, plainPage }) => {
  const setAside = data.providers[1].id;
  data.providers[1].name = 42;
  await plainPage();
  server.override('/providers.json', { body: JSON.stringify(data) });
  await widget.open();
  const notice = widget.note('set aside');
  await notice.getByText('What was set aside, and where').click();
  await expect(notice, 'the notice should give the path and the problem')
    .toContainText('providers[1].name: expected string, found number');
  await expect(widget.rows, 'one provider fewer is ranked').toHaveCount(data.providers.length - 1);
  const ids = (await widget.readRows()).map((r) => r.id);
  expect(ids, `${setAside} is set aside`).not.toContain(setAside);
});

test('i4. the page holds its data (no download, never "Loading"); a plain file alone: "Loading the provider data…", then the ranking', async ({ page, widget, server, model, plainPage }) => {
  await page.goto('/');
  await widget.setWeight('sov-1', 100);
  await widget.expectRanking(rank(model, weightsWith(model, { 'sov-1': 100 })), 'the widget ranks');
  expect(server.requests.filter((r) => r.endsWith('.json')), 'no data file downloaded for the ranking').toEqual([]);

  await plainPage();
  const release = server.hold('/providers.json');
  await page.goto('/');
  await expect(widget.loading, 'the loading line says "Loading the provider data…"')
    .toHaveText('Loading the provider data…');
  await expect(widget.rows, 'no rows before the data').toHaveCount(0);
  release();
  await expect(widget.rows.first()).toBeVisible();
  await expect(widget.loading, 'the loading line goes with the data').toHaveCount(0);
  await widget.expectRanking(rank(model, weightsWith(model)), 'ranking once the data is in');
});

test.describe('the report module failing to download', () => {
  test.use({ allowConsoleErrors: /eurocloud-report|Failed to fetch dynamically imported module|ERR_FAILED/ });

  test('s. the report module failing to download: an error with "Try again", which then loads it', async ({ page, widget, report, model }) => {
    const REPORT_FILES = /\/eurocloud-report[^/]*$/;
    const { details } = report;
    await page.route(REPORT_FILES, (route) => route.abort());
    await widget.open();
    const { id } = (await widget.readRows())[1];
    const name = model.providers.find((p) => p.id === id).name;
    await widget.openButton(name).click();
    await expect(details.error, 'the error says the part could not be downloaded').toContainText('could not be downloaded');
    await expect(details.retry, 'the retry button').toHaveText('Try again');
    await expect(details.section, 'no details without the report module').toHaveCount(0);
    await page.unroute(REPORT_FILES);
    await details.retry.click();
    await expect(details.heading, 'the details after "Try again"').toHaveText(name);
    await expect(details.error, 'the error goes once the module is here').toHaveCount(0);
  });
});

test.describe('a report module that is not the one built', () => {
  test.use({ allowConsoleErrors: /eurocloud-report|integrity|digest|Failed to fetch|ERR_FAILED/ });

  for (const file of ['.js', '_bg.wasm']) {
    test(`s.integrity a changed report module (${file}) is refused, and the one built is then loaded`, async ({ page, widget, report, model }) => {
      // Subresource Integrity: the snippet holds each file's hash (tools/minify-glue.mjs).
      const changed = new RegExp(`/eurocloud-report-[0-9a-f]+${file.replace('.', '\\.')}$`);
      await page.route(changed, async (route) => {
        const answer = await route.fetch();
        const body = Buffer.concat([await answer.body(), Buffer.from(file === '.js' ? '\n;' : '\0')]);
        await route.fulfill({ response: answer, body });
      });
      const { details } = report;
      await widget.open();
      const { id } = (await widget.readRows())[1];
      const name = model.providers.find((p) => p.id === id).name;
      await widget.openButton(name).click();
      await expect(details.error, 'the changed file is not run').toBeVisible();
      await expect(details.section).toHaveCount(0);
      await page.unroute(changed);
      await details.retry.click();
      await expect(details.heading, 'the file built, after "Try again"').toHaveText(name);
    });
  }
});
