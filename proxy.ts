import createMiddleware from "next-intl/middleware";
import { NextRequest, NextResponse } from "next/server";
import { routing } from "./lib/i18n/routing";
import { localeOfPath } from "./lib/i18n/locales";
import { commonSecurityHeaders, newNonce, NON_PAGE_POLICY, pagePolicy } from "./lib/security/headers";
import { staticScriptHashes } from "./lib/security/static-script-hashes";
import { isDecodablePath } from "./lib/web-address";

const localised = createMiddleware(routing);

/** The path as the app's routes see it: Danish pages have no prefix in the address ("/" is "/da"). */
const pathWithLocale = (pathname: string) => {
  const { locale, rest } = localeOfPath(pathname);
  return `/${locale}${rest === "/" ? "" : rest}`;
};

function withSecurityHeaders(response: NextResponse, policy: string): NextResponse {
  for (const [name, value] of Object.entries(commonSecurityHeaders())) response.headers.set(name, value);
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

const refuse = (status: number, text: string, headers: Record<string, string> = {}) =>
  withSecurityHeaders(
    new NextResponse(`${text}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8", ...headers } }),
    NON_PAGE_POLICY,
  );

const PAGE_METHODS = ["GET", "HEAD", "POST"];
const FORM_TYPES = /^(multipart\/form-data|application\/x-www-form-urlencoded)\b/i;

const sameSite = (origin: string, host: string | null) => {
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
};

/**
 * What a page cannot answer: a method other than GET, HEAD and POST (405), and a POST that is not one of its
 * forms (every form of the app posts form data to its own site): one from another site, or from an origin the
 * browser hides (403), and one whose body is not form data (400). Next.js would answer these with a 500.
 */
function refusedPageRequest(request: NextRequest): NextResponse | undefined {
  if (!PAGE_METHODS.includes(request.method)) {
    return refuse(405, "Method not allowed: pages answer GET, HEAD and POST.", { Allow: PAGE_METHODS.join(", ") });
  }
  if (request.method !== "POST") return undefined;
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (origin !== null && !sameSite(origin, host)) return refuse(403, "Forbidden: a form of this site can only be posted from this site.");
  if (!FORM_TYPES.test(request.headers.get("content-type") ?? "")) return refuse(400, "Bad request: a form is posted as form data.");
  return undefined;
}

/**
 * Every page request: the security headers, and a fresh nonce for a page's scripts (Next.js reads it from the
 * request's policy and puts it on its scripts). Pages get their locale from next-intl. A path with a broken
 * %-escape (such as /trin/%E0%A4%A) is answered 400: Next.js would fail on it with a 500 when reading the
 * route's parameters (the production server refuses it before, this covers the development server).
 */
export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (!isDecodablePath(pathname)) return refuse(400, "Bad request: the address has a broken %-escape.");
  const refused = refusedPageRequest(request);
  if (refused) return refused;
  const hashes = staticScriptHashes()[pathWithLocale(pathname)];
  const policy = pagePolicy(hashes ? { hashes } : { nonce: newNonce() });
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", policy);
  return withSecurityHeaders(localised(new NextRequest(request, { headers })), policy);
}

// Every page path, also those with a dot (such as /wp-login.php), gets a localised page: the app serves no
// files of its own outside /_next but the service worker, the web app manifest and its icons. The API is left
// out: the proxy would copy every request body, and a client that aborts its upload would then be logged with a
// stack; next.config.ts gives the API and the files their headers.
export const config = {
  matcher: "/((?!_next|api/|sw\\.js$|manifest\\.webmanifest$|icon/).*)",
};
