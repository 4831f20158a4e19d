// The published JSON Schema (providers.schema.json) accepts the bundled providers.json and
// the example in docs/data-format.md, and refuses files a webmaster could get wrong.
//
//   node tests/schema/run.mjs
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
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
test('a certification without the status its scheme needs is refused', () =>
  refuses(broken((d) => {
    d.providers[0].certifications = [{ scheme: 'secnumcloud', scope: 'IaaS', sources: d.providers[0].sources }];
  }), '/providers/0/certifications/0'));
test('a status on a scheme without statuses is refused', () =>
  refuses(broken((d) => {
    d.providers[0].certifications = [
      { scheme: 'iso-27001', status: 'certified', scope: 'IaaS', sources: d.providers[0].sources },
    ];
  }), '/providers/0/certifications/0'));
test("a status the scheme does not have is refused in a profile's requirement", () =>
  refuses(broken((d) => { d.profiles[0].require = [{ scheme: 'secnumcloud', status: 'type-2' }]; }),
    '/profiles/0/require/0'));
test('an unknown tender outcome is refused', () =>
  refuses(broken((d) => {
    d.providers[0].tender_2026 = { value: 'won', sources: d.providers[0].sources };
  }), '/providers/0/tender_2026/value'));
test('a translated text without English is refused', () =>
  refuses(broken((d) => { d.criteria[0].label = { fr: 'Stratégique' }; }), '/criteria/0/label'));
test('a lowercase country code is refused', () =>
  refuses(broken((d) => { d.providers[0].country = 'fr'; }), '/providers/0/country'));
test('a weight that is not a whole number is refused', () =>
  refuses(broken((d) => { d.presets[0].weights['sov-1'] = 10.5; }), '/presets/0/weights/sov-1'));
test('an empty list of providers is refused', () =>
  refuses(broken((d) => { d.providers = []; }), '/providers'));
test('null for an optional field is refused', () =>
  refuses(broken((d) => { d.dataset.description = null; }), '/dataset/description'));

// The schema is generated from the serde types of src/data/format.rs; tests/format.rs judges
// several hundred files with those types (the cases where they and the app's reader agree or
// say why not, and every field of a complete file removed, set to null or given another
// type) and writes them out with the types' verdict. ajv must judge each one alike: the
// schema refuses exactly what the types refuse. `cargo test` writes the files (make test
// runs it first).
const targetDir = process.env.CARGO_TARGET_DIR ?? fileURLToPath(new URL('target', root));
const casesDir = join(targetDir, 'tmp');
const caseFiles = existsSync(casesDir)
  ? readdirSync(casesDir).filter((name) => /^format-cases-.*\.json$/.test(name))
  : [];
if (caseFiles.length === 0) {
  console.log(`skip - the serde types' cases: none in ${casesDir} (run cargo test --test format first)`);
}
for (const name of caseFiles) {
  const cases = JSON.parse(readFileSync(join(casesDir, name), 'utf8'));
  test(`the schema judges the ${cases.length} files of ${name} as the serde types do`, () => {
    const differ = cases.filter(({ accepted, file }) => validate(file) !== accepted);
    if (differ.length > 0) {
      const shown = differ.slice(0, 10).map(({ case: what, accepted }) =>
        `${what}: the types ${accepted ? 'accept' : 'refuse'} it, the schema does not`);
      throw new Error(`${differ.length} differ:\n  ${shown.join('\n  ')}`);
    }
  });
}

const passed = results.filter(Boolean).length;
console.log(`${passed} passed, ${results.length - passed} failed`);
process.exit(passed === results.length ? 0 : 1);
