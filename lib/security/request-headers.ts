import type { IncomingHttpHeaders } from "node:http";

// What a client may not say about its own request. Only the production server sets these, after it has dropped
// whatever the client sent under the same names.

/** The headers the server itself sets on a request: the gate's mark (x-henvis-gated) and what the page gate hands
 * Next.js; and Next.js's own mark of a request its proxy makes. */
const INTERNAL = [/^x-henvis-/, /^content-security-policy$/, /^x-next-intl-locale$/, /^x-middleware-subrequest$/];

/** What a reverse proxy says about the client's connection, believed only from a trusted proxy. */
const FROM_PROXIES = ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "x-real-ip", "forwarded"];

/**
 * Drops the internal headers a client sent and, unless the connection comes from a trusted proxy, the proxy
 * headers; then sets X-Forwarded-For to the one address found to be the client's (Next.js would otherwise pass on
 * the client's own).
 */
export function acceptClientHeaders(headers: IncomingHttpHeaders, client: string, fromTrustedProxy: boolean): void {
  for (const name of Object.keys(headers)) {
    if (INTERNAL.some((pattern) => pattern.test(name)) || (!fromTrustedProxy && FROM_PROXIES.includes(name))) delete headers[name];
  }
  headers["x-forwarded-for"] = client;
}
