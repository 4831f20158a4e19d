// "Share and export": copy the link, download the ranking (CSV) or the scenario (JSON),
// load a scenario file back, print; what the panel says after each; the printed report.

import { expect } from '@playwright/test';

export const SHARE_WORDS = {
  region: 'Share and export',
  copyLink: 'Copy link',
  csv: 'Download the ranking (CSV)',
  scenario: 'Download the scenario (JSON)',
  print: 'Print or save as PDF',
  importLabel: 'Load a scenario file',
  linkField: 'Link to this ranking',
  linkCopied: 'The link to this ranking, with your weights and choices, is copied.',
  scenarioLoaded: 'The scenario is loaded.',
  scenarioRefused: 'The scenario file was not loaded.',
  printTitle: 'EuroCloud Compare: ranking report',
};

export class SharePanel {
  /** `scope` is where the widget is: the page, or one `<eurocloud-compare>` element. */
  constructor(page, scope = page) {
    this.page = page;
    this.region = scope.getByRole('region', { name: SHARE_WORDS.region, exact: true });
    this.copyLink = this.region.getByRole('button', { name: SHARE_WORDS.copyLink, exact: true });
    this.csv = this.region.getByRole('button', { name: SHARE_WORDS.csv, exact: true });
    this.scenario = this.region.getByRole('button', { name: SHARE_WORDS.scenario, exact: true });
    this.print = this.region.getByRole('button', { name: SHARE_WORDS.print, exact: true });
    this.importFile = this.region.getByLabel(SHARE_WORDS.importLabel, { exact: true });
    this.linkField = this.region.getByRole('textbox', { name: SHARE_WORDS.linkField, exact: true });
    // What the panel says after a use that went well: a plain paragraph (the live region
    // says it to assistive technology), found by its class.
    this.status = this.region.locator('p.ecc-share-status');
    this.error = this.region.getByRole('alert');
    // The printed report: written into its slot just before print(), and not displayed on
    // screen, so no role reaches it; found by its classes.
    this.report = page.locator('.ecc-print-slot article.ecc-print-report');
  }

  /** Clicks `button` and resolves to { name, text } of the file the page downloads. */
  async download(button) {
    const [download] = await Promise.all([
      this.page.waitForEvent('download', { timeout: 5000 }),
      button.click(),
    ]);
    expect(await download.failure(), 'the download failed').toBeNull();
    const chunks = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk);
    return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
  }

  /** Chooses a scenario file of `text` in "Load a scenario file". */
  async load(name, text) {
    await this.importFile.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  }
}
