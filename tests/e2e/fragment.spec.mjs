// The URL fragment: it round-trips through a reload; a hand-edited one that cannot be used
// is reported in a notice, and so are too many or unknown providers in s= and p=.

import { test, expect } from './fixtures.mjs';
import { rank, weightsWith } from './engine.mjs';

test('c. the fragment round-trips, also through a reload', async ({ widget, model }) => {
  const hash = '#w=sov-3:80,sov-6:0';
  const weights = weightsWith(model, { 'sov-3': 80, 'sov-6': 0 });
  const expected = rank(model, weights);
  await widget.open(hash);
  await widget.expectWeights(weights);
  await widget.expectRanking(expected, `ranking for ${hash}`);
  await widget.expectHash(hash);
  await widget.reload();
  await widget.expectWeights(weights);
  await widget.expectRanking(expected, `ranking for ${hash} after reload`);
  await widget.expectHash(hash);
});

test('d. a malformed fragment shows a notice and the default ranking', async ({ widget, model }) => {
  await widget.open('#w=sov-1:abc');
  const notice = widget.note('could not be used');
  await expect(notice, 'the notice should name the bad entry').toContainText('abc');
  await expect(notice, 'the notice should name the bad entry').toContainText('sov-1');
  await widget.expectRanking(rank(model, weightsWith(model)), 'default ranking under the notice');
  await widget.expectWeights(weightsWith(model));
  // Still alive: a weight change still re-ranks.
  await widget.setWeight('sov-3', 60);
  await widget.expectRanking(rank(model, weightsWith(model, { 'sov-3': 60 })), 'ranking after a change');
});

test('v. the link keeps the compared (s=) and opened (p=) providers; too many or unknown ones are reported', async ({ page, widget, report, model }) => {
  const nameOf = (id) => model.providers.find((p) => p.id === id).name;
  const { details, sideBySide } = report;
  await widget.open('#s=ovhcloud,ionos&p=scaleway');
  await expect(details.heading, 'p= opens the details').toHaveText(nameOf('scaleway'));
  await expect(widget.openButton(nameOf('scaleway')), 'the name button says open').toHaveAttribute('aria-expanded', 'true');
  await sideBySide.expectColumns(['OVHcloud', 'IONOS'], 's= compares OVHcloud and IONOS');
  expect((await widget.readBoxes()).checked.sort().join(), 'their boxes are ticked').toBe('ionos,ovhcloud');
  await expect(widget.notices, 'no notice for a good link').toHaveCount(0);
  await widget.expectHash('#s=ovhcloud,ionos&p=scaleway');

  await widget.openFresh('#s=ovhcloud,ionos,scaleway,aruba,stackit');
  const notice = page.getByRole('note');
  await expect(notice, 'the notice says the first four are compared')
    .toContainText('5 providers to compare: the first four are compared');
  await sideBySide.expectColumns(['ovhcloud', 'ionos', 'scaleway', 'aruba'].map(nameOf), 'the first four are compared');
  await expect(widget.compareBox(nameOf('stackit')), 'the fifth is not ticked and its box is disabled').toBeDisabled();
  await widget.expectHash('#s=ovhcloud,ionos,scaleway,aruba');

  await widget.openFresh('#s=ovhcloud,nosuch&p=nowhere');
  for (const id of ['nosuch', 'nowhere']) {
    await expect(notice, `the notice names “${id}”`).toContainText(`there is no provider “${id}” in the data file`);
  }
  await expect(sideBySide.hint, 'the known provider stays ticked').toBeVisible();
  await expect(details.section, 'no details for an unknown provider').toHaveCount(0);
  await widget.expectHash('#s=ovhcloud');
});
