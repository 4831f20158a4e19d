// tools/external-loader.mjs: Trunk's inline loader leaves the page for a file of its own,
// loaded with its integrity hash; the JSON data block stays; a classic inline script is
// refused (a strict Content-Security-Policy would refuse it too).
//
//   node --test tests/tools/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { externalise } from '../../tools/external-loader.mjs';

const loader = "import init from './app-1.js';\nawait init();\ndispatchEvent(new CustomEvent('TrunkApplicationStarted'));";
const page = `<head><script type=module>${loader}</script></head>`
  + '<body><main><script type="application/json" class="ecc-ranking-data">{"a":1}</script></main>'
  + '<script type="module" src="./other.js"></script></body>';

test('the inline module script becomes a file, loaded with its integrity hash', () => {
  const { page: out, files } = externalise(page);
  assert.equal(files.length, 1);
  assert.equal(files[0].text, loader);
  assert.match(files[0].name, /^start-[0-9a-f]{16}\.js$/);
  const sri = `sha384-${createHash('sha384').update(loader).digest('base64')}`;
  assert.ok(out.includes(`<script type="module" src="./${files[0].name}" integrity="${sri}" crossorigin></script>`), out);
  assert.ok(!out.includes('await init()'), 'no inline code is left');
  assert.ok(out.includes('{"a":1}'), 'the data block stays');
  assert.ok(out.includes('src="./other.js"'), 'a script with a src is left as it is');
});

test('the same loader gets the same name, another loader another', () => {
  const a = externalise(page).files[0].name;
  assert.equal(externalise(page).files[0].name, a);
  assert.notEqual(externalise(page.replace('app-1', 'app-2')).files[0].name, a);
});

test('a classic inline script is refused', () => {
  assert.throws(() => externalise('<script>alert(1)</script>'), /not a module/);
});

// The custom element's script (embed/eurocloud-compare.js) gets the names Trunk gave the
// widget's files, and the integrity of what is in them.
import { elementFiles, withEmbedHashes, withFiles, FILES_MARKER } from '../../tools/external-loader.mjs';

const built = '<link rel=modulepreload href=./eurocloud-compare-0a1b.js integrity=x crossorigin>'
  + '<link rel="preload" href="./eurocloud-compare-0a1b_bg.wasm" as="fetch" type="application/wasm">'
  + '<link rel=stylesheet href=./widget-99ff.css>'
  + '<link crossorigin href=./snippets/eurocloud-compare-12/src/components/page.js integrity=y rel=modulepreload>';
const bytes = { 'eurocloud-compare-0a1b.js': 'js', 'eurocloud-compare-0a1b_bg.wasm': 'wasm', 'widget-99ff.css': 'css', 'eurocloud-report-77aa.css': 'rcss', 'snippets/eurocloud-compare-12/src/components/page.js': 'snip' };
const names = [...Object.keys(bytes), 'eurocloud-report-77aa.js', 'index.html'];
const sri = (text) => `sha384-${createHash('sha384').update(text).digest('base64')}`;

test('the element is told the hashed names and the integrity of their bytes', () => {
  const files = elementFiles(built, (name) => Buffer.from(bytes[name]), names);
  assert.deepEqual(files, {
    glue: { href: 'eurocloud-compare-0a1b.js', integrity: sri('js') },
    wasm: { href: 'eurocloud-compare-0a1b_bg.wasm', integrity: sri('wasm') },
    css: { href: 'widget-99ff.css', integrity: sri('css') },
    report_css: { href: 'eurocloud-report-77aa.css', integrity: sri('rcss') },
    snippets: [{ href: 'snippets/eurocloud-compare-12/src/components/page.js', integrity: sri('snip') }],
  });
  const script = `const FILES = ${FILES_MARKER};\nrest();`;
  const out = withFiles(script, files);
  assert.ok(out.startsWith(`const FILES = {"glue":{"href":"eurocloud-compare-0a1b.js"`), out);
  assert.throws(() => withFiles(out, files), /no files marker/, 'written once');
});

test('a page that names no widget module is refused', () => {
  assert.throws(() => elementFiles('<p>nothing</p>', () => Buffer.from(''), names), /names no widget module/);
  assert.throws(() => elementFiles(built, (name) => Buffer.from(bytes[name]), ['index.html']), /one report stylesheet/);
});

test('the element script in the repository carries the marker', async () => {
  const { readFileSync } = await import('node:fs');
  const script = readFileSync(new URL('../../embed/eurocloud-compare.js', import.meta.url), 'utf8');
  assert.ok(script.includes(`const FILES = ${FILES_MARKER};`));
});

test('the element observes the attributes the widget reads (embed::ELEMENT_ATTRIBUTES)', async () => {
  const { readFileSync } = await import('node:fs');
  const read = (p) => readFileSync(new URL(`../../${p}`, import.meta.url), 'utf8');
  const list = (text, pattern) => JSON.parse(`[${text.match(pattern)[1].replace(/'/g, '"').replace(/,\s*$/, '')}]`);
  const rust = list(read('src/embed.rs'), /ELEMENT_ATTRIBUTES: \[&str; \d+\] = \[([^\]]*)\]/);
  const js = list(read('embed/eurocloud-compare.js'), /const ATTRIBUTES = \[([^\]]*)\]/);
  assert.deepEqual(js, rust);
  assert.ok(rust.includes('weights') && rust.length >= 8, rust.join());
});

test('embed.html gets the integrity of each embed file it names, in its tags and its snippets', () => {
  const bytes = { 'embed/host.js': Buffer.from('host'), 'embed/eurocloud-compare.js': Buffer.from('element') };
  const read = (path) => {
    if (!(path in bytes)) throw new Error(`no file ${path}`);
    return bytes[path];
  };
  const sri = (b) => `sha384-${createHash('sha384').update(b).digest('base64')}`;
  const html = '<script src="embed/host.js" integrity="sha384-of:embed/host.js"></script>'
    + '<code>integrity="sha384-of:embed/eurocloud-compare.js" and again sha384-of:embed/host.js</code>';
  const out = withEmbedHashes(html, read);
  assert.equal(out, `<script src="embed/host.js" integrity="${sri(bytes['embed/host.js'])}"></script>`
    + `<code>integrity="${sri(bytes['embed/eurocloud-compare.js'])}" and again ${sri(bytes['embed/host.js'])}</code>`);
  assert.throws(() => withEmbedHashes('integrity="sha384-of:embed/gone.js"', read), /no file embed\/gone.js/);
});
