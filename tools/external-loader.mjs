// Moves the module script Trunk writes inline into index.html (it imports the glue, starts
// the wasm and dispatches TrunkApplicationStarted) into a file of its own, named by a hash
// of its contents and loaded with an integrity hash, so that the page runs under a
// Content-Security-Policy whose script-src is 'self' 'wasm-unsafe-eval': no inline
// script, no 'unsafe-inline'. The page's JSON data block is not a script the browser
// runs, and stays in the page.
//
//   node tools/external-loader.mjs dist
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';

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
    const sri = `sha384-${createHash('sha384').update(body).digest('base64')}`;
    files.push({ name, text: body });
    return `<script type="module" src="./${name}" integrity="${sri}" crossorigin></script>`;
  });
  return { page: out, files };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2] ?? 'dist';
  const html = join(dir, 'index.html');
  const { page, files } = externalise(readFileSync(html, 'utf8'));
  for (const { name, text } of files) writeFileSync(join(dir, name), text);
  writeFileSync(html, page);
  console.log(`external-loader: ${files.map((f) => f.name).join(', ') || 'no inline script'} written`);
}
