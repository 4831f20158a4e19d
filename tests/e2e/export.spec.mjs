// The files a visitor takes away: the ranking as CSV and the scenario as JSON, each checked
// field by field against the page; the scenario loaded back into a fresh page; broken
// scenario files refused with the reason.

import { test, expect } from './fixtures.mjs';
import { parse } from 'csv-parse/sync';
import { weightsWith } from './engine.mjs';
import { SHARE_WORDS } from './pages/share-panel.mjs';
import { en } from './cells.mjs';

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Splits parsed CSV records into blocks separated by empty records. */
function csvBlocks(records) {
  const blocks = [[]];
  for (const record of records) {
    if (record.every((cell) => cell === '')) blocks.push([]);
    else blocks.at(-1).push(record);
  }
  return blocks;
}

/** `value` with every object's keys sorted, as JSON: objects compare whatever their key order. */
const canon = (value) => JSON.stringify(value, (_, v) => (v && typeof v === 'object' && !Array.isArray(v)
  ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
  : v));

test('x. the CSV export: the scenario, the weights, the page\'s ranking with values, the providers set apart', async ({ page, widget, requirements, share, model, data }) => {
  await widget.open();
  await widget.method.selectOption('topsis');
  await widget.setWeight('sov-3', 80);
  await widget.setWeight('sov-1', 0);
  await requirements.open();
  await requirements.flag('Headquarters in the EU').check();
  await widget.expectHash('#m=topsis&w=sov-1:0,sov-3:80&f=eu-hq');
  await expect(requirements.excluded).toBeVisible();
  const rows = await widget.readRows();
  // Each row's share of the weight known and score range, as the rows carry them.
  const ranges = await widget.rows.evaluateAll((trs) => trs.map((tr) =>
    [tr.dataset.known, tr.dataset.scoreLow, tr.dataset.scoreHigh]));
  const weights = await widget.sliderWeights();
  const today = await widget.today();

  const { name, text } = await share.download(share.csv);
  expect(name, 'file name').toBe(`eurocloud-ranking-${today}.csv`);
  const records = parse(text, { relax_column_count: true, bom: true, skip_empty_lines: false });
  const blocks = csvBlocks(records);
  expect(blocks.length, `four blocks (scenario, weights, ranking, set apart):\n${text.slice(0, 800)}`).toBe(4);
  const [meta, weightBlock, ranking, setApart] = blocks;

  expect(meta[0], 'title row').toEqual(['EuroCloud Compare ranking']);
  expect(meta[1], 'exported row').toEqual(['Exported', today]);
  expect(meta[2], `data file row with version ${data.dataset.version}`)
    .toEqual(['Data file', data.dataset.title, data.dataset.version, data.dataset.last_updated]);
  expect(meta[3], 'method row').toEqual(['Method', 'TOPSIS']);
  expect(meta[4], 'missing values row').toEqual(['Missing values count as', 'the worst level']);
  expect(meta[5], 'requirements row').toEqual(['Requirements', 'Headquarters in the EU']);
  expect(meta[6], 'link row is the page\'s link').toEqual(['Link', page.url()]);

  expect(weightBlock[0], 'weights header').toEqual(['Criterion', 'Weight']);
  expect(weightBlock.slice(1), `the weights are the sliders' ${JSON.stringify(weights)}`)
    .toEqual(data.criteria.map((c) => [en(c.label), String(weights[c.id])]));

  const labels = data.criteria.map((c) => en(c.label));
  expect(ranking[0], 'ranking header').toEqual(['Rank', 'Provider', 'Country', 'Score',
    'Share of the weight known', 'Lowest score its missing values allow',
    'Highest score its missing values allow', ...labels, 'Missing values']);
  const expectedRows = rows.map((r, i) => {
    const p = data.providers.find((x) => x.id === r.id);
    const { values } = model.providers.find((x) => x.id === r.id);
    return [r.rank, p.name, p.country, r.score, ...ranges[i],
      ...data.criteria.map((c) => (values[c.id] === null ? '' : String(values[c.id]))),
      data.criteria.filter((c) => values[c.id] === null).map((c) => en(c.label)).join('; ')];
  });
  const got = ranking.slice(1);
  expect(got.length, `${rows.length} ranking rows`).toBe(rows.length);
  expectedRows.forEach((e, i) => expect(got[i], `ranking row ${i}`).toEqual(e));
  expect(got.every((r) => /^\d+\.\d{2}$/.test(r[3])), 'scores with two decimals and a dot').toBe(true);

  expect(setApart?.[0], 'set-apart header').toEqual(['Set apart', 'Reasons']);
  const apart = data.providers.filter((p) => !rows.some((r) => r.id === p.id)).map((p) => p.name).sort();
  expect(setApart.slice(1).map((r) => r[0]).sort(), 'set apart').toEqual(apart);
  const excludedText = (await requirements.excluded.textContent()).replace(/\s+/g, ' ');
  for (const [provider, reasons] of setApart.slice(1)) {
    expect(reasons && reasons.split('; ').every((r) => excludedText.includes(r)),
      `${provider}: the reasons "${reasons}" are the page's`).toBe(true);
  }
});

test('y. the scenario file: exported as on the page, loaded back in a fresh page; a broken file is refused', async ({ widget, report, share, model, data }) => {
  const hash = '#m=topsis&w=sov-1:30,sov-3:80&g=sov-5:1&c=secnumcloud:in-progress&f=eu-hq&s=ovhcloud,ionos&p=scaleway';
  await widget.open(hash);
  await expect(report.details.section).toBeVisible();
  await widget.expectHash(hash);
  const rows = await widget.readRows();
  expect(rows.length, 'precondition: providers left to rank').toBeGreaterThan(0);
  const weights = await widget.sliderWeights();
  const today = await widget.today();

  const { name, text } = await share.download(share.scenario);
  expect(name, 'file name').toBe(`eurocloud-scenario-${today}.json`);
  let scenario;
  expect(() => { scenario = JSON.parse(text); }, `the scenario is JSON:\n${text.slice(0, 300)}`).not.toThrow();
  const expected = {
    format: 'eurocloud-compare-scenario',
    version: 1,
    exported: today,
    dataset: { title: data.dataset.title, version: data.dataset.version, updated: data.dataset.last_updated },
    method: 'topsis',
    'missing-values': 'worst',
    weights: weightsWith(model, { 'sov-1': 30, 'sov-3': 80 }),
    'minimum-levels': { 'sov-5': 1 },
    certifications: [{ scheme: 'secnumcloud', 'least-status': 'in-progress' }],
    filters: ['eu-hq'],
    compared: ['ovhcloud', 'ionos'],
    open: 'scaleway',
  };
  for (const [key, value] of Object.entries(expected)) {
    expect(canon(scenario[key]), `scenario.${key}`).toBe(canon(value));
  }
  expect(canon(scenario.weights), 'the weights are the sliders\'').toBe(canon(weights));
  expect(Object.keys(scenario).filter((k) => !(k in expected)), 'no other fields in the scenario').toEqual([]);

  // Loaded back into the default state.
  await widget.openFresh();
  await widget.expectHash('');
  await share.load(name, text);
  await expect(share.status, 'after loading the scenario').toHaveText(SHARE_WORDS.scenarioLoaded);
  await widget.expectHash(hash);
  await widget.expectWeights(expected.weights);
  await expect(widget.method, 'the method is TOPSIS again').toHaveValue('topsis');
  await expect.poll(() => widget.readRows(), { message: 'the rows are the exported page\'s' }).toEqual(rows);
  await expect(report.details.heading, 'the opened provider').toHaveText(report.nameOf('scaleway'));
  await report.sideBySide.expectColumns(['OVHcloud', 'IONOS'], 'the compared providers');

  // Broken files: refused with the reason; nothing changes.
  for (const [file, reason] of [
    ['{"format": oops}\n', /This file is not JSON \(line 1, column 12\)/],
    [JSON.stringify({ format: 'something-else', version: 1, method: 'weighted-sum' }),
      /“format” is not “eurocloud-compare-scenario”/],
  ]) {
    await share.load('broken.json', file);
    await expect(share.error, `for ${JSON.stringify(file)}, the error says "${SHARE_WORDS.scenarioRefused}" and ${reason}`)
      .toHaveText(new RegExp(`^${escapeRegExp(SHARE_WORDS.scenarioRefused)}.*${reason.source}`));
    await widget.expectHash(hash);
    expect(await widget.readRows(), 'the ranking is unchanged').toEqual(rows);
    await expect(share.status, 'no success message beside the error').toHaveCount(0);
  }
});
