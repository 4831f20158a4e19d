// `make bench-web`: the built widget in headless Chromium. Reports, per data size N
// (the bundled file's providers, 200 and 1,000), the time from a weight change to the updated ranking in
// the DOM, beside a floor measured in the same page and run (the same rows re-ordered
// with plain DOM calls); and the cold start of the page. A benchmark reports: it exits 0
// when a target is missed (and says MISSED), 1 only when it could not measure.
//
//   node tools/bench-web/run.mjs [options]
//   ECC_DIST=/path/to/dist node tools/bench-web/run.mjs      the build in that folder
//
// Options: --sizes 32,200,1000 (the first is the bundled file's count)
//          --changes 200 (measured, per N)   --warmup 10
//          --cold-runs 10   --cold-sizes 32,200,1000   --seed 2026
//          --profile (a CPU profile of more widget changes per N, summarised)
//          --profile-changes 20 (how many)
//          --out target/bench-web.json
//
// Method and definitions: BENCHMARKS.md. Uses the system Chromium, never a downloaded one.

import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { modelFrom, rank, rankingDiff, weightsWith } from '../../tests/e2e/engine.mjs';
import { BUNDLED, ROOT, SIZES, generator } from './make-data.mjs';
import { DIST, prepareSite, serveSite } from './page.mjs';
import { installBench, installColdProbe } from './in-page.mjs';

const CHROMIUM = '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run'];
const VIEWPORT = { width: 1280, height: 900 };
// Targets of issue 10: widget p95 within 1.5x of the floor's p95 at every N, and under
// 4 ms at 20 providers.
const MAX_RATIO = 1.5;
const MAX_P95_AT_20 = 4;

function options(argv) {
  const o = {
    sizes: SIZES, changes: 200, warmup: 10, coldRuns: 10, coldSizes: SIZES, seed: 2026,
    profile: false, profileChanges: 20, out: path.join(ROOT, 'target/bench-web.json'),
  };
  const list = (v) => v.split(',').map(Number).filter((n) => Number.isInteger(n) && n > 0);
  for (let i = 0; i < argv.length; i++) {
    const [flag, value] = [argv[i], argv[i + 1]];
    switch (flag) {
      case '--sizes': o.sizes = list(value); i++; break;
      case '--changes': o.changes = Number(value); i++; break;
      case '--warmup': o.warmup = Number(value); i++; break;
      case '--cold-runs': o.coldRuns = Number(value); i++; break;
      case '--cold-sizes': o.coldSizes = value === 'none' ? [] : list(value); i++; break;
      case '--seed': o.seed = Number(value); i++; break;
      case '--profile': o.profile = true; break;
      case '--profile-changes': o.profileChanges = Number(value); i++; break;
      case '--out': o.out = path.resolve(value); i++; break;
      default: throw new Error(`unknown option ${flag} (see the head of tools/bench-web/run.mjs)`);
    }
  }
  for (const n of [...o.sizes, ...o.coldSizes]) {
    if (!SIZES.includes(n)) throw new Error(`N=${n}: the data files exist for ${SIZES.join(', ')}`);
  }
  return o;
}

// ---------------------------------------------------------------------------------------
// The changes

/**
 * `count` weight changes from the default weights, each one that re-orders the ranking
 * (by the reference engine of the end-to-end tests): the sliders in turn (a seeded
 * order), each set to a seeded value in 0..100 other than its own, retried until the order
 * changes (a slider that cannot re-order it now is skipped for this turn).
 */
export function planChanges(model, count, seed) {
  const random = generator(seed);
  const criteria = model.criteria.map((c) => c.id);
  for (let i = criteria.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [criteria[i], criteria[j]] = [criteria[j], criteria[i]];
  }
  let weights = weightsWith(model);
  let previous = rank(model, weights).map((r) => r.id);
  let order = previous.join();
  const steps = [];
  for (let turn = 0; steps.length < count; turn++) {
    if (turn > count * criteria.length * 4) throw new Error('no weight change re-orders this ranking');
    const criterion = criteria[turn % criteria.length];
    for (let attempt = 0; attempt < 40; attempt++) {
      const value = Math.floor(random() * 101);
      if (value === weights[criterion]) continue;
      const next = { ...weights, [criterion]: value };
      const ranking = rank(model, next);
      if (ranking === null) continue;
      const nextOrder = ranking.map((r) => r.id).join();
      if (nextOrder === order) continue;
      steps.push({
        criterion,
        value,
        ids: ranking.map((r) => r.id),
        ranks: ranking.map((r) => String(r.rank)),
        scores: ranking.map((r) => r.score.toFixed(2)),
        // Rows not at the place they had before the change.
        moved: ranking.filter((r, i) => previous[i] !== r.id).length,
      });
      weights = next;
      order = nextOrder;
      previous = ranking.map((r) => r.id);
      break;
    }
  }
  return steps;
}

// ---------------------------------------------------------------------------------------
// Statistics

function percentile(sorted, p) {
  // Nearest rank: the smallest sample with at least p of the samples at or below it.
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
}

function summary(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = sorted.reduce((s, x) => s + x, 0) / sorted.length;
  return {
    n: sorted.length,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    mean,
    min: sorted[0],
    max: sorted.at(-1),
  };
}

const ms = (x) => (x === null || x === undefined || Number.isNaN(x) ? '-' : x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0));
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

// ---------------------------------------------------------------------------------------
// Input to updated DOM

// An in-page function as a script with a name of its own, so that a CPU profile tells the
// benchmark's code from the browser's built-ins and the widget's.
const HARNESS_URL = 'bench-web/in-page.js';
const inPage = (fn, arg) => `(${fn})(${arg === undefined ? '' : JSON.stringify(arg)});\n//# sourceURL=${HARNESS_URL}\n`;

async function openBench(browser, server, url, n, errors, warnings) {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  await context.addInitScript({ content: inPage(installBench) });
  const page = await context.newPage();
  page.on('pageerror', (err) => errors.push(`page error: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console error: ${msg.text()} (${msg.location()?.url ?? ''})`);
    if (msg.type() === 'warning') warnings.set(msg.text(), (warnings.get(msg.text()) ?? 0) + 1);
  });
  await page.goto(url);
  await page.waitForFunction(
    (count) => document.querySelectorAll('#eurocloud-compare tr[data-provider-id]').length === count
      || document.querySelector('#eurocloud-compare .ecc-notice--error'),
    n,
    { timeout: 60000, polling: 50 },
  );
  return { context, page };
}

/** Fails unless the widget shows N rows, as predicted, and no notice (no warning). */
async function checkAccepted(page, model, n) {
  const notices = await page.$$eval('#eurocloud-compare .ecc-notice', (els) =>
    els.map((e) => e.textContent.replace(/\s+/g, ' ').trim()));
  if (notices.length) throw new Error(`N=${n}: the widget shows a notice: ${notices.join(' | ')}`);
  const rows = await page.evaluate(() => window.__bench.rows());
  if (rows.length !== n) throw new Error(`N=${n}: the widget shows ${rows.length} rows`);
  const diff = rankingDiff(rows, rank(model, weightsWith(model)));
  if (diff) throw new Error(`N=${n}: the default ranking differs from the reference engine: ${diff}`);
  const crossOriginIsolated = await page.evaluate(() => self.crossOriginIsolated);
  return { rows: rows.length, notices: 0, crossOriginIsolated };
}

async function latency(browser, server, pages, n, file, o) {
  const model = modelFrom(file);
  const errors = [];
  const warnings = new Map();
  const total = o.warmup + o.changes + (o.profile ? o.profileChanges : 0);
  const steps = planChanges(model, total, o.seed + n);
  const { context, page } = await openBench(browser, server, server.url(pages[n]), n, errors, warnings);
  try {
    const accepted = await checkAccepted(page, model, n);
    const byId = new Map(file.providers.map((p) => [p.id, p]));
    const initial = rank(model, weightsWith(model)).map((r) => ({
      id: r.id, name: byId.get(r.id).name, country: byId.get(r.id).country,
      rank: String(r.rank), score: r.score.toFixed(2),
    }));
    await page.evaluate((rows) => window.__bench.floor(rows), initial);
    await page.evaluate(() => window.__bench.markupFloor());
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));

    const widget = { dom: [], frame: [], first: [], callbacks: [], styled: [] };
    const floor = { dom: [], frame: [] };
    const markup = { dom: [], frame: [] };
    const fail = async (what, step, result) => {
      const diff = rankingDiff(await page.evaluate(() => window.__bench.rows()),
        step.ids.map((id, i) => ({ id, rank: Number(step.ranks[i]), score: Number(step.scores[i]) })));
      return new Error(`N=${n}, ${what}, ${step.criterion}=${step.value}: ${result.error ?? 'the rows never became the predicted ones'}` +
        `${diff ? `\n  ${diff}` : ''}${errors.length ? `\n  ${errors.join('\n  ')}` : ''}`);
    };
    const measured = o.warmup + o.changes;
    const began = Date.now();
    for (let i = 0; i < measured; i++) {
      const step = steps[i];
      // Progress, on stderr, when a size takes long (the widget at 1,000 providers).
      if (i > 0 && i % 50 === 0 && Date.now() - began > 30000) console.error(`  N=${n}: ${i}/${measured} changes`);
      // Which goes first turns, so none always runs right after another.
      const kinds = ['widget', 'floor', 'markup'];
      const order = kinds.map((_, k) => kinds[(i + k) % kinds.length]);
      for (const which of order) {
        const result = await page.evaluate(([w, s]) => window.__bench[w](s),
          [{ widget: 'widget', floor: 'floorStep', markup: 'markupStep' }[which], step]);
        if (result.timeout || result.error) throw await fail(which, step, result);
        if (i < o.warmup) continue;
        if (which === 'widget') {
          widget.dom.push(result.dom);
          widget.frame.push(result.frame);
          widget.first.push(result.first);
          widget.callbacks.push(result.callbacks);
          widget.styled.push(result.styled);
        } else {
          const series = which === 'floor' ? floor : markup;
          series.dom.push(result.dom);
          series.frame.push(result.frame);
        }
      }
    }
    if (errors.length) throw new Error(`N=${n}: ${errors.join('\n  ')}`);
    const profile = o.profile ? await profileChanges(page, steps.slice(measured), n) : undefined;
    const w = summary(widget.dom);
    const f = summary(floor.dom);
    const m = summary(markup.dom);
    const moved = summary(steps.slice(o.warmup, measured).map((s) => s.moved));
    // Callbacks before the final one (a first mutation that was not yet the final state).
    const early = widget.dom.filter((d, i) => widget.first[i] < d).length;
    return {
      n, accepted, changes: o.changes, warmup: o.warmup, rowsMoved: moved,
      widget: {
        dom: w, frame: summary(widget.frame), callbacks: summary(widget.callbacks), earlierCallbacks: early,
        // Changes whose rows were final only after the row animation had run (see in-page.mjs).
        animatedBeforeFinal: widget.styled.filter((k) => k > 0).length,
        samples: widget.dom, frameSamples: widget.frame,
      },
      floor: { dom: f, frame: summary(floor.frame), samples: floor.dom, frameSamples: floor.frame },
      ratio: w.p95 / f.p95,
      // The widget's own table re-ordered by hand: what the DOM costs for these rows, so
      // that the widget's p95 over it is what the components add (reported, no target).
      markupFloor: { dom: m, frame: summary(markup.frame), samples: markup.dom, frameSamples: markup.frame },
      markupRatio: w.p95 / m.p95,
      consoleWarnings: Object.fromEntries(warnings),
      profile,
    };
  } finally {
    await context.close();
  }
}

/** A CPU profile (CDP Profiler) of more widget changes, and Chromium's own counters. */
async function profileChanges(page, steps, n) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const before = await metrics();
  await cdp.send('Profiler.start');
  for (const step of steps) {
    const result = await page.evaluate((s) => window.__bench.widget(s), step);
    if (result.timeout || result.error) throw new Error(`N=${n}: a profiled change failed`);
  }
  const { profile } = await cdp.send('Profiler.stop');
  const after = await metrics();
  await cdp.detach();
  const file = path.join(ROOT, `target/bench-web/widget-${n}.cpuprofile`);
  await writeFile(file, JSON.stringify(profile));
  // Self time per node, from the sample intervals.
  const self = new Map();
  const deltas = profile.timeDeltas;
  profile.samples.forEach((id, i) => {
    const dt = (deltas[i + 1] ?? 0) / 1000;
    self.set(id, (self.get(id) ?? 0) + dt);
  });
  const byFunction = new Map();
  const byKind = new Map();
  for (const node of profile.nodes) {
    const t = self.get(node.id) ?? 0;
    if (!t) continue;
    const { functionName, url } = node.callFrame;
    const kind = url.endsWith('.wasm') || /^(\$|wasm-function)/.test(functionName) ? 'wasm'
      : /^\((idle|program|garbage collector|root)\)$/.test(functionName) ? functionName
      : url.includes('/snippets/') ? 'widget page.js'
      : url.endsWith(HARNESS_URL) ? 'benchmark harness'
      : url.endsWith('.js') ? 'widget glue'
      // Browser built-ins called from script (DOM, history), and Playwright's calls.
      : 'built-ins';
    byKind.set(kind, (byKind.get(kind) ?? 0) + t);
    const name = `${functionName || '(anonymous)'} ${url ? path.basename(url) : ''}`.trim();
    byFunction.set(name, (byFunction.get(name) ?? 0) + t);
  }
  const per = (x) => x / steps.length;
  const counter = (name) => per(after[name] - before[name]);
  return {
    changes: steps.length,
    file: path.relative(ROOT, file),
    perChangeMs: Object.fromEntries([...byKind].sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, per(v)])),
    topSelfMs: [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, v]) => [k, per(v)]),
    chromiumPerChange: {
      scriptMs: counter('ScriptDuration') * 1000,
      layoutMs: counter('LayoutDuration') * 1000,
      recalcStyleMs: counter('RecalcStyleDuration') * 1000,
      taskMs: counter('TaskDuration') * 1000,
      layouts: counter('LayoutCount'),
      styleRecalcs: counter('RecalcStyleCount'),
    },
  };
}

// ---------------------------------------------------------------------------------------
// Cold start

function kindOf(url) {
  const ext = path.extname(new URL(url).pathname).toLowerCase();
  return { '.js': 'js', '.mjs': 'js', '.wasm': 'wasm', '.css': 'css', '.json': 'json', '.html': 'html' }[ext] ?? ext;
}

async function coldStart(browser, server, pages, n, file, o) {
  const model = modelFrom(file);
  const [change] = planChanges(model, 1, o.seed + n);
  const runs = [];
  for (let r = 0; r < o.coldRuns; r++) {
    // A new context each time: an empty cache (and the server says no-store).
    const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
    try {
      const probe = { criterion: change.criterion, value: change.value, ids: change.ids, ranks: change.ranks };
      await context.addInitScript({ content: inPage(installColdProbe, probe) });
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (err) => errors.push(err.message));
      await page.goto(server.url(pages[n]), { waitUntil: 'load' });
      await page.waitForFunction(() => window.__cold?.done, null, { timeout: 60000, polling: 50 })
        .catch(async () => {
          throw new Error(`N=${n}: cold start run ${r + 1}: no interactive ranking ${JSON.stringify(await page.evaluate(() => window.__cold))} ${errors.join('; ')}`);
        });
      runs.push(await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0];
        const paint = Object.fromEntries(performance.getEntriesByType('paint').map((e) => [e.name, e.startTime]));
        const cold = window.__cold;
        return {
          fcp: paint['first-contentful-paint'] ?? null,
          ranking: cold.ranking,
          sliders: cold.sliders,
          interactive: cold.interactive,
          interactiveFrame: cold.interactiveFrame,
          started: cold.started,
          dispatches: cold.dispatches,
          reaction: cold.interactive - cold.lastDispatch,
          domContentLoaded: nav.domContentLoadedEventEnd,
          load: nav.loadEventEnd,
          resources: [
            { url: nav.name, transfer: nav.transferSize, encoded: nav.encodedBodySize, decoded: nav.decodedBodySize, end: nav.responseEnd },
            ...performance.getEntriesByType('resource').map((e) => ({
              url: e.name, transfer: e.transferSize, encoded: e.encodedBodySize, decoded: e.decodedBodySize, end: e.responseEnd,
            })),
          ],
        };
      }));
    } finally {
      await context.close();
    }
  }
  const pick = (key) => summary(runs.map((x) => x[key]).filter((x) => x !== null));
  const sizes = {};
  for (const res of runs[0].resources) {
    const kind = kindOf(res.url);
    sizes[kind] ??= { files: 0, transfer: 0, decoded: 0 };
    sizes[kind].files += 1;
    sizes[kind].transfer += res.transfer;
    sizes[kind].decoded += res.decoded;
  }
  return {
    n, runs: runs.length, change: { criterion: change.criterion, value: change.value },
    firstContentfulPaint: pick('fcp'),
    rankingInDom: pick('ranking'),
    slidersInDom: pick('sliders'),
    interactiveRanking: pick('interactive'),
    interactiveNextFrame: pick('interactiveFrame'),
    trunkStarted: pick('started'),
    domContentLoaded: pick('domContentLoaded'),
    load: pick('load'),
    dispatches: pick('dispatches'),
    sizes,
    files: runs[0].resources.map((r) => ({ file: new URL(r.url).pathname, transfer: r.transfer, decoded: r.decoded })),
    samples: runs.map(({ resources, ...rest }) => rest),
  };
}

// ---------------------------------------------------------------------------------------
// The machine

function machine(browserVersion) {
  const cpus = os.cpus();
  let playwright;
  try {
    playwright = createRequire(import.meta.url)('playwright-core/package.json').version;
  } catch {
    playwright = 'unknown';
  }
  let nproc = cpus.length;
  try {
    nproc = Number(execFileSync('nproc', { encoding: 'utf8' }).trim());
  } catch { /* os.cpus() then */ }
  return {
    nproc,
    cpu: cpus[0]?.model ?? 'unknown',
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    chromium: browserVersion,
    playwrightCore: playwright,
    headless: true,
    flags: FLAGS,
    viewport: VIEWPORT,
  };
}

// ---------------------------------------------------------------------------------------

async function main() {
  const o = options(process.argv.slice(2));
  const started = new Date();
  const load = [os.loadavg()[0]];
  const sizes = [...new Set([...o.sizes, ...o.coldSizes])].sort((a, b) => a - b);
  const { site, pages } = await prepareSite({ sizes });
  const server = await serveSite(site, pages);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
  const result = {
    date: started.toISOString(),
    dist: DIST,
    distFiles: (await readdir(DIST)).filter((f) => /\.(js|wasm|css)$/.test(f)).sort(),
    machine: machine(browser.version()),
    options: { ...o, out: path.relative(ROOT, o.out) },
    latency: {},
    cold: {},
  };
  const lines = [];
  const say = (line = '') => {
    lines.push(line);
    console.log(line);
  };
  try {
    say(`bench-web: ${DIST}`);
    say(`Chromium ${browser.version()} headless, ${result.machine.nproc} cores (${result.machine.cpu}), ` +
      `load ${load[0].toFixed(2)}; ${o.changes} changes per N after ${o.warmup} warm-up`);
    say();
    say('input to updated DOM (ms)');
    for (const n of o.sizes) {
      const file = JSON.parse(await readFile(path.join(site, `providers-${n}.json`), 'utf8'));
      const r = await latency(browser, server, pages, n, file, o);
      result.latency[n] = r;
      const ratioOk = r.ratio <= MAX_RATIO;
      const targets = [`p95 <= ${MAX_RATIO}x floor ${ratioOk ? 'ok' : 'MISSED'}`];
      // The 4 ms target is the bundled page's (20 providers when it was set).
      if (n === BUNDLED) targets.push(`p95 < ${MAX_P95_AT_20} ms ${r.widget.dom.p95 < MAX_P95_AT_20 ? 'ok' : 'MISSED'}`);
      r.targets = { ratio: ratioOk, ...(n === BUNDLED ? { p95Under4ms: r.widget.dom.p95 < MAX_P95_AT_20 } : {}) };
      say(`N=${String(n).padEnd(5)} widget p50 ${ms(r.widget.dom.p50)} ms p95 ${ms(r.widget.dom.p95)} ms | ` +
        `floor p50 ${ms(r.floor.dom.p50)} ms p95 ${ms(r.floor.dom.p95)} ms | ratio ${r.ratio.toFixed(1)} | target ${targets.join(', ')}`);
      say(`        markup floor (the widget's own table, re-ordered by hand) p50 ${ms(r.markupFloor.dom.p50)} ms ` +
        `p95 ${ms(r.markupFloor.dom.p95)} ms | ratio ${r.markupRatio.toFixed(1)}`);
      say(`        to the next frame: widget p50 ${ms(r.widget.frame.p50)} p95 ${ms(r.widget.frame.p95)} | ` +
        `floor p50 ${ms(r.floor.frame.p50)} p95 ${ms(r.floor.frame.p95)}; rows moved per change p50 ${r.rowsMoved.p50}; ` +
        `row animation already run at the final DOM in ${r.widget.animatedBeforeFinal}/${o.changes}`);
      if (r.profile) {
        const p = r.profile;
        const kinds = Object.entries(p.perChangeMs).filter(([k]) => k !== '(idle)').map(([k, v]) => `${k} ${ms(v)}`).join(', ');
        const c = p.chromiumPerChange;
        say(`        profile per change: ${kinds}; Chromium: script ${ms(c.scriptMs)}, layout ${ms(c.layoutMs)} (${c.layouts.toFixed(1)}x), style ${ms(c.recalcStyleMs)} (${p.file})`);
      }
    }
    if (o.coldSizes.length) {
      say();
      say(`cold start (${o.coldRuns} runs, each in a new browser context: empty cache), ms from navigation start, p50 / p95`);
    }
    for (const n of o.coldSizes) {
      const file = JSON.parse(await readFile(path.join(site, `providers-${n}.json`), 'utf8'));
      const c = await coldStart(browser, server, pages, n, file, o);
      result.cold[n] = c;
      const pair = (s) => `${ms(s.p50)} / ${ms(s.p95)}`;
      say(`N=${String(n).padEnd(5)} first paint ${pair(c.firstContentfulPaint)} | ranking in the DOM ${pair(c.rankingInDom)} | ` +
        `interactive ranking ${pair(c.interactiveRanking)} (next frame ${pair(c.interactiveNextFrame)}) | wasm started ${pair(c.trunkStarted)}`);
      const order = ['html', 'js', 'wasm', 'css', 'json'];
      const kinds = [...order.filter((k) => c.sizes[k]), ...Object.keys(c.sizes).filter((k) => !order.includes(k))];
      say(`        transferred (uncompressed): ${kinds.map((k) => `${k} ${kb(c.sizes[k].transfer)}`).join(', ')}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  load.push(os.loadavg()[0]);
  result.machine.loadavg1 = { start: load[0], end: load[1] };
  result.seconds = (Date.now() - started.getTime()) / 1000;
  result.printed = lines;
  await mkdir(path.dirname(o.out), { recursive: true });
  await writeFile(o.out, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\n${path.relative(process.cwd(), o.out)} (${result.seconds.toFixed(0)} s, load ${load[1].toFixed(2)} at the end)`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main().catch((err) => {
  console.error(`bench-web: ${err.stack || err.message}`);
  process.exit(1);
});
