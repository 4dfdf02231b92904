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
