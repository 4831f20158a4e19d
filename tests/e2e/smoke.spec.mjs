// One flow through the widget on a phone (the phone project): weights changed with the +
// and − buttons (no dragging, no touch), the ranking following the reference engine, a
// provider opened and closed.

import { test, expect } from './fixtures.mjs';
import { rank, weightsWith, fragmentFor } from './engine.mjs';

test('smoke. on a phone: the buttons change weights, the ranking follows, a provider opens and closes', { tag: '@phone' }, async ({ widget, report, model }) => {
  await widget.open();
  await widget.expectRanking(rank(model, weightsWith(model)), 'default ranking');
  const defaults = weightsWith(model);
  await widget.stepButton('sov-3', 'up').click();
  await widget.stepButton('sov-5', 'down').click();
  const weights = weightsWith(model, { 'sov-3': defaults['sov-3'] + 5, 'sov-5': defaults['sov-5'] - 5 });
  await widget.expectWeights(weights);
  await widget.expectRanking(rank(model, weights), 'ranking after + on sov-3 and − on sov-5');
  await widget.expectHash(fragmentFor(model, weights));

  const [first] = await widget.readRows();
  const open = widget.openButton(first.name);
  await open.click();
  await expect(report.details.region(first.name)).toBeVisible();
  await expect(report.details.breakdown).toBeVisible();
  await report.details.close.click();
  await expect(report.details.section).toHaveCount(0);
  await expect(open, 'focus goes back to the name that opened the details').toBeFocused();
});
