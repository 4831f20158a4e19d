// Moves the module script Trunk writes inline into index.html (it imports the glue, starts
// the wasm and dispatches TrunkApplicationStarted) into a file of its own, named by a hash
// of its contents and loaded with an integrity hash, so that the page runs under a
// Content-Security-Policy whose script-src is 'self' 'wasm-unsafe-eval': no inline
// script, no 'unsafe-inline'. The page's JSON data block is not a script the browser
// runs, and stays in the page.
//
// It then writes into embed/eurocloud-compare.js (the custom element's script, at a name
// that does not change between builds) the names and integrity hashes of the files it
// loads: the widget's module, its wasm and its stylesheets; and into embed.html, the
// integrity hashes of the two embed scripts, which its snippets and its own tags carry.
//
//   node tools/external-loader.mjs dist
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';

/** sha384 Subresource Integrity of `bytes`. */
const integrity = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/**
 * The page with its inline module scripts moved out: { page, files: [{ name, text }] }.
 * Fails (throws) on an inline classic script, which a strict policy would refuse too.
 */
export function externalise(page) {
  const files = [];
  const out = page.replace(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi, (whole, attrs, body) => {
    if (/\bsrc\s*=/i.test(attrs) || body.trim() === '') return whole;
    const type = attrs.match(/\btype\s*=\s*["']?([^"'\s>]+)/i)?.[1]?.toLowerCase();
    if (type === 'application/json') return whole;
    if (type !== 'module') throw new Error(`an inline script that is not a module: ${whole.slice(0, 80)}`);
    const hex = createHash('sha256').update(body).digest('hex').slice(0, 16);
    const name = `start-${hex}.js`;
    files.push({ name, text: body });
    return `<script type="module" src="./${name}" integrity="${integrity(body)}" crossorigin></script>`;
  });
  return { page: out, files };
}

/** The marker in embed/eurocloud-compare.js that the files replace. */
export const FILES_MARKER = '/* written by make dist */ null';

/**
 * The files the custom element loads, named as the page loads them (Trunk's hashed names)
 * and with the integrity of their bytes (`read(name)`): { glue, wasm, css, report_css },
 * each { href, integrity }, and `snippets`, a list of them. The report's stylesheet, which the page does not load, is the
 * one of the folder's `names` (tools/minify-glue.mjs gives it a hashed name). Throws when
 * one is missing.
 */
export function elementFiles(page, read, names) {
  const file = (name) => ({ href: name, integrity: integrity(read(name)) });
  const named = (what, pattern) => {
    const name = page.match(pattern)?.[1];
    if (!name) throw new Error(`the page names no ${what}`);
    return file(name);
  };
  const report = names.filter((n) => /^eurocloud-report(-[0-9a-f]+)?\.css$/.test(n));
  if (report.length !== 1) throw new Error(`one report stylesheet expected, found ${report.length}`);
  return {
    glue: named('widget module', /["'=/](eurocloud-compare-[0-9a-f]+\.js)\b/),
    wasm: named('widget wasm', /["'=/](eurocloud-compare-[0-9a-f]+_bg\.wasm)\b/),
    css: named('stylesheet', /["'=/](widget-[0-9a-f]+\.css)\b/),
    report_css: file(report[0]),
    // The widget's own snippets, which its module imports: preloaded with their hashes too.
    snippets: [...new Set([...page.matchAll(/["'=/](snippets\/[^"'\s>]+\.js)/g)].map((m) => m[1]))].map(file),
  };
}

/**
 * embed.html with the integrity hash of each embed file it names in place of its marker,
 * `sha384-of:<path>` (`read(path)` gives the file's bytes): in its own script tags and in
 * the snippets it shows. Throws when a marker names no file.
 */
export function withEmbedHashes(html, read) {
  return html.replace(/sha384-of:([\w./-]+)/g, (_, path) => integrity(read(path)));
}

/** The element's script with `files` written in; throws if it has no marker. */
export function withFiles(script, files) {
  if (!script.includes(FILES_MARKER)) throw new Error('eurocloud-compare.js has no files marker (built already?)');
  return script.replace(FILES_MARKER, JSON.stringify(files));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? 'dist';
  const html = join(dir, 'index.html');
  const { page, files } = externalise(readFileSync(html, 'utf8'));
  for (const { name, text } of files) writeFileSync(join(dir, name), text);
  writeFileSync(html, page);
  console.log(`external-loader: ${files.map((f) => f.name).join(', ') || 'no inline script'} written`);
  const element = join(dir, 'embed', 'eurocloud-compare.js');
  if (existsSync(element)) {
    const read = (name) => readFileSync(join(dir, name));
    const files = elementFiles(page, read, readdirSync(dir));
    writeFileSync(element, withFiles(readFileSync(element, 'utf8'), files));
    console.log('external-loader: the files of embed/eurocloud-compare.js written');
  }
  // Last: the hashes of the embed files as they are now, the element's script written.
  const embed = join(dir, 'embed.html');
  if (existsSync(embed)) {
    writeFileSync(embed, withEmbedHashes(readFileSync(embed, 'utf8'), (path) => readFileSync(join(dir, path))));
    console.log('external-loader: the integrity of the embed files written into embed.html');
  }
}
