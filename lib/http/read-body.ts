/** What reading a body gives when the client went away before sending all of it. */
export const CLIENT_GONE = Symbol("client gone");

/** The answer to a client that went away: nobody reads it, and nothing is logged. */
export const clientGoneResponse = () => new Response(null, { status: 400 });

/**
 * The request body's bytes; null when its Content-Length says more than `maxBytes` (nothing is read) or as soon as
 * the stream passes `maxBytes` (the rest is never read); CLIENT_GONE when the client aborted the upload, which is the
 * client's doing and not worth a line in the log.
 */
export async function readBytesWithin(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer> | null | typeof CLIENT_GONE> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) return null;
  if (!request.body) return new Uint8Array();
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
  return Buffer.concat(chunks);
}

/** The request body as text, within `maxBytes`, as readBytesWithin reads it. */
export async function readBodyWithin(request: Request, maxBytes: number): Promise<string | null | typeof CLIENT_GONE> {
  const bytes = await readBytesWithin(request, maxBytes);
  return bytes instanceof Uint8Array ? new TextDecoder().decode(bytes) : bytes;
}
