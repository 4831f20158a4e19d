// Minifies the JavaScript that a Trunk release build ships, gives the wasm modules'
// imports short names in both the wasm and its glue (tools/minify-imports.mjs), and
// updates the Subresource Integrity hashes in index.html to match. Trunk minifies the HTML
// and CSS but leaves the glue as wasm-bindgen wrote it (33 KB; 15 KB minified, 1.4 KB less
// brotli).
//
// Three kinds of script:
// - the widget's glue, which index.html loads with an integrity hash;
// - the report module's glue (eurocloud-report.js), which the widget imports on first use
//   and which has no hash in the page;
// - the widget's own snippet (snippets/**/page.js), preloaded with a hash.
//
//   node tools/minify-glue.mjs dist
import { readdirSync, readFileSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { minify } from 'terser';
import { minifyImports } from './minify-imports.mjs';

const dir = process.argv[2] ?? 'dist';
const html = join(dir, 'index.html');
let page = readFileSync(html, 'utf8');
const files = (path) =>
  readdirSync(path).flatMap((name) => {
    const full = join(path, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
const scripts = files(dir).filter((name) => name.endsWith('.js'));
if (!scripts.some((name) => existsSync(name.replace(/\.js$/, '_bg.wasm')))) {
  console.error(`minify-glue: no wasm glue in ${dir}`);
  process.exit(1);
}
const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** Replaces the integrity of `before` with that of `after` in the page, if it has one;
 *  fails when a file the page must hash has none (minified twice, say). */
function rehash(before, after, name, required) {
  const hash = sri(before);
  if (!page.includes(hash)) {
    if (!required) return;
    console.error(`minify-glue: index.html has no integrity ${hash} for ${name}; was it minified already?`);
    process.exit(1);
  }
  page = page.replaceAll(hash, sri(after));
}

for (const path of scripts) {
  let source = readFileSync(path, 'utf8');
  const original = source;
  const wasmPath = path.replace(/\.js$/, '_bg.wasm');
  // The report module is imported at run time: the page holds no hash for it.
  const required = !path.includes('snippets') && !path.endsWith('eurocloud-report.js');
  if (existsSync(wasmPath)) {
    const wasm = readFileSync(wasmPath);
    const shortened = minifyImports(wasm, source);
    writeFileSync(wasmPath, shortened.wasm);
    rehash(wasm, shortened.wasm, wasmPath, required);
    source = shortened.glue;
    console.log(`minify-glue: ${shortened.renamed} imports renamed, wasm ${wasm.length} -> ${shortened.wasm.length} bytes`);
  }
  const { code } = await minify(source, {
    module: true,
    compress: { passes: 2 },
    mangle: true,
    format: { comments: false },
  });
  writeFileSync(path, code);
  rehash(original, code, path, required);
  console.log(`minify-glue: ${path} ${source.length} -> ${code.length} bytes`);
}
writeFileSync(html, page);
