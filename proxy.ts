import type { NextRequest } from "next/server";
import { NextResponse } from "next/server";
import { pageHeaders, pageRefusal } from "./lib/security/page-gate";
import { isSameSiteRequest } from "./lib/security/same-origin";

/**
 * The page gate (lib/security/page-gate.ts) on a server that does not apply it itself: the development server, or
 * `next start` without scripts/serve.ts. The production server marks the requests it has gated, and the matcher
 * below skips them.
 */
export default function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const refused = pageRefusal({
    method: request.method,
    pathname,
    sameSite: isSameSiteRequest(request.headers, request.nextUrl.protocol),
    contentType: request.headers.get("content-type"),
  });
  if (refused) return new NextResponse(refused.body, { status: refused.status, headers: refused.headers });
  const headers = pageHeaders(pathname);
  const requestHeaders = new Headers(request.headers);
  for (const [name, value] of Object.entries(headers.request)) requestHeaders.set(name, value);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers.response)) response.headers.set(name, value);
  return response;
}

// Every page path, also those with a dot (such as /wp-login.php): the app serves no files of its own outside
// /_next but the service worker, the web app manifest and its icons (isPagePath says the same). The API is left
// out: the proxy would copy every request body, and a client that aborts its upload would then be logged with a
// stack; next.config.ts gives the API and the files their headers.
export const config = {
  matcher: [
    {
      source: "/((?!_next|api/|sw\\.js$|manifest\\.webmanifest$|icon/).*)",
      missing: [{ type: "header", key: "x-henvis-gated" }],
    },
  ],
};
