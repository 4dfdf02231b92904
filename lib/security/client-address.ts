/**
 * The client's address, for limits and throttling: the whole app asks here. The production server
 * (scripts/serve.ts) sets X-Forwarded-For to the one address it has found to be the client's, from the connection
 * or from a trusted proxy (lib/security/trusted-proxies.ts), whatever the client sent. Next.js's own servers fill
 * the header from the connection only when it is missing, so there the last entry is the client's own choice.
 */
export const clientAddress = (headers: Headers): string => headers.get("x-forwarded-for")?.split(",").at(-1)?.trim() || "unknown";
