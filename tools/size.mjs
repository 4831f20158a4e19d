// Prints the raw, gzip and brotli size of every file in a build, and their totals, in
// two parts: the first load, everything a visitor's browser fetches before the ranking is
// interactive (html, js, wasm, css, and the compact data that `make dist` writes into the
// page, or a compact `*.ranking.json` file), part by part; and the report module (eurocloud-report*, code
// only), downloaded when a visitor first opens a provider's details, compares providers,
// opens the analysis, exports or prints, together with the plain data file it reads.
// With --budget KB, fails when the first load exceeds that many kilobytes brotli; with
// --report-budget KB, when the report module's code does.
//
//   node tools/size.mjs dist [--budget 100] [--report-budget 80]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, extname } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--')) ?? 'dist';
const option = (name) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : null;
};
const budgetKb = option('--budget');
const reportBudgetKb = option('--report-budget');
const onDemand = (name) => /(^|\/)eurocloud-report/.test(name);
// The embedding page (embed.html), the iframe's host script and the custom element's script:
// a portal's, not the widget's load.
const embedding = (name) => name === 'embed.html' || name.startsWith('embed/');
const CODE = new Set(['.wasm', '.js', '.css', '.html']);
const RANKING_DATA = /\.ranking\.json$/;

function files(path) {
  return readdirSync(path).flatMap((name) => {
    const full = join(path, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(8);
const rows = files(dir).sort().map((file) => {
  const bytes = readFileSync(file);
  return {
    name: relative(dir, file),
    code: CODE.has(extname(file)),
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length,
  };
});

const total = (list) => list.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
const line = (name, r) => console.log(`${name.padEnd(44)}${kb(r.raw)}${kb(r.gzip)}${kb(r.brotli)}`);

console.log(`${'file (KB)'.padEnd(44)}${'raw'.padStart(8)}${'gzip'.padStart(8)}${'brotli'.padStart(8)}`);
for (const r of rows) line(r.name, r);
const first = rows.filter((r) => (r.code && !onDemand(r.name) && !embedding(r.name)) || RANKING_DATA.test(r.name));
const code = total(first);
const report = total(rows.filter((r) => r.code && onDemand(r.name)));
console.log('');
for (const [part, test] of [
  ['html', (r) => r.name.endsWith('.html')],
  ['js', (r) => r.name.endsWith('.js')],
  ['wasm', (r) => r.name.endsWith('.wasm')],
  ['css', (r) => r.name.endsWith('.css')],
  ['data (compact)', (r) => RANKING_DATA.test(r.name)],
]) {
  line(`  first load: ${part}`, total(first.filter(test)));
}
// The compact data in the page (counted with the html, which brotli compresses it with).
const page = readFileSync(join(dir, 'index.html'), 'utf8');
const inline = page.match(/<script type="application\/json" class="ecc-ranking-data">([\s\S]*?)<\/script>/);
if (!inline && !first.some((r) => RANKING_DATA.test(r.name))) {
  console.error('no compact data in index.html nor beside it: was `publish` run on this folder?');
  process.exit(1);
}
if (inline) console.log(`  (the html holds the compact data: ${kb(inline[1].length).trim()} KB raw)`);
line('first load (html + js + wasm + css + data)', code);
line('report module, on demand (wasm + js + css)', report);
line('embedding (embed.html, embed/host.js, embed/eurocloud-compare.js, css)', total(rows.filter((r) => embedding(r.name))));
line('total, every file', total(rows));

let failed = false;
for (const [what, part, budget] of [
  ['first load', code, budgetKb],
  ['report module', report, reportBudgetKb],
]) {
  if (budget === null) continue;
  const used = part.brotli / 1024;
  if (!(used <= budget)) {
    console.error(`size budget exceeded: the ${what} is ${used.toFixed(1)} KB brotli, budget ${budget} KB`);
    failed = true;
  } else {
    console.log(`size budget: the ${what} is ${used.toFixed(1)} KB brotli of ${budget} KB`);
  }
}
if (failed) process.exit(1);
