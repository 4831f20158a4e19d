// The widget as a visitor sees it: the weights (sliders by their criterion's label, the −
// and + buttons), presets and method, the ranking table, the notices, the live region and
// the address bar's fragment. Rows are read through the test contract (data-provider-id,
// data-rank, data-score) of the table's rows.

import { expect } from '@playwright/test';
import { rankingDiff } from '../engine.mjs';

/** The widget's words these page objects look for (English catalogue). */
export const WORDS = {
  rankingCaption: 'Providers ranked by score, from 0 to 100',
  preset: 'Weights preset',
  reset: 'Reset to the default weights',
  method: 'Scoring method',
  increase: (label) => `Increase the weight of ${label}`,
  decrease: (label) => `Decrease the weight of ${label}`,
  compare: (name) => `Compare ${name}`,
};

/** How often `expect.poll` reads the page again here: a re-rank takes milliseconds. */
const POLL = [25, 50, 100, 250];

export class WidgetPage {
  /**
   * `model` (engine.mjs) gives each criterion's label, by which its controls are named.
   * `scope` is where the widget is: the whole page, or one `<eurocloud-compare>` element
   * (Playwright's locators reach into its open shadow root).
   */
  constructor(page, model, scope = page) {
    this.page = page;
    this.model = model;
    this.scope = scope;
    this.rankingTable = scope.getByRole('table', { name: WORDS.rankingCaption });
    // The providers' rows: the table's rows that carry the test contract (not the header).
    this.rows = this.rankingTable.getByRole('row').and(scope.locator('[data-provider-id]'));
    this.preset = scope.getByRole('combobox', { name: WORDS.preset });
    this.reset = scope.getByRole('button', { name: WORDS.reset });
    this.method = scope.getByRole('combobox', { name: WORDS.method });
    // The one live region that announces re-sorts: role status is shared with the weights'
    // <output>s and some notices, so the class that hides it visually tells it apart.
    this.announcer = scope.getByRole('status').and(scope.locator('.ecc-visually-hidden'));
    // A line while something downloads (the data file, the report module): no role of its
    // own in every place it appears.
    this.loading = scope.locator('p.ecc-loading');
    // Notices of any kind (a note, an alert, a status): `.ecc-notice` is the one thing the
    // kinds share.
    this.notices = scope.locator('.ecc-notice');
    // Anything final the widget renders: rows, or a notice.
    this.settled = this.rows.or(this.notices).first();
    // The widget once it runs (`data-ready`, hooks.rs): the page `make dist` builds shows
    // the same rows before, pre-rendered, with nothing listening yet.
    this.ready = scope.locator('.ecc-compare[data-ready]').or(this.notices).first();
  }

  // --- Opening ------------------------------------------------------------------------

  /** Goes to the widget at `hash` and waits until it has rendered something final. */
  async open(hash = '') {
    await this.page.goto(`/${hash}`);
    await this.started();
  }

  /** Waits until the widget runs: its rows, or a notice, rendered by the widget itself. */
  async started() {
    await expect(this.settled).toBeVisible({ timeout: 10_000 });
    await expect(this.ready).toBeAttached({ timeout: 10_000 });
  }

  /**
   * Opens the widget at `hash` in a new document: `goto` to the same page with only another
   * fragment would not reload it.
   */
  async openFresh(hash = '') {
    await this.page.goto('about:blank');
    await this.open(hash);
  }

  async reload() {
    await this.page.reload();
    await this.started();
  }

  // --- Weights ------------------------------------------------------------------------

  label(id) {
    const criterion = this.model.criteria.find((c) => c.id === id);
    if (!criterion) throw new Error(`unknown criterion ${id}`);
    return criterion.label;
  }

  /** The weight slider of the criterion labelled `label`. */
  slider(label) {
    return this.scope.getByRole('slider', { name: label, exact: true });
  }

  /** The weight slider of criterion `id`. */
  sliderOf(id) {
    return this.slider(this.label(id));
  }

  /** The `<output>` beside the slider of `id` (an output has no accessible name to find it by). */
  outputOf(id) {
    // The inner locator of `has` is looked for inside each row: rooted at the page, not the scope.
    const slider = this.page.getByRole('slider', { name: this.label(id), exact: true });
    return this.scope.locator('div.ecc-weight').filter({ has: slider }).getByRole('status');
  }

  /** The − (`down`) or + (`up`) button of criterion `id`. */
  stepButton(id, direction) {
    const name = direction === 'up' ? WORDS.increase(this.label(id)) : WORDS.decrease(this.label(id));
    return this.scope.getByRole('button', { name, exact: true });
  }

  async setWeight(id, weight) {
    await this.sliderOf(id).fill(String(weight));
  }

  /** Waits until each slider of `weights` ({ id: weight }) and its output show its weight. */
  async expectWeights(weights) {
    for (const [id, w] of Object.entries(weights)) {
      await expect(this.sliderOf(id), `${id}: the slider`).toHaveValue(String(w));
      await expect(this.outputOf(id), `${id}: the output`).toHaveText(String(w));
    }
  }

  /** Every slider's weight, by criterion id (the test contract's data-criterion-id). */
  async sliderWeights() {
    return this.scope.getByRole('slider').evaluateAll(
      (inputs) => Object.fromEntries(inputs.map((i) => [i.dataset.criterionId, Number(i.value)])));
  }

  // --- The ranking --------------------------------------------------------------------

  /** The row of provider `id`. */
  row(id) {
    return this.rows.and(this.scope.locator(`[data-provider-id="${id}"]`));
  }

  /** The button with a provider's name that opens (or closes) its details. */
  openButton(name) {
    return this.rankingTable.getByRole('button', { name, exact: true });
  }

  /** A provider's "Compare" checkbox. */
  compareBox(name) {
    return this.rankingTable.getByRole('checkbox', { name: WORDS.compare(name), exact: true });
  }

  /**
   * The label of a provider's "Compare" checkbox. It covers the whole box, the checkbox
   * too (a 24 px target): a click on the checkbox lands on the label, so a visitor clicks
   * the label, and so do the tests.
   */
  compareLabel(name) {
    const box = this.scope.getByRole('checkbox', { name: WORDS.compare(name), exact: true });
    return this.rows.filter({ has: box }).locator('label');
  }

  /** Ticks (or unticks) a provider's "Compare" box, as a visitor does, and waits until it shows so. */
  async tick(name, on = true) {
    await this.compareLabel(name).click();
    await expect(this.compareBox(name), `the Compare box of ${name} should be ${on ? 'ticked' : 'unticked'}`)
      .toBeChecked({ checked: on });
  }

  /** The rows on the page, in order: { id, rank, score, name } (rank and score as shown). */
  async readRows() {
    return readRows(this.rows);
  }

  /** Waits until the rows are `expected` (a prediction of engine.mjs; null for no rows). */
  async expectRanking(expected, label = 'ranking') {
    await expect.poll(async () => rankingDiff(await this.readRows(), expected),
      { message: `${label} differs from the prediction`, intervals: POLL }).toBeNull();
  }

  /** Which Compare boxes are ticked and which disabled, by provider id, and how many there are. */
  async readBoxes() {
    return this.rankingTable.getByRole('checkbox').evaluateAll((boxes) => {
      const id = (b) => b.closest('tr').dataset.providerId;
      return {
        checked: boxes.filter((b) => b.checked).map(id),
        disabled: boxes.filter((b) => b.disabled).map(id),
        count: boxes.length,
      };
    });
  }

  // --- Notices and the address bar ----------------------------------------------------

  /** A note (about the link or the data file) that says `text`. */
  note(text) {
    return this.scope.getByRole('note').filter({ hasText: text });
  }

  /** An alert (a failed download, an unusable file) that says `text`. */
  alert(text) {
    return this.scope.getByRole('alert').filter({ hasText: text });
  }

  async hash() {
    return this.page.evaluate(() => location.hash);
  }

  async expectHash(hash) {
    await expect.poll(() => this.hash(), { message: 'the URL fragment', intervals: POLL }).toBe(hash);
  }

  /** The browser's date, YYYY-MM-DD in its time zone (as the widget dates its files). */
  async today() {
    return this.page.evaluate(() => {
      const d = new Date();
      const two = (n) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
    });
  }
}

/** Ranking rows (a locator), in order: { id, rank, score, name } (rank and score as shown). */
export function readRows(rows) {
  return rows.evaluateAll((list) => list.map((r) => ({
    id: r.dataset.providerId,
    rank: r.dataset.rank,
    score: r.dataset.score,
    name: r.querySelector('th button')?.textContent.trim(),
  })));
}
