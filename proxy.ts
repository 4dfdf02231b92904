import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { routing } from "./lib/i18n/routing";

const localised = createMiddleware(routing);

const decodable = (path: string) => {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
};

/**
 * Pages get their locale from next-intl. A path with a broken %-escape (such as /trin/%E0%A4%A) is
 * answered 400 here, pages and API alike: Next.js would fail on it with a 500 when reading the route's parameters.
 */
export default function proxy(request: NextRequest) {
  if (!decodable(request.nextUrl.pathname)) return new NextResponse("Bad request: the address has a broken %-escape.\n", { status: 400 });
  return request.nextUrl.pathname.startsWith("/api/") ? NextResponse.next() : localised(request);
}

// Every page path, also those with a dot (such as /wp-login.php), gets a localised page: the app serves
// no files of its own outside /_next.
export const config = {
  matcher: "/((?!_next).*)",
};
