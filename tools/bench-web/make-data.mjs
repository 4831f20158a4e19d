// Data files for the browser benchmark (`make bench-web`): the bundled providers.json
// (N = its providers, as is: 20 until data 2.3.0, 32 since) and larger files with the same
// criteria and presets, N = 200 and 1,000.
//
//   node tools/bench-web/make-data.mjs [OUT_DIR] [--source FILE]
//
// Writes OUT_DIR/providers-N.json (default target/bench-web/data). The extra providers are
// copies of the real ones, in turn, with ids bench-0001, bench-0002, ... and a name that
// says it is a copy; every value on every criterion is drawn anew (seeded, so each run
// writes the same bytes) inside the criterion's scale, as a whole number, and keeps a
// dated source: the copied provider's own sources for that value, or its identity sources
// where the value was missing. So each file is valid by the app's rules with no warning
// (docs/data-format.md, "What the app checks"). The values are invented: the files are
// for timing, never for reading.

import { readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** How many providers the bundled file has: the page as published is measured at that N. */
export const BUNDLED = JSON.parse(readFileSync(path.join(ROOT, 'providers.json'), 'utf8')).providers.length;
export const SIZES = [BUNDLED, 200, 1000];
const SEED = 0x5eed2026;

/** mulberry32: a small seeded generator, uniform in [0, 1). */
export function generator(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const datedSources = (list) =>
  (Array.isArray(list) ? list : []).filter((s) => typeof s?.url === 'string' && typeof s?.date === 'string');

/** The file with `n` providers: the real ones first, then seeded copies up to `n`. */
export function dataWith(file, n) {
  if (n <= file.providers.length) {
    if (n !== file.providers.length) throw new Error(`cannot shrink ${file.providers.length} providers to ${n}`);
    return file;
  }
  const random = generator(SEED ^ n);
  const copies = [];
  for (let i = 0; copies.length < n - file.providers.length; i++) {
    const real = file.providers[i % file.providers.length];
    const number = String(copies.length + 1).padStart(4, '0');
    const copy = structuredClone(real);
    copy.id = `bench-${number}`;
    copy.name = `${real.name} (bench copy ${number})`;
    copy.values = {};
    for (const c of file.criteria) {
      const { min, max } = c.scale;
      const value = min + Math.floor(random() * (Math.floor(max - min) + 1));
      const own = datedSources(real.values?.[c.id]?.sources);
      const sources = own.length ? own : datedSources(real.sources);
      if (sources.length === 0) throw new Error(`${real.id} has no dated source to copy for ${c.id}`);
      copy.values[c.id] = {
        value,
        note: 'Synthetic benchmark value (tools/bench-web/make-data.mjs), not an assessment.',
        sources,
      };
    }
    copies.push(copy);
  }
  const title = file.dataset.title;
  const suffix = ` (benchmark copy: ${n} providers, synthetic values)`;
  return {
    ...file,
    dataset: {
      ...file.dataset,
      title: typeof title === 'string' ? title + suffix : { ...title, en: title.en + suffix },
    },
    providers: [...file.providers, ...copies],
  };
}

/** Writes providers-N.json for every N in `sizes` into `outDir`; resolves to their paths. */
export async function writeData(outDir, { source = path.join(ROOT, 'providers.json'), sizes = SIZES } = {}) {
  const text = await readFile(source, 'utf8');
  const file = JSON.parse(text);
  await mkdir(outDir, { recursive: true });
  const written = {};
  for (const n of sizes) {
    const out = path.join(outDir, `providers-${n}.json`);
    const data = dataWith(file, n);
    // The bundled file is copied byte for byte.
    await writeFile(out, data === file ? text : `${JSON.stringify(data, null, 2)}\n`);
    written[n] = out;
  }
  return written;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--source');
  const source = at >= 0 ? path.resolve(args.splice(at, 2)[1]) : undefined;
  const outDir = path.resolve(args[0] ?? path.join(ROOT, 'target/bench-web/data'));
  const written = await writeData(outDir, { source });
  for (const [n, file] of Object.entries(written)) console.log(`N=${n}: ${path.relative(process.cwd(), file)}`);
}
