// Prints the raw, gzip and brotli size of every file in a build, and their totals.
// The code (wasm, js, css, html; not the data file) is counted in two parts: the first
// load, which a visitor downloads before the widget is usable, and the report module
// (eurocloud-report*), downloaded only when a visitor first opens a provider's details,
// compares providers, opens the analysis, exports or prints.
// With --budget KB, fails when the first load exceeds that many kilobytes brotli; with
// --report-budget KB, when the report module does.
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
const CODE = new Set(['.wasm', '.js', '.css', '.html']);

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
const code = total(rows.filter((r) => r.code && !onDemand(r.name)));
const report = total(rows.filter((r) => r.code && onDemand(r.name)));
line('first load, code (wasm + js + css + html)', code);
line('report module, on demand (wasm + js + css)', report);
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
