// The strict Content-Security-Policy a portal's security team would send (issue 12): no
// inline script or style, nothing from another origin. `frameAncestors` names who may
// frame the page ('none' by default).

export function strictPolicy(frameAncestors = "'none'") {
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ');
}

export const STRICT_CSP = strictPolicy();
