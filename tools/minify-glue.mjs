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
// The embedding files (embed/, the iframe's host script) are not the widget's: a portal's
// security team reads them, so they stay as written.
//
// Trunk names the report module's files without a content hash (it builds them as a
// worker). So that a browser never runs a cached report module with a newer widget, they
// are renamed here with a hash of their contents, and the snippet that imports them is
// given the new names and their integrity hashes (before its own integrity hash is taken):
// it imports them checked.
//
//   node tools/minify-glue.mjs dist
import { readdirSync, readFileSync, statSync, writeFileSync, existsSync, renameSync } from 'node:fs';
import { join, sep } from 'node:path';
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
const scripts = files(dir).filter((name) => name.endsWith('.js') && !name.startsWith(join(dir, 'embed') + sep));
if (!scripts.some((name) => existsSync(name.replace(/\.js$/, '_bg.wasm')))) {
  console.error(`minify-glue: no wasm glue in ${dir}`);
  process.exit(1);
}
// Where the snippet (src/components/page.js) takes the report module's integrity hashes
// (an object, so that the snippet runs unbuilt too, unchecked).
const INTEGRITY_MARKER = /\{\s*written_by_make_dist\s*:\s*1\s*\}/;
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

// The glue (with its wasm) first, then the snippets, which name the report's files.
const snippet = (path) => path.includes('snippets');
scripts.sort((a, b) => snippet(a) - snippet(b));
let renamed = null;
for (const path of scripts) {
  if (snippet(path) && renamed === null) renamed = renameReport();
  let source = readFileSync(path, 'utf8');
  const original = source;
  if (renamed) {
    for (const [from, to] of renamed) source = source.replaceAll(`'${from}'`, `'${to}'`);
    // The snippet checks each file of the report module it imports against these.
    if (INTEGRITY_MARKER.test(source)) {
      const hashes = Object.fromEntries(renamed.map(([, to]) => [to, sri(readFileSync(join(dir, to)))]));
      source = source.replace(INTEGRITY_MARKER, JSON.stringify(hashes));
    }
  }
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
  rehash(original, code, path, required || snippet(path));
  console.log(`minify-glue: ${path} ${source.length} -> ${code.length} bytes`);
}
writeFileSync(html, page);

/** Gives the report module's files a name with a hash of their contents; returns the
 *  [old, new] names. */
function renameReport() {
  const names = ['eurocloud-report.js', 'eurocloud-report_bg.wasm', 'eurocloud-report.css'];
  if (!names.every((name) => existsSync(join(dir, name)))) {
    console.error(`minify-glue: the report module's files are not all in ${dir}: ${names.join(', ')}`);
    process.exit(1);
  }
  const hash = createHash('sha256');
  for (const name of names) hash.update(readFileSync(join(dir, name)));
  const tag = hash.digest('hex').slice(0, 16);
  const pairs = names.map((name) => [name, name.replace('eurocloud-report', `eurocloud-report-${tag}`)]);
  const glue = join(dir, names[0]);
  writeFileSync(glue, readFileSync(glue, 'utf8').replaceAll(names[1], pairs[1][1]));
  for (const [from, to] of pairs) renameSync(join(dir, from), join(dir, to));
  console.log(`minify-glue: report module renamed eurocloud-report-${tag}.*`);
  return pairs;
}
