// What is unknown is shown as unknown (issue 11, part 6): each row's share of the weight on
// known values and the range of scores its missing values allow, against the reference
// engine; the three ways of counting missing values, chosen by the visitor and kept in the
// link; and providers set apart only because a value is missing.

import { test, expect } from './fixtures.mjs';
import { rank, weightsWith } from './engine.mjs';

const MISSING = 'Missing values count as';
const CHOICES = { worst: 'the worst level', midpoint: "the scale's midpoint", skip: 'left out' };

/** Each row's contract as the page has it: id, score, known share and range. */
async function readRanges(widget) {
  return widget.rows.evaluateAll((rows) => rows.map((r) => ({
    id: r.dataset.providerId,
    score: r.dataset.score,
    known: r.dataset.known,
    low: r.dataset.scoreLow,
    high: r.dataset.scoreHigh,
    range: r.querySelector('.ecc-range')?.textContent ?? null,
  })));
}

/** How the rows' known share and range differ from the reference engine's; null if not. */
function rangesDiff(rows, expected) {
  const problems = [];
  const near = (text, value, label, id) => {
    if (!/^\d{1,3}\.\d{2}$/.test(text) || Math.abs(Number(text) - value) > 0.005 + 1e-6) {
      problems.push(`${id}: ${label} ${text}, expected ${value.toFixed(4)}`);
    }
  };
  for (const e of expected) {
    const r = rows.find((x) => x.id === e.id);
    if (!r) { problems.push(`${e.id}: no row`); continue; }
    near(r.known, e.known, 'data-known', e.id);
    near(r.low, e.low, 'data-score-low', e.id);
    near(r.high, e.high, 'data-score-high', e.id);
    if (!(Number(r.low) <= Number(r.score) + 1e-9 && Number(r.score) <= Number(r.high) + 1e-9)) {
      problems.push(`${e.id}: score ${r.score} outside ${r.low}-${r.high}`);
    }
    if (e.known < 1) {
      const words = `range ${e.low.toFixed(2)}–${e.high.toFixed(2)}, ${Math.round(e.known * 100)} % of the weight known`;
      if (r.range !== words) problems.push(`${e.id}: shows ${JSON.stringify(r.range)}, expected ${JSON.stringify(words)}`);
    } else if (r.range !== null) {
      problems.push(`${e.id}: fully known, yet shows ${JSON.stringify(r.range)}`);
    }
  }
  return problems.length ? problems.join('\n') : null;
}

test('mv.a every row shows the share of the weight known and the range its missing values allow', async ({ widget, model }) => {
  await widget.open();
  const expected = rank(model, weightsWith(model));
  expect(expected.some((e) => e.known < 1), 'precondition: the bundled data has missing values').toBe(true);
  expect(expected.some((e) => e.known === 1), 'precondition: some provider is fully documented').toBe(true);
  await expect.poll(async () => rangesDiff(await readRanges(widget), expected)).toBeNull();
  // A weight moved: the ranges follow.
  await widget.setWeight('sov-8', 60);
  const moved = rank(model, weightsWith(model, { 'sov-8': 60 }));
  await widget.expectRanking(moved);
  await expect.poll(async () => rangesDiff(await readRanges(widget), moved)).toBeNull();
});

test('mv.b the visitor chooses how missing values count, and the link keeps it', async ({ page, widget, model }) => {
  await widget.open();
  const select = page.getByRole('combobox', { name: MISSING });
  await expect(select).toHaveValue('worst');
  await expect(page.getByText(/What is not documented earns nothing/)).toBeVisible();
  const weights = weightsWith(model);
  for (const mode of ['midpoint', 'skip', 'worst']) {
    await select.selectOption({ label: CHOICES[mode] });
    const expected = rank(model, weights, mode);
    await widget.expectRanking(expected, `ranking with missing values ${mode}`);
    await expect.poll(async () => rangesDiff(await readRanges(widget), expected)).toBeNull();
    await widget.expectHash(mode === 'worst' ? '' : `#mv=${mode}`);
  }
  // The orders differ: how missing values count changes the ranking of the bundled data.
  const order = (mode) => rank(model, weights, mode).map((e) => e.id).join();
  expect(order('skip'), 'precondition: leaving values out re-ranks').not.toBe(order('worst'));
});

test('mv.c a link with mv= opens so, and a bad value is reported and the default used', async ({ page, widget, model }) => {
  await widget.open('#mv=skip');
  await expect(page.getByRole('combobox', { name: MISSING })).toHaveValue('skip');
  await widget.expectRanking(rank(model, weightsWith(model), 'skip'));
  await widget.open('#mv=zero');
  await expect(widget.note('there is no way “zero” of counting missing values')).toBeVisible();
  await expect(page.getByRole('combobox', { name: MISSING })).toHaveValue('worst');
  await widget.expectRanking(rank(model, weightsWith(model)));
});

test('mv.d a provider set apart only because a value is missing is said to be', async ({ page, widget, model }) => {
  // A minimum level on SOV-7: who lacks the value fails only for that; who has a low level does not.
  await widget.open('#g=sov-7:2');
  const lacking = model.providers.filter((p) => p.values['sov-7'] === null);
  const below = model.providers.filter((p) => p.values['sov-7'] !== null && p.values['sov-7'] < 2);
  expect(lacking.length && below.length, 'precondition: both kinds exist').toBeTruthy();
  const apart = page.locator('.ecc-excluded li');
  for (const p of lacking) {
    const item = apart.filter({ hasText: `${p.name}:` });
    await expect(item).toHaveClass('ecc-only-missing');
    await expect(item).toContainText('set apart only because values are missing');
  }
  for (const p of below) {
    const item = apart.filter({ hasText: `${p.name}:` });
    await expect(item).not.toHaveClass('ecc-only-missing');
    await expect(item).not.toContainText('only because');
  }
});

test('mv.e the breakdown and the CSV say how missing values counted', async ({ page, widget, share, model }) => {
  await widget.open('#mv=midpoint');
  const expected = rank(model, weightsWith(model), 'midpoint');
  const partly = expected.find((e) => e.known < 1);
  await widget.openButton(partly.name).click();
  const known = page.locator('.ecc-detail .ecc-known');
  await expect(known).toContainText(`${Math.round(partly.known * 100)} % of the weight rests on known values; missing values count as the scale's midpoint.`);
  await expect(known).toContainText(`Its missing values allow a score from ${partly.low.toFixed(2)} to ${partly.high.toFixed(2)}.`);
  const { text: csv } = await share.download(share.csv);
  expect(csv).toContain(`Missing values count as,the scale's midpoint`);
  expect(csv).toContain('Share of the weight known,Lowest score its missing values allow,Highest score its missing values allow');
});
