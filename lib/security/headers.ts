// The security headers every response carries (decision 0012). The policy for pages holds a fresh nonce per
// request, which Next.js puts on its own scripts; nothing else may run a script, frame the page or post a form
// to another site.

const isProduction = () => process.env.NODE_ENV === "production";

/**
 * A page's policy: scripts from the site itself, and inline scripts only with this request's nonce (a page
 * rendered per request) or with the hash the build recorded (a prerendered page).
 */
export function pagePolicy(inlineScripts: { nonce: string } | { hashes: string[] }): string {
  const allowed = "nonce" in inlineScripts ? `'nonce-${inlineScripts.nonce}'` : inlineScripts.hashes.join(" ");
  return [
    "default-src 'self'",
    // React's development build evaluates code for its error overlay; the production build never does.
    `script-src 'self' ${allowed}${isProduction() ? "" : " 'unsafe-eval'"}`,
    // Style attributes (the diagram's SVG) need inline styles; scripts are what a policy must hold.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** The policy for everything that is not a page (the API, files, error texts): nothing to run, nothing to frame. */
export const NON_PAGE_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/** The service worker's policy: it fetches from the site itself and runs nothing else. */
export const SERVICE_WORKER_POLICY = `connect-src 'self'; ${NON_PAGE_POLICY}`;

/** The headers every response carries besides its policy. */
export function commonSecurityHeaders(): Record<string, string> {
  return {
    // The answers are in the URL, so no other site may see it as a referrer. Not "no-referrer": with it,
    // browsers send "Origin: null" on the question forms' POST, and Next.js then rejects the server action.
    "Referrer-Policy": "same-origin",
    "X-Content-Type-Options": "nosniff",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    // For browsers that predate frame-ancestors.
    "X-Frame-Options": "DENY",
    ...(isProduction() ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}

/** A fresh nonce: 16 random bytes in base64. */
export const newNonce = () => Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
