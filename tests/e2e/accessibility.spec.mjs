// Accessibility: axe-core (WCAG 2.0/2.1 A and AA) on the page in its states, and the one
// live region that announces a new ranking. (Keyboard use and focus are tested with the
// features they belong to: weights e and p, details l and r, compare u.)

import { test, expect } from './fixtures.mjs';
import { rank, weightsWith, fragmentFor } from './engine.mjs';

test('h. the status region announces the new leader after a change', async ({ widget, model }) => {
  const allZero = Object.fromEntries(model.criteria.map((c) => [c.id, 0]));
  // A start (two criteria weighted) and a move (one of them to 0) that changes the leader.
  let scenario;
  for (const a of model.criteria) {
    for (const b of model.criteria) {
      if (a === b || scenario) continue;
      const before = rank(model, { ...allZero, [a.id]: 50, [b.id]: 50 });
      const after = rank(model, { ...allZero, [a.id]: 50 });
      if (before && after && before[0].id !== after[0].id) scenario = { a: a.id, b: b.id, before, after };
    }
  }
  expect(scenario, 'precondition: the data should allow a change of leader').toBeTruthy();
  const start = { ...allZero, [scenario.a]: 50, [scenario.b]: 50 };
  await widget.open(fragmentFor(model, start));
  await widget.expectRanking(scenario.before, 'starting ranking');
  const region = widget.announcer;
  await expect(region, 'there should be exactly one visually hidden status region').toHaveCount(1);
  const box = await region.boundingBox();
  expect(!box || (box.width <= 1 && box.height <= 1), `the status region should be visually hidden: ${JSON.stringify(box)}`)
    .toBe(true);
  expect(((await region.textContent()) ?? '').trim(), 'nothing should be announced before a change').toBe('');

  await widget.setWeight(scenario.b, 0);
  await widget.expectRanking(scenario.after, 'ranking after the move');
  const leader = scenario.after[0].name;
  const others = model.providers.filter((p) => p.name !== leader).map((p) => p.name);
  await expect(region, 'the status region says "Ranking updated"').toContainText('Ranking updated');
  await expect(region, `the status region names ${leader}`).toContainText(leader);
  const text = await region.textContent();
  const firstOther = Math.min(...others.map((n) => text.indexOf(n)).filter((i) => i >= 0));
  expect(text.indexOf(leader) < firstOther, `the announcement should name ${leader} first: ${text}`).toBe(true);
});

test('j. axe-core: no WCAG 2.1 A/AA violations (loaded, after a change, with a notice)', async ({ widget, model, axe }) => {
  await widget.open();
  await widget.expectRanking(rank(model, weightsWith(model)));
  await axe.expectNoViolations('the loaded page');

  await widget.setWeight('sov-3', 100);
  await widget.expectRanking(rank(model, weightsWith(model, { 'sov-3': 100 })));
  await axe.expectNoViolations('the page after moving a weight');

  // Only the fragment changes: the widget applies it on `hashchange`.
  await widget.open('#w=sov-1:abc');
  await expect(widget.note('could not be used')).toBeVisible();
  await axe.expectNoViolations('the malformed-fragment notice');
});

test('ab. axe-core: no WCAG 2.1 A/AA violations with side by side, a provider\'s details and the share panel in use', async ({ context, server, widget, report, share, axe }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  await widget.open('#s=ovhcloud,ionos,scaleway,aruba&p=stackit');
  await expect(report.details.section).toBeVisible();
  await expect(report.sideBySide.table).toBeVisible();
  await share.copyLink.click();
  await expect(share.status).toBeVisible();
  await axe.expectNoViolations('side by side, details and share panel');
});
