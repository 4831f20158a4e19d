// The method and the requirements: TOPSIS, a national profile, minimum levels, the
// providers set apart with their reasons, what to relax when none is left, all in the link.

import { test, expect } from './fixtures.mjs';
import { rank, weightsWith } from './engine.mjs';

test('n. method and requirements: TOPSIS, a national profile, providers set apart with reasons, all in the link', async ({ page, widget, requirements, model, axe }) => {
  await widget.open();
  await widget.method.selectOption('topsis');
  await widget.expectHash('#m=topsis');
  await requirements.open();
  const france = await requirements.profileOption('France').getAttribute('value');
  await requirements.profile.selectOption(france);
  await widget.expectHash('#m=topsis&c=secnumcloud:qualified');
  await expect(requirements.excluded, 'the reason is given')
    .toContainText(/Scaleway: no SecNumCloud \(qualified or better\) certification/);
  const ids = (await widget.readRows()).map((r) => r.id);
  const qualified = model.providers
    .filter((p) => (p.certifications ?? []).some((c) => c.scheme === 'secnumcloud' && c.status === 'qualified'))
    .map((p) => p.id);
  expect(ids.length === qualified.length && ids.every((id) => qualified.includes(id)),
    `only qualified offers are ranked: ${ids}`).toBe(true);
  await expect(page.getByText('TOPSIS compares the providers ranked with each other').first()).toBeVisible();
  await expect(requirements.details, 'the rule cites its source').toContainText('Source of this rule');
  // The link restores all of it.
  await page.reload();
  await expect(requirements.excluded).toBeVisible();
  await expect(widget.method, 'the method is restored').toHaveValue('topsis');
  await expect(requirements.profile, 'the profile shows as active').toHaveValue(france);
  await axe.expectNoViolations('the requirements open, with providers set apart');
});

test('o. a gate names the level found and the level required; with nothing left, what to relax', async ({ widget, requirements, model }) => {
  await widget.open('#g=sov-5:3');
  await expect(requirements.excluded, 'a provider at level 1 says so')
    .toContainText(/SOV-5 [^,;]* at level 1, below the required 3/);
  await expect(requirements.details, 'a link with requirements opens them').toHaveJSProperty('open', true);
  // A new document for the next link: changing only the fragment while the report module
  // is still rendering its panels is sometimes lost (the widget writes its old fragment
  // back before the hashchange reaches it), which is not what this test is about.
  await widget.openFresh('#g=sov-1:4,sov-2:4,sov-5:4');
  await expect(requirements.empty, 'the empty state says what to relax').toContainText('Relax it');
  await requirements.removeAll.click();
  await widget.expectRanking(rank(model, weightsWith(model)));
});
