// The views the report module draws, on first use: a provider in full (the details), two
// to four providers side by side, and the analysis ("Why this ranking, and how sure it is").

import { expect } from '@playwright/test';
import { disclosure } from './disclosure.mjs';

/** The report's words these page objects look for (English catalogue). */
export const REPORT_WORDS = {
  loading: 'Loading…',
  close: 'Close',
  valuesCaption: (name) => `Every value for ${name}, with why and where it comes from`,
  breakdownCaption: /^Points each criterion adds to the weighted score of /,
  sideBySide: 'Side by side',
  stopComparing: 'Stop comparing',
  compareCaption: 'The compared providers, criterion by criterion',
  pickMore: 'Tick “Compare” on at least two providers of the ranking to see them side by side.',
  setApart: 'set apart by a requirement',
  takeOut: (name) => `Take ${name} out of the comparison`,
  smaaCaption: /^Share of the draws in which each of the first \d+ providers takes each rank$/,
};

/**
 * A table's body rows as the page shows them, read at once: each row's header, and each
 * cell's level (in <strong>), whether it is marked missing, the level's meaning, its
 * sources (link and the text after it) and whole text. The parts of a cell have no roles
 * of their own; their classes say which is which.
 */
export const readTable = (table) => table.evaluate((el) => [...el.tBodies[0].rows].map((tr) => ({
  head: tr.querySelector('th')?.textContent.replace(/\s+/g, ' ').trim(),
  cells: [...tr.querySelectorAll('td')].map((td) => ({
    strong: td.querySelector('strong')?.textContent.trim(),
    missing: td.querySelector('strong.ecc-missing-value') !== null,
    meaning: td.querySelector('span.ecc-level-meaning')?.textContent.trim(),
    sources: [...td.querySelectorAll('ul.ecc-sources > li')].map((li) => ({
      href: li.querySelector('a[href]')?.getAttribute('href'),
      text: li.textContent.replace(/\s+/g, ' ').trim(),
    })),
    text: td.textContent.replace(/\s+/g, ' ').trim(),
  })),
})));

/** The body rows of a table: the rows with a row header (the header row has none). */
export const bodyRows = (page, table) => table.getByRole('row').filter({ has: page.getByRole('rowheader') });

/** One provider in full. */
export class ProviderDetails {
  constructor(page) {
    this.page = page;
    // The section is a region named by its heading, the provider's name; any provider's
    // is found by its id (the name buttons' aria-controls).
    this.section = page.locator('section#ecc-detail');
    this.heading = this.section.getByRole('heading', { level: 2 });
    this.close = this.section.getByRole('button', { name: REPORT_WORDS.close, exact: true });
    this.facts = this.section.locator('dl.ecc-facts'); // a <dl> has no role to find it by
    this.breakdown = this.section.getByRole('table', { name: REPORT_WORDS.breakdownCaption });
    // The chart beside the breakdown is hidden from assistive technology: found by its class.
    this.chart = this.section.locator('svg.ecc-chart');
    // "Missing" is a <strong> marked by its class (the mark is what is checked).
    this.missingMarks = this.section.locator('strong.ecc-missing-value');
    // "Evidence older than 18 months", by a value whose newest source is.
    this.staleMarks = this.section.locator('.ecc-stale');
    this.contestLinks = this.section.getByRole('link', { name: 'Contest this value', exact: true });
    // While the report module downloads, or when it could not be: in the details' slot.
    this.slot = page.locator('.ecc-detail-slot');
    this.loading = this.slot.locator('p.ecc-loading');
    this.error = this.slot.getByRole('alert');
    this.retry = this.error.getByRole('button');
  }

  /** The points each criterion adds, as shown: the last cell of each breakdown row. */
  async breakdownPoints() {
    return bodyRows(this.page, this.breakdown).evaluateAll((rows) => rows.map((tr) => Number(tr.cells[tr.cells.length - 1].textContent)));
  }

  /** The region of the details of the provider called `name`. */
  region(name) {
    return this.page.getByRole('region', { name, exact: true });
  }

  /** The table of every value of the provider called `name`. */
  values(name) {
    return this.section.getByRole('table', { name: REPORT_WORDS.valuesCaption(name), exact: true });
  }

  valueRows(name) {
    return bodyRows(this.page, this.values(name));
  }

  /** The text of the element after the details' h3 that says `heading`, or its items. */
  async listAfter(heading) {
    return this.section.evaluate((section, h) => {
      const found = [...section.querySelectorAll('h3')].find((e) => e.textContent.trim() === h);
      const list = found?.nextElementSibling;
      return list?.matches('ul') ? [...list.children].map((li) => li.textContent) : null;
    }, heading);
  }
}

/** Two to four providers side by side. */
export class SideBySide {
  constructor(page) {
    this.page = page;
    this.region = page.getByRole('region', { name: REPORT_WORDS.sideBySide, exact: true });
    this.table = this.region.getByRole('table', { name: REPORT_WORDS.compareCaption, exact: true });
    this.columnHeads = this.table.getByRole('columnheader');
    // The table scrolls sideways in its own region, named by the caption.
    this.scrollRegion = this.region.getByRole('region', { name: REPORT_WORDS.compareCaption, exact: true });
    this.hint = this.region.getByText(REPORT_WORDS.pickMore, { exact: true });
    this.stop = page.getByRole('button', { name: REPORT_WORDS.stopComparing, exact: true });
  }

  /** The legend's button that takes the provider called `name` out. */
  takeOut(name) {
    return this.page.getByRole('button', { name: REPORT_WORDS.takeOut(name), exact: true });
  }

  async columnNames() {
    return this.columnHeads.allTextContents();
  }

  /** Waits until the table's columns are `names`, in that order. */
  async expectColumns(names, message = 'the side-by-side columns') {
    await expect(this.columnHeads, message).toHaveText(names);
  }

  /**
   * The legend and the chart, which are drawn for the eye (the chart hidden from assistive
   * technology): read by their classes.
   */
  async readChart() {
    return this.region.evaluate((el) => {
      const chart = el.querySelector('svg.ecc-chart.ecc-dots');
      return {
        legend: [...el.querySelectorAll('ul.ecc-legend > li .ecc-legend-name')].map((n) => n.textContent.trim()),
        chartHidden: chart?.getAttribute('aria-hidden'),
        marks: [0, 1, 2, 3].map((slot) => chart?.querySelectorAll(`.ecc-mark.ecc-mark-${slot}`).length ?? 0),
        allMarks: chart?.querySelectorAll('.ecc-mark').length ?? 0,
      };
    });
  }
}

/** "Why this ranking, and how sure it is". */
export class Analysis {
  constructor(page) {
    this.page = page;
    ({ details: this.details, summary: this.summary } = disclosure(page, 'Why this ranking, and how sure it is'));
    this.uncertainty = page.getByRole('combobox', { name: 'Uncertainty of each weight' });
    this.first = page.getByRole('combobox', { name: 'First provider' });
    this.second = page.getByRole('combobox', { name: 'Second provider' });
    this.acceptability = page.getByRole('table', { name: REPORT_WORDS.smaaCaption });
  }

  async open() {
    await this.summary.click();
  }

  acceptabilityRows() {
    return bodyRows(this.page, this.acceptability);
  }
}

/** The report module's views together; `widget` (a WidgetPage) ticks the providers to compare. */
export class ReportPanels {
  constructor(page, model, widget) {
    this.page = page;
    this.model = model;
    this.widget = widget;
    this.details = new ProviderDetails(page);
    this.sideBySide = new SideBySide(page);
    this.analysis = new Analysis(page);
  }

  nameOf(id) {
    return this.model.providers.find((p) => p.id === id).name;
  }

  /**
   * Ticks `ids` in turn and waits for the side-by-side table with the columns of `all` (the
   * providers compared by then, in pick order: `ids` unless some were compared before).
   */
  async compareSome(ids, all = ids) {
    for (const id of ids) await this.widget.tick(this.nameOf(id));
    await this.sideBySide.expectColumns(all.map((id) => this.nameOf(id)), 'side by side shows the picks, in pick order');
  }
}
