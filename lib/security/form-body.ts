import { IncomingMessage } from "node:http";

// A page's form post, read by the production server before Next.js sees it: Next.js answers a multipart body it
// cannot parse, or one over its own limit, with a 500.

/** The most a form post may hold: the journey's, the room's and the administration's forms send a few hundred bytes. */
export const MAX_FORM_BYTES = 64 * 1024;

/**
 * The body of a page's form post, read up to `limit` bytes: "tooLarge" as soon as Content-Length or the bytes
 * streamed so far say it is larger, without reading the rest; "gone" when the client aborts.
 */
export function readFormBody(request: IncomingMessage, limit = MAX_FORM_BYTES): Promise<Buffer | "tooLarge" | "gone"> {
  if (Number(request.headers["content-length"]) > limit) return Promise.resolve("tooLarge");
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      request.pause();
      resolve("tooLarge");
    });
    request.on("end", () => resolve(Buffer.concat(chunks)));
    request.on("error", () => resolve("gone"));
    request.on("close", () => resolve("gone"));
  });
}

/** The form the bytes make under a Content-Type, or undefined when they are no form. */
export async function formOf(body: Uint8Array, contentType: string | null): Promise<FormData | undefined> {
  try {
    return await new Response(new Uint8Array(body), { headers: contentType ? { "Content-Type": contentType } : {} }).formData();
  } catch {
    return undefined;
  }
}

/** Whether a multipart body can be read as form data; any other kind of form (URL-encoded) always can. */
export async function isReadableForm(body: Buffer, contentType: string): Promise<boolean> {
  return !/^multipart\/form-data\b/i.test(contentType) || (await formOf(body, contentType)) !== undefined;
}

/** The same request with a body already read: Next.js reads it as it would have read the connection's. */
export function withBody(request: IncomingMessage, body: Buffer): IncomingMessage {
  const replay = new IncomingMessage(request.socket);
  const headers = { ...request.headers, "content-length": String(body.length) };
  delete headers["transfer-encoding"];
  Object.assign(replay, {
    method: request.method,
    url: request.url,
    headers,
    rawHeaders: request.rawHeaders,
    httpVersion: request.httpVersion,
    httpVersionMajor: request.httpVersionMajor,
    httpVersionMinor: request.httpVersionMinor,
    // Otherwise, once read, the message counts as aborted and takes the connection down with it.
    complete: true,
  });
  replay.push(body);
  replay.push(null);
  return replay;
}
