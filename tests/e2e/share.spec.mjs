// "Copy link": the whole state in the clipboard, said beside the button and in the live
// region; where the browser refuses, a field with the link to copy by hand.

import { test, expect } from './fixtures.mjs';
import { SHARE_WORDS } from './pages/share-panel.mjs';

test('w. "Copy link" copies the whole state and says so; where the browser refuses, a field with the link', async ({ page, context, server, widget, report, share }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  await widget.open('#m=topsis&w=sov-3:80&f=eu-hq&s=ovhcloud,ionos&p=scaleway');
  await expect(report.details.section).toBeVisible();
  await report.compareSome(['stackit'], ['ovhcloud', 'ionos', 'stackit']);
  const hash = '#m=topsis&w=sov-3:80&f=eu-hq&s=ovhcloud,ionos,stackit&p=scaleway';
  await widget.expectHash(hash);
  await share.copyLink.click();
  await expect(share.status, 'the share status').toHaveText(SHARE_WORDS.linkCopied);
  await expect(widget.announcer, 'the status region').toHaveText(SHARE_WORDS.linkCopied);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied, 'the clipboard holds the page\'s link').toBe(page.url());
  expect(copied, 'the clipboard holds the page\'s link').toBe(server.url(`/${hash}`));
  await expect(share.linkField, 'no fallback field when the copy worked').toHaveCount(0);

  // A browser that will not write to the clipboard.
  await page.addInitScript(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
  });
  await widget.reload();
  await share.copyLink.click();
  await expect(share.linkField).toBeVisible();
  await expect(share.linkField, 'the fallback field is read-only').toHaveAttribute('readonly');
  await expect(share.linkField, 'the field holds the link').toHaveValue(page.url());
  await expect(share.status, 'the status says to copy it by hand').toContainText('copy it from the field below');
});
