// The requirements disclosure (a national profile, minimum levels, certifications,
// ownership filters) and what it does to the ranking: the providers set apart with their
// reasons, and the empty state when none is left.

import { disclosure } from './disclosure.mjs';

export class RequirementsPanel {
  constructor(page) {
    this.page = page;
    // Its summary says "Requirements" and how many are set: "Requirements (2)".
    ({ details: this.details, summary: this.summary } = disclosure(page, /^Requirements( \(\d+\))?$/));
    this.profile = page.getByRole('combobox', { name: 'National rules' });
    this.removeAll = page.getByRole('button', { name: 'Remove all requirements' });
    // The providers set apart, with their reasons: an unlabelled <section> (no region role),
    // found by its class.
    this.excluded = page.locator('section.ecc-excluded');
    // When no provider is left: what to relax.
    this.empty = page.getByRole('status').filter({ hasText: 'No provider meets every requirement' });
  }

  async open() {
    await this.summary.click();
  }

  /** The profile option whose text contains `text` (France, say). */
  profileOption(text) {
    return this.profile.getByRole('option', { name: text });
  }

  /** A checkbox of "Ownership and references", by its label. */
  flag(label) {
    return this.page.getByRole('checkbox', { name: label, exact: true });
  }

  /** The select of a minimum level, by its criterion's label. */
  gate(label) {
    return this.page.getByRole('combobox', { name: label, exact: true });
  }
}
