// The published JSON Schema (providers.schema.json) accepts the bundled providers.json and
// the example in docs/data-format.md, and refuses files a webmaster could get wrong.
//
//   node tests/schema/run.mjs
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';

const root = new URL('../../', import.meta.url);
const read = (path) => JSON.parse(readFileSync(new URL(path, root), 'utf8'));
// The schema itself is checked against the draft 2020-12 meta-schema; ajv's own extra "strict"
// lints (beyond the standard) are off.
const ajv = new Ajv2020({ allErrors: true, strict: false, validateSchema: true });
const validate = ajv.compile(read('providers.schema.json'));
const bundled = read('providers.json');

const results = [];
function test(name, body) {
  try {
    body();
    results.push(true);
    console.log(`ok - ${name}`);
  } catch (err) {
    results.push(false);
    console.log(`not ok - ${name}\n  ${err.message}`);
  }
}
const errors = () => ajv.errorsText(validate.errors, { separator: '\n  ' });
function accepts(data) {
  if (!validate(data)) throw new Error(`refused:\n  ${errors()}`);
}
function refuses(data, where) {
  if (validate(data)) throw new Error('accepted a broken file');
  if (!validate.errors.some((e) => e.instancePath.startsWith(where))) {
    throw new Error(`no error at ${where}:\n  ${errors()}`);
  }
}
const broken = (change) => {
  const copy = structuredClone(bundled);
  change(copy);
  return copy;
};

test('the bundled providers.json is valid', () => accepts(bundled));

test('the complete example in docs/data-format.md is valid', () => {
  const doc = readFileSync(new URL('docs/data-format.md', root), 'utf8');
  const section = doc.slice(doc.indexOf('## A minimal complete file'));
  const block = section.match(/```json\n([\s\S]*?)```/);
  if (!block) throw new Error('no json block after "## A minimal complete file"');
  accepts(JSON.parse(block[1]));
});

test('a number without a source is refused', () =>
  refuses(broken((d) => { d.providers[0].values['sov-1'] = { value: 3 }; }), '/providers/0/values/sov-1'));
test('a missing value without a note is refused', () =>
  refuses(broken((d) => { d.providers[0].values['sov-1'] = { value: null }; }), '/providers/0/values/sov-1'));
test('an undated source is refused', () =>
  refuses(broken((d) => { d.providers[0].sources[0].date = 'n/s'; }), '/providers/0/sources/0/date'));
test('a weight above 100 is refused', () =>
  refuses(broken((d) => { d.presets[0].weights['sov-1'] = 101; }), '/presets/0/weights/sov-1'));
test('a misspelt field is refused', () =>
  refuses(broken((d) => { d.providers[0].lable = 'x'; }), '/providers/0'));
test('a malformed id is refused', () =>
  refuses(broken((d) => { d.criteria[0].id = 'SOV 1'; }), '/criteria/0/id'));
test('another format version is refused', () =>
  refuses(broken((d) => { d.format_version = 2; }), '/format_version'));

const passed = results.filter(Boolean).length;
console.log(`${passed} passed, ${results.length - passed} failed`);
process.exit(passed === results.length ? 0 : 1);
