// EuroCloud Compare, iframe mode: the embedding page's script. It sizes every
// <iframe data-eurocloud-compare> to the height the widget inside reports, so the page
// scrolls as one and the iframe never shows a scroll bar of its own; and it tells each
// widget which part of it is on screen, so that the leading providers stay in view while
// the page scrolls (an iframe sized to its content never scrolls itself).
//
// The widget posts { type: "eurocloud-compare:height", height } to this page's origin
// only. A message is used only when it comes from one of those iframes (event.source) and
// from the origin of its src (event.origin); anything else is ignored. The height is
// clamped to 200-20000 CSS pixels of content (data-min-height and data-max-height narrow it) and set
// through the CSSOM, which a strict Content-Security-Policy allows (no style attribute).
// This page posts { type: "eurocloud-compare:viewport", top } to the origin of each
// iframe's src only: the first line of the iframe's content below the top of the screen,
// or below a header of data-top-offset CSS pixels the page keeps fixed there.
//
// Load it as an external file (it holds no inline code): <script src=".../embed/host.js" defer>.
(() => {
  'use strict';
  const HEIGHT = 'eurocloud-compare:height';
  const VIEWPORT = 'eurocloud-compare:viewport';
  const LIMITS = [200, 20000];
  const SELECTOR = 'iframe[data-eurocloud-compare]';

  function bound(frame, name, fallback) {
    const value = Number(frame.getAttribute(name));
    return Number.isFinite(value) && value > 0 ? value : fallback;
  }

  function originOf(frame) {
    try {
      return new URL(frame.src, document.baseURI).origin;
    } catch {
      return null;
    }
  }

  // The edges of the iframe's box around its content: borders, and padding.
  function edges(frame, sides) {
    const css = getComputedStyle(frame);
    return sides.reduce((sum, side) => sum + (parseFloat(css[side]) || 0), 0);
  }

  // What each widget was last told, so that scrolling within a line says nothing new.
  const told = new WeakMap();
  let queued = false;
  function tell() {
    queued = false;
    for (const frame of document.querySelectorAll(SELECTOR)) {
      const origin = originOf(frame);
      if (!origin || origin === 'null' || !frame.contentWindow) continue;
      const content = frame.getBoundingClientRect().top + edges(frame, ['borderTopWidth', 'paddingTop']);
      const top = Math.round(Math.max(0, bound(frame, 'data-top-offset', 0) - content));
      if (told.get(frame) === top) continue;
      told.set(frame, top);
      frame.contentWindow.postMessage({ type: VIEWPORT, top }, origin);
    }
  }
  // At most once a frame, however fast the page scrolls.
  function queue() {
    if (queued) return;
    queued = true;
    requestAnimationFrame(tell);
  }
  window.addEventListener('scroll', queue, { passive: true });
  window.addEventListener('resize', queue);

  window.addEventListener('message', (event) => {
    const data = event.data;
    if (!data || typeof data !== 'object' || data.type !== HEIGHT) return;
    if (typeof data.height !== 'number' || !Number.isFinite(data.height)) return;
    for (const frame of document.querySelectorAll(SELECTOR)) {
      if (event.source === null || event.source !== frame.contentWindow) continue;
      if (event.origin !== originOf(frame)) return;
      const low = Math.max(bound(frame, 'data-min-height', LIMITS[0]), 1);
      const high = Math.min(bound(frame, 'data-max-height', LIMITS[1]), LIMITS[1]);
      const height = Math.min(Math.max(Math.ceil(data.height), low), high);
      // The widget's height is the iframe's content box; a border-box iframe adds its
      // borders and padding.
      const extra = getComputedStyle(frame).boxSizing === 'border-box'
        ? edges(frame, ['borderTopWidth', 'borderBottomWidth', 'paddingTop', 'paddingBottom'])
        : 0;
      frame.style.height = `${height + extra}px`;
      // A widget that reports its height has started: it hears what it missed, and where
      // it now lies on the page.
      told.delete(frame);
      queue();
      return;
    }
  });
})();
