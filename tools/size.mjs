// Prints the raw, gzip and brotli size of every file in a build, and their totals.
// With --budget KB, fails when the shipped code (wasm, js, css, html; not the data file)
// exceeds that many kilobytes brotli.
//
//   node tools/size.mjs dist [--budget 100]
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, extname } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith('--')) ?? 'dist';
const budgetIndex = args.indexOf('--budget');
const budgetKb = budgetIndex >= 0 ? Number(args[budgetIndex + 1]) : null;
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
const code = total(rows.filter((r) => r.code));
line('total, code (wasm + js + css + html)', code);
line('total, every file', total(rows));

if (budgetKb !== null) {
  const used = code.brotli / 1024;
  if (!(used <= budgetKb)) {
    console.error(`size budget exceeded: code is ${used.toFixed(1)} KB brotli, budget ${budgetKb} KB`);
    process.exit(1);
  }
  console.log(`size budget: code is ${used.toFixed(1)} KB brotli of ${budgetKb} KB`);
}
