// "Set the weights by putting the criteria in order": the criteria in the visitor's order,
// each with the rank order centroid weight it would get and buttons to move it, and
// "Use these weights".

import { disclosure } from './disclosure.mjs';

export class OrderingPanel {
  constructor(page, model) {
    this.page = page;
    this.model = model;
    ({ details: this.details, summary: this.summary } = disclosure(page, 'Set the weights by putting the criteria in order'));
    this.apply = page.getByRole('button', { name: 'Use these weights' });
    this.list = this.details.getByRole('list');
  }

  async open() {
    await this.summary.click();
  }

  #label(id) {
    return this.model.criteria.find((c) => c.id === id).label;
  }

  /** The ↑ (`up`) or ↓ (`down`) button of criterion `id`. */
  moveButton(id, direction) {
    return this.page.getByRole('button', { name: `Move ${this.#label(id)} ${direction}`, exact: true });
  }

  /**
   * The criteria as listed: [{ label, weight }]. The label and weight are two spans of each
   * item with no role of their own, read by their classes.
   */
  async read() {
    return this.list.getByRole('listitem').evaluateAll((items) => items.map((li) => ({
      label: li.querySelector('.ecc-order-label')?.textContent ?? '',
      weight: li.querySelector('.ecc-order-weight')?.textContent ?? '',
    })));
  }
}
