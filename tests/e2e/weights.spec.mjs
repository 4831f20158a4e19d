// Setting weights without dragging: the keyboard on a slider, the − and + buttons, all
// weights at zero, and the ordering panel's rank order centroid weights.

import { test, expect } from './fixtures.mjs';
import { rank, weightsWith, fragmentFor } from './engine.mjs';

const allZero = (model) => Object.fromEntries(model.criteria.map((c) => [c.id, 0]));

test('e. keyboard on a slider and the +/- buttons change weights by the expected steps', async ({ page, widget, model }) => {
  await widget.open();
  const defaults = weightsWith(model);
  const s2 = widget.sliderOf('sov-2');
  await s2.focus();
  for (let i = 0; i < 5; i += 1) await page.keyboard.press('ArrowRight');
  let weights = weightsWith(model, { 'sov-2': defaults['sov-2'] + 5 });
  await widget.expectWeights(weights);
  await widget.expectRanking(rank(model, weights), 'ranking after 5 x ArrowRight');
  await expect(s2, 'focus should stay on the sov-2 slider').toBeFocused();

  await widget.stepButton('sov-8', 'up').click();
  weights = { ...weights, 'sov-8': defaults['sov-8'] + 5 };
  await widget.expectWeights(weights);
  await widget.expectRanking(rank(model, weights), 'ranking after + on sov-8');
  await expect(widget.stepButton('sov-8', 'up'), 'focus should stay on the + button').toBeFocused();

  await widget.stepButton('sov-5', 'down').click();
  weights = { ...weights, 'sov-5': defaults['sov-5'] - 5 };
  await widget.expectWeights(weights);
  await widget.expectRanking(rank(model, weights), 'ranking after - on sov-5');
  await widget.expectHash(fragmentFor(model, weights));
});

test('g. all weights zero shows a message and no rows', async ({ page, widget, model }) => {
  const hash = `#w=${model.criteria.map((c) => `${c.id}:0`).join(',')}`;
  expect(rank(model, allZero(model)), 'reference engine: no ranking for all-zero weights').toBeNull();
  await widget.open(hash);
  await expect(page.getByText('All weights are zero').first()).toBeVisible();
  await widget.expectRanking(null, 'all-zero weights');
  await widget.expectWeights(allZero(model));
  // One weight back above zero brings the rows back.
  await widget.stepButton('sov-2', 'up').click();
  await widget.expectRanking(rank(model, { ...allZero(model), 'sov-2': 5 }), 'ranking after + on sov-2');
});

test('p. ordering the criteria with the keyboard keeps focus on the moved button, then sets the weights', async ({ page, widget, ordering, model }) => {
  await widget.open();
  await ordering.open();
  const down = ordering.moveButton('sov-5', 'down');
  await down.focus();
  await page.keyboard.press('Enter');
  // The button is drawn anew at the criterion's new place: the locator finds the new one.
  await expect(down, 'focus stays on the moved criterion\'s button').toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await ordering.read()).map((l) => l.label)[2], { message: 'SOV-5 moved down twice' })
    .toMatch(/^SOV-5/);
  const listed = await ordering.read();
  await ordering.apply.click();
  const shown = await ordering.read();
  const weights = {};
  listed.forEach(({ label }, i) => {
    weights[model.criteria.find((c) => label.startsWith(c.label)).id] = Number(shown[i].weight);
  });
  await widget.expectRanking(rank(model, weightsWith(model, weights)));
  expect(Object.values(weights).reduce((a, b) => a + b, 0), 'rank order centroid weights sum to 100').toBe(100);
});
