// Why this ranking, and how sure it is: sensitivity, rank acceptability, two providers
// compared, a breakdown that adds up to the score; and the methodology in the widget.

import { test, expect } from './fixtures.mjs';
import { rank, weightsWith } from './engine.mjs';
import { disclosure } from './pages/disclosure.mjs';

test('q. the analysis explains the ranking: sensitivity, rank acceptability, two providers compared, a breakdown', async ({ page, widget, report, model, axe }) => {
  const { analysis, details } = report;
  await widget.open();
  const ranking = rank(model, weightsWith(model));
  await analysis.open();
  await expect(page.getByText(`${ranking[0].name} stays first while the weight of SOV-1`).first()).toBeVisible();
  await expect(page.getByText('would pass').first()).toBeVisible();
  await expect(analysis.acceptabilityRows(), 'acceptability for the top 5').toHaveCount(5);
  await analysis.uncertainty.selectOption('50');
  await expect(analysis.uncertainty, 'the uncertainty is chosen').toHaveValue('50');
  await analysis.second.selectOption('4');
  await expect(page.getByText(`${ranking[4].name} is ahead on:`).first()).toBeVisible();
  await widget.openButton(ranking[0].name).click();
  await expect(details.breakdown).toBeVisible();
  await expect(details.chart, 'a chart beside the table').toHaveCount(1);
  const points = await details.breakdownPoints();
  const total = points.reduce((a, b) => a + b, 0);
  expect(Math.abs(total - ranking[0].score), `the breakdown adds up to the score: ${total} vs ${ranking[0].score}`)
    .toBeLessThan(0.05);
  await axe.expectNoViolations('the analysis and a breakdown open');
});

test('m. the methodology is in the widget', async ({ page, widget }) => {
  await widget.open();
  const { details, summary } = disclosure(page, 'How the ranking is made');
  await summary.click();
  await expect(details, 'methodology shown').toContainText('Cloud Sovereignty Framework');
  await expect(details, 'methodology shown').toContainText('missing');
});
