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
