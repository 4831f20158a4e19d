// tools/minify-imports.mjs on a module assembled here: the imports get short names in the
// wasm and in the glue, the result compiles and links, and a glue that uses a name other
// than as a key is refused.
//
//   node --test tests/tools/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minifyImports } from '../../tools/minify-imports.mjs';

const NAMES = ['__wbg_log_0123456789abcdef', '__wbg_now_fedcba9876543210'];
const bytes = (text) => [...Buffer.from(text)];

/** A module importing NAMES from `wbg`, each a function of type () -> (). */
function module() {
  const entries = NAMES.flatMap((name) => [3, ...bytes('wbg'), name.length, ...bytes(name), 0, 0]);
  const imports = [NAMES.length, ...entries];
  return Buffer.from([
    0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0, // magic, version
    1, 4, 1, 0x60, 0, 0, // one type: () -> ()
    2, imports.length, ...imports,
  ]);
}

const glue = `const imports = { wbg: { ${NAMES[0]}: function() {}, ${NAMES[1]}: function() {} } };`;

test('imports get short names in the wasm and the glue, and still link', async () => {
  const before = module();
  assert.ok(new WebAssembly.Module(before), 'the assembled module is valid');
  const { wasm, glue: out, renamed } = minifyImports(before, glue);
  assert.equal(renamed, 2);
  assert.ok(wasm.length < before.length, 'the module is smaller');
  const names = WebAssembly.Module.imports(new WebAssembly.Module(wasm)).map((i) => i.name);
  assert.deepEqual(names, ['a', 'b']);
  for (const name of NAMES) assert.ok(!out.includes(name), `${name} is gone from the glue`);
  assert.match(out, /\ba: function/);
  const called = [];
  await WebAssembly.instantiate(wasm, { wbg: { a: () => called.push('a'), b: () => called.push('b') } });
});

test('a glue that uses an import name other than as a key is refused', () => {
  const odd = `${glue}\nconsole.log("${NAMES[1]}");`;
  assert.throws(() => minifyImports(module(), odd), /used in the glue other than as a key/);
});
