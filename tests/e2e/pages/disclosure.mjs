// A <details> disclosure found by its <summary>'s text. A summary has no ARIA role in
// Playwright's role engine (nor a name for the group), so it is found by what it says.

export function disclosure(page, text) {
  const summary = page.locator('summary').filter({ hasText: text });
  const details = page.locator('details').filter({ has: summary });
  return { details, summary };
}
