// A portal's own look (issue 12, part 5): the two example themes, chosen by the mount
// point's data-theme or by ?theme= in an iframe, change the custom properties and keep
// WCAG 2.1 AA contrast (axe, in each theme, with a provider's details open); a name the
// stylesheet lacks changes nothing.

import { test, expect } from './fixtures.mjs';

const THEMES = { neutral: 'rgb(59, 59, 59)', institutional: 'rgb(0, 51, 153)' };

for (const [theme, accent] of Object.entries(THEMES)) {
  test(`theme.${theme} the ${theme} theme applies and keeps AA contrast`, async ({ page, widget, axe, data }) => {
    await page.goto(`/?theme=${theme}`);
    await widget.started();
    const host = page.locator('#eurocloud-compare');
    await expect(host).toHaveAttribute('data-theme', theme);
    // The accent colours the score bars.
    await expect(page.locator('.ecc-bar-fill').first()).toHaveCSS('fill', accent);
    await axe.expectNoViolations(`the ${theme} theme`);
    await widget.openButton(data.providers[0].name).click();
    await expect(page.locator('.ecc-detail')).toBeVisible();
    await axe.expectNoViolations(`the ${theme} theme, a provider open`);
  });
}

test('theme.unknown a theme the stylesheet lacks is not set', async ({ page, widget }) => {
  await page.goto('/?theme=hostile');
  await widget.started();
  await expect(page.locator('#eurocloud-compare')).not.toHaveAttribute('data-theme', /.*/);
});
