import { localeOfPath } from "../i18n/locales";
import { isDecodablePath } from "../web-address";
import { commonSecurityHeaders, newNonce, NON_PAGE_POLICY, pagePolicy } from "./headers";
import { staticScriptHashes } from "./static-script-hashes";

// What every page request passes before Next.js renders it: the refusals and the security headers of decision
// 0012. The production server (scripts/serve.ts) applies it itself and marks the request with GATED_HEADER; any
// other server (the development server, a bare `next start`) leaves it to the proxy (proxy.ts), whose matcher
// skips marked requests. Next.js's proxy costs a page about a third of its throughput, and gives some requests
// seconds of delay under load (decision 0019).

/** The request header that says the page gate has run. The production server sets it on every page request. */
export const GATED_HEADER = "x-henvis-gated";

export type PageRequest = {
  method: string;
  pathname: string;
  /** Whether the request comes from a page of this site (isSameSiteRequest in same-origin.ts). */
  sameSite: boolean;
  contentType: string | null;
};

export type Refusal = { status: number; body: string; headers: Record<string, string> };

const PAGE_METHODS = ["GET", "HEAD", "POST"];
const FORM_TYPES = /^(multipart\/form-data|application\/x-www-form-urlencoded)\b/i;

/** A plain-text refusal with the headers every response carries. */
export const refusal = (status: number, text: string, headers: Record<string, string> = {}): Refusal => ({
  status,
  body: `${text}\n`,
  headers: {
    ...commonSecurityHeaders(),
    "Content-Security-Policy": NON_PAGE_POLICY,
    "Content-Type": "text/plain; charset=utf-8",
    ...headers,
  },
});

/** The answer to an address with a broken %-escape, which Next.js would answer with a 500, on any path. */
export const brokenEscapeRefusal = () => refusal(400, "Bad request: the address has a broken %-escape.");

/**
 * What a page cannot answer, which Next.js would answer with a 500: a path with a broken %-escape (400), a method
 * other than GET, HEAD and POST (405), and a POST that is not one of its forms (every form of the app posts form
 * data to its own site): one from another site, from an origin the browser hides or without an Origin header (403),
 * and one whose body is not form data (400).
 */
export function pageRefusal(request: PageRequest): Refusal | undefined {
  if (!isDecodablePath(request.pathname)) return brokenEscapeRefusal();
  if (!PAGE_METHODS.includes(request.method)) {
    return refusal(405, "Method not allowed: pages answer GET, HEAD and POST.", { Allow: PAGE_METHODS.join(", ") });
  }
  if (request.method !== "POST") return undefined;
  if (!request.sameSite) {
    return refusal(403, "Forbidden: a form of this site can only be posted from this site.");
  }
  if (!FORM_TYPES.test(request.contentType ?? "")) return refusal(400, "Bad request: a form is posted as form data.");
  return undefined;
}

// A file under a page's path (a name with an extension, such as a group session's summary .csv) is downloaded, not
// shown, and posts no form: it can send no referrer at all. Next.js keeps a header the gate has set, so a route
// handler cannot say this itself.
const isFile = (pathname: string) => /\/[^/]+\.[A-Za-z0-9]+$/.test(pathname);

/**
 * The headers of a page request and of its response. The request's policy is where Next.js finds the nonce it
 * puts on its scripts (a page the production build prerendered has the hashes the build recorded instead), and
 * next-intl reads the locale of a page without route parameters (a "not found" page) from X-NEXT-INTL-LOCALE, as
 * its own middleware would have set it.
 */
export function pageHeaders(pathname: string): { request: Record<string, string>; response: Record<string, string> } {
  const { locale, rest } = localeOfPath(pathname);
  // The development server renders every page per request, whatever an earlier build prerendered.
  const hashes = process.env.NODE_ENV === "production" ? staticScriptHashes()[`/${locale}${rest === "/" ? "" : rest}`] : undefined;
  const policy = pagePolicy(hashes ? { hashes } : { nonce: newNonce() });
  return {
    request: { "Content-Security-Policy": policy, "X-NEXT-INTL-LOCALE": locale },
    response: {
      ...commonSecurityHeaders(),
      ...(isFile(rest) ? { "Referrer-Policy": "no-referrer" } : {}),
      "Content-Security-Policy": policy,
    },
  };
}
