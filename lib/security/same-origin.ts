type HeaderReader = { get(name: string): string | null };

const first = (value: string | null) => value?.split(",")[0]?.trim() || undefined;

/**
 * The origin the client reached the server at. X-Forwarded-Proto and X-Forwarded-Host come from the reverse proxy:
 * the production server keeps them only from a trusted proxy (TRUSTED_PROXIES) and Next.js fills them in from the
 * connection when they are missing. `protocol` is the connection's own ("http:"), for when neither has done so.
 */
export function serverOrigin(headers: HeaderReader, protocol: string): string | undefined {
  const host = first(headers.get("x-forwarded-host")) ?? headers.get("host");
  return host ? `${first(headers.get("x-forwarded-proto")) ?? protocol.replace(/:$/, "")}://${host}` : undefined;
}

function isSameOrigin(origin: string | null, server: string | undefined): boolean {
  if (origin === null || server === undefined) return false;
  try {
    return new URL(origin).origin === new URL(server).origin;
  } catch {
    return false;
  }
}

/**
 * Whether a post comes from a page of this site: its Origin header names the origin the client reached the server
 * at (serverOrigin), with the same scheme, host and port. A post without an Origin header does not: every browser
 * sends one with a form, and one that hides the origin sends "null".
 */
export const isSameSiteRequest = (headers: HeaderReader, protocol: string) =>
  isSameOrigin(headers.get("origin"), serverOrigin(headers, protocol));
