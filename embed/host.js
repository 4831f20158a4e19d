// EuroCloud Compare, iframe mode: the embedding page's script. It sizes every
// <iframe data-eurocloud-compare> to the height the widget inside reports, so the page
// scrolls as one and the iframe never shows a scroll bar of its own.
//
// The widget posts { type: "eurocloud-compare:height", height } to this page's origin
// only. A message is used only when it comes from one of those iframes (event.source) and
// from the origin of its src (event.origin); anything else is ignored. The height is
// clamped to 200-20000 CSS pixels of content (data-min-height and data-max-height narrow it) and set
// through the CSSOM, which a strict Content-Security-Policy allows (no style attribute).
//
// Load it as an external file (it holds no inline code): <script src=".../embed/host.js" defer>.
(() => {
  'use strict';
  const TYPE = 'eurocloud-compare:height';
  const LIMITS = [200, 20000];

  function bound(frame, name, fallback) {
    const value = Number(frame.getAttribute(name));
    return Number.isFinite(value) && value > 0 ? value : fallback;
  }

  window.addEventListener('message', (event) => {
    const data = event.data;
    if (!data || typeof data !== 'object' || data.type !== TYPE) return;
    if (typeof data.height !== 'number' || !Number.isFinite(data.height)) return;
    for (const frame of document.querySelectorAll('iframe[data-eurocloud-compare]')) {
      if (event.source === null || event.source !== frame.contentWindow) continue;
      let origin;
      try {
        origin = new URL(frame.src, document.baseURI).origin;
      } catch {
        return;
      }
      if (event.origin !== origin) return;
      const low = Math.max(bound(frame, 'data-min-height', LIMITS[0]), 1);
      const high = Math.min(bound(frame, 'data-max-height', LIMITS[1]), LIMITS[1]);
      const height = Math.min(Math.max(Math.ceil(data.height), low), high);
      // The widget's height is the iframe's content box; a border-box iframe adds its
      // borders and padding.
      const css = getComputedStyle(frame);
      const extra = css.boxSizing === 'border-box'
        ? ['borderTopWidth', 'borderBottomWidth', 'paddingTop', 'paddingBottom']
          .reduce((sum, side) => sum + (parseFloat(css[side]) || 0), 0)
        : 0;
      frame.style.height = `${height + extra}px`;
      return;
    }
  });
})();
