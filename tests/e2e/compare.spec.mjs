// Providers side by side: ticked in the ranking (two to four, in pick order), a chart and
// its table, "Stop comparing", and a compared provider that a requirement sets apart.

import { test, expect } from './fixtures.mjs';
import { readTable, REPORT_WORDS } from './pages/report-panels.mjs';
import { en, expectedCell, cellDiff } from './cells.mjs';

test('u. side by side: 2 to 4 ticked providers, chart and table in pick order, at most 4, "Stop comparing"', async ({ widget, report, model, data }) => {
  const { sideBySide } = report;
  const nameOf = (id) => report.nameOf(id);
  await widget.open();
  const rows = await widget.readRows();
  expect((await widget.readBoxes()).count, 'a Compare box per row').toBe(rows.length);
  await expect(widget.compareLabel(nameOf(rows[0].id)), 'the box\'s label names the provider')
    .toHaveText(`Compare ${nameOf(rows[0].id)}`);
  // Picked out of rank order: columns follow the picks.
  const picks = [rows[5].id, rows[0].id, rows[9].id, rows[2].id];

  await widget.tick(nameOf(picks[0]));
  await expect(sideBySide.hint, 'with one provider ticked, the hint').toBeVisible();
  await expect(sideBySide.table, 'no table for one provider').toHaveCount(0);
  await widget.expectHash(`#s=${picks[0]}`);

  await report.compareSome(picks.slice(1, 2), picks.slice(0, 2));
  await widget.expectHash(`#s=${picks.slice(0, 2).join(',')}`);
  const checkView = async (ids) => {
    const names = ids.map(nameOf);
    const shown = await sideBySide.readChart();
    expect(shown.legend, 'the legend names the compared providers').toEqual(names);
    expect(shown.chartHidden, 'the chart is hidden from assistive technology').toBe('true');
    const values = ids.map((id) => Object.values(model.providers.find((p) => p.id === id).values).filter((v) => v !== null).length);
    expect({ bySlot: shown.marks, inAll: shown.allMarks }, `one marker per provider and value (${values} by slot)`)
      .toEqual({ bySlot: [0, 1, 2, 3].map((slot) => values[slot] ?? 0), inAll: values.reduce((a, b) => a + b, 0) });
    await expect(sideBySide.scrollRegion.getByRole('table'), 'the table sits in a named scrolling region').toHaveCount(1);
    await expect(sideBySide.columnHeads, 'the columns').toHaveText(names);
    const body = await readTable(sideBySide.table);
    expect(body.length, 'rank, country, then one row per criterion').toBe(2 + data.criteria.length);
    expect(body[0].head, 'the first row').toBe('Rank and score');
    expect(body[1].head, 'the second row').toBe('Country');
    const pageRows = await widget.readRows();
    for (const [k, id] of ids.entries()) {
      const row = pageRows.find((r) => r.id === id);
      const expected = row ? `${row.rank} (${row.score})` : REPORT_WORDS.setApart;
      expect(body[0].cells[k]?.text, `${id}: rank and score`).toBe(expected);
      const { country } = data.providers.find((p) => p.id === id);
      expect(body[1].cells[k]?.text, `${id}: country`).toBe(country);
      for (const [j, criterion] of data.criteria.entries()) {
        expect(cellDiff(body[2 + j].cells[k], expectedCell(model, criterion, id)), `side by side, ${id}, ${criterion.id}`).toBeNull();
      }
    }
    data.criteria.forEach((criterion, j) => expect(body[2 + j].head, `criterion row ${j}`).toBe(en(criterion.label)));
  };
  await checkView(picks.slice(0, 2));

  await report.compareSome(picks.slice(2), picks);
  await widget.expectHash(`#s=${picks.join(',')}`);
  await checkView(picks);
  let boxes = await widget.readBoxes();
  expect(boxes.checked.sort(), 'the 4 picks are ticked').toEqual([...picks].sort());
  const others = rows.map((r) => r.id).filter((id) => !picks.includes(id));
  expect(boxes.disabled.sort(), 'with 4 ticked, exactly the other boxes are disabled').toEqual(others.sort());

  // Unticking one frees the others and drops its column.
  await widget.tick(nameOf(picks[1]), false);
  const left = picks.filter((id) => id !== picks[1]);
  await sideBySide.expectColumns(left.map(nameOf), 'unticking removes the column');
  await widget.expectHash(`#s=${left.join(',')}`);
  boxes = await widget.readBoxes();
  expect(boxes.disabled, 'with 3 ticked, no box is disabled').toEqual([]);

  await sideBySide.stop.click();
  await expect(sideBySide.region, '"Stop comparing" removes the view').toHaveCount(0);
  await widget.expectHash('');
  boxes = await widget.readBoxes();
  expect(boxes.checked, 'no box ticked after "Stop comparing"').toEqual([]);
  await expect(widget.compareBox(nameOf(left[0])), 'focus goes back to the first compared provider\'s Compare box')
    .toBeFocused();

  // A compared provider set apart by a requirement says so.
  const reference = data.providers.find((p) => p.reference);
  await widget.openFresh(`#f=no-ref&s=${rows[0].id},${reference.id}`);
  await expect(sideBySide.table, 'the side-by-side table').toHaveCount(1);
  const [rankRow] = await readTable(sideBySide.table);
  expect(rankRow.cells[1]?.text, `${reference.id} is "${REPORT_WORDS.setApart}"`).toBe(REPORT_WORDS.setApart);
  // It has no row (nor box) any more: the legend's button takes it out, and focus moves on.
  const remove = sideBySide.takeOut(reference.name);
  await expect(remove, `the legend's button is named "${REPORT_WORDS.takeOut(reference.name)}"`).toHaveCount(1);
  await remove.click();
  await widget.expectHash(`#f=no-ref&s=${rows[0].id}`);
  await expect(sideBySide.stop, 'focus moves to "Stop comparing" once the last button is gone').toBeFocused();
});
