/** What reading a body gives when the client went away before sending all of it. */
export const CLIENT_GONE = Symbol("client gone");

/** The answer to a client that went away: nobody reads it, and nothing is logged. */
export const clientGoneResponse = () => new Response(null, { status: 400 });

/**
 * The request body as text; null as soon as it passes `maxBytes` (the rest is never read); CLIENT_GONE when the
 * client aborted the upload, which is the client's doing and not worth a line in the log.
 */
export async function readBodyWithin(request: Request, maxBytes: number): Promise<string | null | typeof CLIENT_GONE> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) return null;
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch {
      return CLIENT_GONE;
    }
    const { done, value } = chunk;
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}
