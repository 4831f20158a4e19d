// The ranking against the reference engine (engine.mjs): at load, and as weights move
// (re-ordering, ties), with the fragment replaced rather than pushed.

import { test, expect } from './fixtures.mjs';
import { rank, weightsWith, fragmentFor } from './engine.mjs';

test('a. loads with the default weights and ranks as the reference engine', async ({ widget, model }) => {
  await widget.open();
  const expected = rank(model, weightsWith(model));
  expect(expected.length, 'the data file should list at least 18 providers').toBeGreaterThanOrEqual(18);
  await widget.expectRanking(expected, 'default ranking');
  await expect(widget.rows).toHaveCount(expected.length);
  await widget.expectWeights(weightsWith(model));
  await expect(widget.preset, 'the preset select should show the default preset')
    .toHaveValue(String(model.defaultPreset.index));
  expect(await widget.hash(), 'no fragment for the default weights').toBe('');
});

test('b. moving weights re-orders the rows, updates the fragment with replaceState', async ({ page, widget, model }) => {
  await widget.open();
  await widget.expectRanking(rank(model, weightsWith(model)));
  const historyBefore = await page.evaluate(() => history.length);
  const steps = [
    { 'sov-1': 100 },
    { 'sov-1': 100, 'sov-5': 0 },
    // With the bundled data: a three-way tie at rank 3, listed by name.
    { 'sov-1': 0, 'sov-5': 0 },
    // With the bundled data: a provider with values on sov-1 to sov-3 only climbs.
    { 'sov-1': 0, 'sov-5': 0, 'sov-3': 100 },
  ];
  let previousOrder = rank(model, weightsWith(model)).map((r) => r.id).join();
  let reordered = false;
  let current = weightsWith(model);
  for (const changes of steps) {
    // The entry that differs from the previous step is the one to move.
    const moved = Object.entries(changes).filter(([c, v]) => current[c] !== v);
    expect(moved, `each step should move one weight: ${JSON.stringify(changes)}`).toHaveLength(1);
    const [[id, w]] = moved;
    current = { ...current, [id]: w };
    await widget.setWeight(id, w);
    const weights = weightsWith(model, changes);
    const expected = rank(model, weights);
    await widget.expectRanking(expected, `ranking after ${JSON.stringify(changes)}`);
    await widget.expectWeights(weights);
    await widget.expectHash(fragmentFor(model, weights));
    const order = expected.map((r) => r.id).join();
    reordered ||= order !== previousOrder;
    previousOrder = order;
  }
  expect(reordered, 'precondition: at least one step should change the predicted order').toBe(true);
  await widget.expectHash('#w=sov-1:0,sov-3:100,sov-5:0');
  expect(await page.evaluate(() => history.length),
    'history.length grew: the fragment should be replaced, not pushed').toBe(historyBefore);
  await expect(widget.preset, 'the preset select should say "custom" for weights of no preset')
    .toHaveValue('custom');
});
