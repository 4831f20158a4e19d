// The standalone page as it is without JavaScript: what index.html itself holds before the
// widget replaces it: the ranking pre-rendered at build time (read through `rankingTable`
// and `readRows` as the widget's are), and a line saying what needs JavaScript and
// WebAssembly, with a link to the data file.

import { WORDS, readRows } from './widget-page.mjs';

export class NoScriptPage {
  constructor(page) {
    this.page = page;
    this.main = page.getByRole('main');
    this.heading = this.main.getByRole('heading', { level: 1 });
    // The <noscript> line before the mount (shown only without JavaScript).
    this.fallback = page.getByRole('paragraph').filter({ hasText: 'needs JavaScript and WebAssembly' });
    this.dataLink = this.fallback.getByRole('link', { name: 'providers.json', exact: true });
    this.rankingTable = page.getByRole('table', { name: WORDS.rankingCaption });
    this.rows = this.rankingTable.getByRole('row').and(page.locator('[data-provider-id]'));
  }

  async open(hash = '') {
    await this.page.goto(`/${hash}`);
  }

  /** The pre-rendered rows, if any: { id, rank, score, name }, as the widget's. */
  async readRows() {
    return readRows(this.rows);
  }
}
