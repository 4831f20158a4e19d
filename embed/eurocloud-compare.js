// EuroCloud Compare, custom element mode: defines <eurocloud-compare>. A portal loads it
// once, as an external module (no inline code, so a strict Content-Security-Policy allows
// it), from the folder the widget is published in:
//
//   <script type="module" src="/widgets/eurocloud/embed/eurocloud-compare.js"></script>
//   <eurocloud-compare preset="equal" method="topsis" theme="institutional"></eurocloud-compare>
//
// Everything else is found beside this file, in the folder above it, so the widget works
// from any folder. Each element renders its own widget in a shadow root, with the
// widget's stylesheets linked there; the attributes (src, ranking, lang, theme, preset,
// weights, method, missing, link: see the README) set it, and a change updates it at once. The
// widget's module and stylesheets are loaded with their integrity hashes, which
// `make dist` writes below (tools/external-loader.mjs); this file is only usable as built.
const FILES = /* written by make dist */ null;

const TAG = 'eurocloud-compare';
// Kept equal to embed::ELEMENT_ATTRIBUTES (src/embed.rs) by tests/tools/external-loader.test.mjs.
const ATTRIBUTES = ['src', 'ranking', 'lang', 'theme', 'preset', 'weights', 'method', 'missing', 'link'];
const BASE = new URL('../', import.meta.url);

let started;
// The widget's module, started once for the page. The module is fetched through a
// <link rel="modulepreload"> with its integrity (a dynamic import() cannot carry one; the
// import then takes the module the link fetched), and the wasm with fetch()'s integrity.
function start() {
  started ??= (async () => {
    if (!FILES) throw new Error(`${TAG}: this copy of eurocloud-compare.js was not built (make dist)`);
    const preload = (file) => new Promise((done, failed) => {
      const href = new URL(file.href, BASE).href;
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.href = href;
      link.integrity = file.integrity;
      link.crossOrigin = 'anonymous';
      link.onload = done;
      link.onerror = () => failed(new Error(`${href} could not be loaded, or is not the file this widget was built with`));
      document.head.append(link);
    });
    // The module and the snippets it imports, each checked before any of it runs.
    await Promise.all([FILES.glue, ...FILES.snippets].map(preload));
    const glue = new URL(FILES.glue.href, BASE).href;
    const module = await import(glue);
    const wasm = fetch(new URL(FILES.wasm.href, BASE), { integrity: FILES.wasm.integrity, mode: 'cors', credentials: 'same-origin' });
    await module.default({ module_or_path: wasm });
    return module;
  })();
  return started;
}

function stylesheet(file) {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = new URL(file.href, BASE).href;
  if (file.integrity) link.integrity = file.integrity;
  link.crossOrigin = 'anonymous';
  return link;
}

class EuroCloudCompare extends HTMLElement {
  static observedAttributes = ATTRIBUTES;

  #widget = null;
  #mount = null;

  connectedCallback() {
    if (this.#mount) return;
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    const mount = document.createElement('div');
    mount.className = 'ecc-host';
    const styles = FILES ? [stylesheet(FILES.css), stylesheet(FILES.report_css)] : [];
    shadow.replaceChildren(...styles, mount);
    this.#mount = mount;
    start().then(
      (module) => {
        if (this.#mount !== mount) return;
        this.#widget = new module.Widget(this, mount, BASE.href);
      },
      (error) => {
        if (this.#mount !== mount) return;
        // Said where the widget would be, in the page's words (no message catalogue yet).
        const said = document.createElement('p');
        said.setAttribute('role', 'alert');
        said.textContent = `The comparison could not start: ${error.message}`;
        mount.replaceChildren(said);
      },
    );
  }

  disconnectedCallback() {
    this.#widget?.destroy();
    this.#widget?.free();
    this.#widget = null;
    this.#mount = null;
  }

  attributeChangedCallback(_name, before, now) {
    if (before !== now) this.#widget?.update();
  }
}

if (!customElements.get(TAG)) customElements.define(TAG, EuroCloudCompare);
