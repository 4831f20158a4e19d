// Weight presets and the reset to the default.

import { test, expect } from './fixtures.mjs';
import { rank, weightsWith, fragmentFor } from './engine.mjs';

test('f. presets: the equal preset, then reset to the default', async ({ widget, model }) => {
  await widget.open();
  const equal = model.presets.find((p) => p.id === 'equal');
  expect(equal, 'the data file should have an "equal" preset').toBeTruthy();
  await widget.preset.selectOption(String(equal.index));
  await widget.expectWeights(equal.weights);
  await widget.expectRanking(rank(model, equal.weights), 'ranking for the equal preset');
  await widget.expectHash(fragmentFor(model, equal.weights));
  await expect(widget.preset, 'the select should show the equal preset').toHaveValue(String(equal.index));

  await widget.reset.click();
  await widget.expectWeights(weightsWith(model));
  await widget.expectRanking(rank(model, weightsWith(model)), 'ranking after reset');
  await widget.expectHash('');
  await expect(widget.preset, 'the select should show the default preset after reset')
    .toHaveValue(String(model.defaultPreset.index));
});
