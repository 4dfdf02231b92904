/** The site an address is on, as a reader knows it: "https://www.vejle.dk/x" → "vejle.dk". */
export const hostOf = (address: string) => new URL(address).hostname.replace(/^www\./, "");

/** Whether a path's %-escapes can be decoded (Next.js fails with a 500 on one that cannot, such as /%ff). */
export function isDecodablePath(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * The path of a request target as Next.js will route it: dot segments resolved (also written as %2e), backslashes
 * read as slashes and repeated slashes as one, with the query as it came. Undefined for a target that is not a path
 * (such as "*" or a whole address).
 */
export function normalisedTarget(target: string): string | undefined {
  if (!target.startsWith("/")) return undefined;
  const queryAt = target.indexOf("?");
  const [path, query] = queryAt === -1 ? [target, ""] : [target.slice(0, queryAt), target.slice(queryAt)];
  try {
    return new URL(`http://localhost${path}`).pathname.replace(/\/{2,}/g, "/") + query;
  } catch {
    return undefined;
  }
}

/**
 * What is not a page, as what follows the first "/": the files under /_next, the API, the service worker, the web
 * app manifest and its icons. next.config.ts leaves these out of the locale's rewrite; the proxy's matcher in
 * proxy.ts says the same as a literal, since Next.js reads it from the source.
 */
export const NOT_A_PAGE = "_next|api/|sw\\.js$|manifest\\.webmanifest$|icon/";
const notAPage = new RegExp(`^/(?:${NOT_A_PAGE})`);

/** Whether a path is one of the app's pages (including one that does not exist), rather than a file or the API. */
export const isPagePath = (pathname: string) => !notAPage.test(pathname);

/** A path segment with its %-escapes decoded, or undefined when one cannot be (a lone "%"). */
export function decodedSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}
