// The benchmark page: a copy of a built dist/ (the shipped code, byte for byte) with one
// page per data size, /bench-N.html, whose mount point names providers-N.json. Served on
// 127.0.0.1 by the end-to-end tests' static server, with the two headers that make the
// page cross-origin isolated (COOP/COEP), so that performance.now() is precise to 5 us
// instead of 100 us; everything the page loads is same-origin, so the widget runs as it
// does anywhere else.
//
//   node tools/bench-web/page.mjs      serves it until Ctrl-C, for a look in a browser
//   ECC_DIST=/path/to/dist node tools/bench-web/page.mjs

import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../tests/e2e/server.mjs';
import { ROOT, SIZES, writeData } from './make-data.mjs';

export const DIST = path.resolve(process.env.ECC_DIST || path.join(ROOT, 'dist'));
export const SITE = path.join(ROOT, 'target/bench-web/site');
// Trunk minifies the release HTML, so attribute values may be quoted or not.
const START_TAG = /<[a-z][a-z0-9]*\s[^>]*>/gi;
const MOUNT_ID = /\sid=(?:"eurocloud-compare"|'eurocloud-compare'|eurocloud-compare(?=[\s/>]))/i;
const DATA_SRC = /(\sdata-src=)(?:"[^"]*"|'[^']*'|[^\s>]+)/i;

/**
 * The page for the N-provider file. For the bundled file, dist's index.html as it is (its
 * pre-rendered ranking and compact data are that file's). For another, the page a portal
 * publishing its own plain file would have: another data-src, and the mount's built-in
 * content (the bundled ranking and its compact data) left out.
 */
export function benchHtml(indexHtml, n, bundled) {
  if (n === bundled) return indexHtml;
  indexHtml = indexHtml.replace(/(<main\s[^>]*>)[\s\S]*?(<\/main>)/i, '$1$2');
  let found = 0;
  const html = indexHtml.replace(START_TAG, (tag) => {
    if (!MOUNT_ID.test(tag) || !DATA_SRC.test(tag)) return tag;
    found += 1;
    return tag.replace(DATA_SRC, `$1"providers-${n}.json"`);
  });
  if (found !== 1) {
    throw new Error(`index.html should have one mount point #eurocloud-compare with a data-src, has ${found}`);
  }
  return html;
}

/**
 * Copies `dist` to `site` (a build may be rewritten while the benchmark reads it), writes
 * the data files and one page per size there; resolves to { site, pages: { N: path } }.
 */
export async function prepareSite({ dist = DIST, site = SITE, sizes = SIZES } = {}) {
  let indexHtml;
  try {
    indexHtml = await readFile(path.join(dist, 'index.html'), 'utf8');
  } catch {
    throw new Error(`no built widget in ${dist}: run \`make dist\`, or set ECC_DIST to a dist folder`);
  }
  await rm(site, { recursive: true, force: true });
  await cp(dist, site, { recursive: true });
  await writeData(site, { sizes });
  const bundled = JSON.parse(await readFile(path.join(dist, 'providers.json'), 'utf8')).providers.length;
  const pages = {};
  for (const n of sizes) {
    pages[n] = `/bench-${n}.html`;
    await writeFile(path.join(site, `bench-${n}.html`), benchHtml(indexHtml, n, bundled));
  }
  return { site, pages };
}

const ISOLATED = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

/** Serves `site`; the bench pages with the isolation headers. Resolves to the server. */
export async function serveSite(site, pages) {
  const server = await startServer(site);
  for (const p of Object.values(pages)) {
    const body = await readFile(path.join(site, p), 'utf8');
    server.override(p, { headers: { 'Content-Type': 'text/html; charset=utf-8', ...ISOLATED }, body });
  }
  return server;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { site, pages } = await prepareSite();
  const server = await serveSite(site, pages);
  for (const [n, p] of Object.entries(pages)) console.log(`N=${n}: ${server.url(p)}`);
  console.log('Ctrl-C to stop');
}
