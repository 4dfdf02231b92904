import createMiddleware from "next-intl/middleware";
import { NextRequest, NextResponse } from "next/server";
import { routing } from "./lib/i18n/routing";
import { DEFAULT_LOCALE } from "./machines/locale";
import { commonSecurityHeaders, newNonce, NON_PAGE_POLICY, pagePolicy } from "./lib/security/headers";
import { staticScriptHashes } from "./lib/security/static-script-hashes";

const localised = createMiddleware(routing);

const decodable = (path: string) => {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
};

/** The path as the app's routes see it: Danish pages have no prefix in the address ("/" is "/da"). */
const pathWithLocale = (pathname: string) =>
  /^\/en(\/|$)/.test(pathname) ? pathname.replace(/\/$/, "") : `/${DEFAULT_LOCALE}${pathname === "/" ? "" : pathname}`;

function withSecurityHeaders(response: NextResponse, policy: string): NextResponse {
  for (const [name, value] of Object.entries(commonSecurityHeaders())) response.headers.set(name, value);
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

/**
 * Every request but the files under /_next: the security headers, and a fresh nonce for a page's scripts
 * (Next.js reads it from the request's policy and puts it on its scripts). Pages get their locale from
 * next-intl. A path with a broken %-escape (such as /trin/%E0%A4%A) is answered 400 here, pages and API alike:
 * Next.js would fail on it with a 500 when reading the route's parameters.
 */
export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (!decodable(pathname)) {
    return withSecurityHeaders(new NextResponse("Bad request: the address has a broken %-escape.\n", { status: 400 }), NON_PAGE_POLICY);
  }
  if (pathname.startsWith("/api/")) return withSecurityHeaders(NextResponse.next(), NON_PAGE_POLICY);
  const hashes = staticScriptHashes()[pathWithLocale(pathname)];
  const policy = pagePolicy(hashes ? { hashes } : { nonce: newNonce() });
  const headers = new Headers(request.headers);
  headers.set("Content-Security-Policy", policy);
  return withSecurityHeaders(localised(new NextRequest(request, { headers })), policy);
}

// Every page path, also those with a dot (such as /wp-login.php), gets a localised page: the app serves
// no files of its own outside /_next.
export const config = {
  matcher: "/((?!_next).*)",
};
