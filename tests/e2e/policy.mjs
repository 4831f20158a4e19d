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

/** A server override answering an HTML page `body` under `policy` (none when null). */
export function underPolicy(body, policy = STRICT_CSP) {
  const headers = { 'Content-Type': 'text/html; charset=utf-8' };
  if (policy) headers['Content-Security-Policy'] = policy;
  return { headers, body };
}

/**
 * Has every document `page` opens (its frames included) note each policy violation,
 * with its origin and where it came from; read them with `violations`.
 */
export async function recordViolations(page) {
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__violations.push(`${location.origin} ${e.violatedDirective}: ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
}

/** The violations a page or frame noted since it was opened (see `recordViolations`). */
export function violations(pageOrFrame) {
  return pageOrFrame.evaluate(() => window.__violations);
}
