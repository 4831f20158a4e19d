// The widget's own JavaScript, beside the glue wasm-bindgen writes: what Rust cannot do
// without it (a dynamic import) or does with far more code (the row animation).

// Downloads the report module and its styles (once for the page). Trunk writes this file
// to snippets/<crate>-<hash>/src/components/, four folders below the report module. See
// report_link.rs. Each file is checked against its integrity hash, which `make dist`
// writes below (tools/minify-glue.mjs, with the files' hashed names); a dynamic import()
// carries none, so the module is fetched by a <link rel="modulepreload"> that does, and
// the import takes what it fetched; the wasm comes through fetch()'s integrity.
const INTEGRITY = { written_by_make_dist: 1 };
const JS = 'eurocloud-report.js';
const WASM = 'eurocloud-report_bg.wasm';
const CSS = 'eurocloud-report.css';
let report;
export function loadReport() {
  if (report) return report;
  const at = (name) => new URL(`../../../../${name}`, import.meta.url).href;
  const link = (rel, name, onload, onerror) => {
    const element = document.createElement('link');
    element.rel = rel;
    element.href = at(name);
    if (INTEGRITY[name]) {
      element.integrity = INTEGRITY[name];
      element.crossOrigin = 'anonymous';
    }
    element.onload = onload;
    element.onerror = onerror;
    document.head.append(element);
  };
  // Without its styles the report is still usable: a failed stylesheet does not stop it.
  // Only a widget in the page's own tree, the standalone mount (embed::MOUNT_ID), needs
  // them in the page's <head>: a <eurocloud-compare> element links them in its shadow root
  // (embed/eurocloud-compare.js), and the portal's page is left unstyled by them.
  const styled = document.getElementById('eurocloud-compare');
  const styles = styled ? new Promise((done) => link('stylesheet', CSS, done, done)) : null;
  const code = new Promise((done, failed) => link('modulepreload', JS, done,
    () => failed(new Error(`${at(JS)} could not be loaded, or is not the file this widget was built with`))))
    .then(() => import(at(JS)));
  report = Promise.all([code, styles]).then(async ([m]) => {
    const checked = INTEGRITY[WASM] && { module_or_path: fetch(at(WASM), { integrity: INTEGRITY[WASM] }) };
    await m.default(checked || undefined);
    return m;
  });
  // A failed download can be tried again.
  report.catch(() => { report = undefined; });
  return report;
}

export function callReport(m, name, args) {
  return m[name](...args);
}

// Copies `text`; rejects where the page has no clipboard (served without https).
export function copyText(text) {
  return navigator.clipboard ? navigator.clipboard.writeText(text) : Promise.reject();
}

// Where each ranking row was at the last call, by table body.
const places = new WeakMap();

// Animates the rows of a ranking's body from where they were to where they are now (FLIP:
// transforms only, so nothing is laid out again); not at all under reduced motion. The
// rows are keyed components, so a row is the same element before and after a re-rank.
export function flipRows(body) {
  // At the next frame, not now: reading the rows' places forces a layout, which would sit
  // between the input and the updated table; at the frame, the browser lays out anyway,
  // and the transforms still apply before the new order is painted.
  requestAnimationFrame(() => flip(body));
}

function flip(body) {
  const before = places.get(body) || new Map();
  const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
  // All reads, then all writes: one layout for the whole table, not one per row.
  const now = new Map();
  for (const row of body.children) now.set(row, row.offsetTop);
  places.set(body, now);
  if (still) return;
  const moved = [];
  for (const [row, top] of now) {
    const was = before.get(row);
    if (was === undefined || was === top) continue;
    row.style.transition = 'none';
    row.style.transform = `translateY(${was - top}px)`;
    moved.push(row);
  }
  if (moved.length === 0) return;
  requestAnimationFrame(() => requestAnimationFrame(() => {
    for (const row of moved) {
      row.style.transition = '';
      row.style.transform = '';
    }
  }));
}
