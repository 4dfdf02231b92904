import type { IncomingMessage, ServerResponse } from "node:http";
import { isDecodablePath, isPagePath, normalisedTarget } from "../web-address";
import { answeringNotFoundWithPage } from "./answer-not-found";
import { isReadableForm, MAX_FORM_BYTES, readFormBody, withBody } from "./form-body";
import { brokenEscapeRefusal, GATED_HEADER, pageHeaders, pageRefusal, refusal, type Refusal } from "./page-gate";
import { acceptClientHeaders } from "./request-headers";
import { isSameSiteRequest } from "./same-origin";
import { singleValue } from "../http/request-fields";
import { clientOf, type TrustedProxies } from "./trusted-proxies";

// The one gate every request of the app's own server passes, in development and in production (scripts/serve.ts,
// decision 0019): it refuses what Next.js would answer with a 500 (the methods it cannot represent as a request,
// a path with a broken %-escape, a page's form post that is too large or cannot be read), decides who the client
// is, applies the page gate and sends the not-found page in place of Next.js's answer.

/** Next.js's request handler, as `next().getRequestHandler()` gives it. */
export type NextHandler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

const REFUSED_METHODS = new Set(["CONNECT", "TRACE", "TRACK"]);

const send = (response: ServerResponse, { status, body, headers }: Refusal) => {
  response.writeHead(status, headers);
  response.end(body);
};

const header = (value: string | string[] | undefined) => singleValue(value) ?? null;

// The administration's form handlers read their own bodies, with the limits they set (the import takes a file).
const readsItsOwnForm = (pathname: string) => /^(?:\/en)?\/admin\/handling\//.test(pathname);

/** A page's form post, once its body has been read and found to be a form of at most MAX_FORM_BYTES. */
async function withReadForm(request: IncomingMessage, response: ServerResponse): Promise<IncomingMessage | undefined> {
  const body = await readFormBody(request);
  if (body === "gone") return undefined;
  if (body === "tooLarge") {
    // Closing the connection spares reading the rest of the body.
    send(
      response,
      refusal(413, `For stor formular: højst ${MAX_FORM_BYTES / 1024} kB. / Form too large: at most ${MAX_FORM_BYTES / 1024} kB.`, {
        Connection: "close",
      }),
    );
    return undefined;
  }
  if (!(await isReadableForm(body, header(request.headers["content-type"]) ?? ""))) {
    send(response, refusal(400, "Formularen kunne ikke læses. / The form could not be read."));
    return undefined;
  }
  return withBody(request, body);
}

/** The server's request listener: the gate in front of Next.js's handler. */
export function gatedServer(handle: NextHandler, trusted: TrustedProxies) {
  return async function serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (REFUSED_METHODS.has(request.method ?? "")) return send(response, refusal(405, "Method not allowed.", { Allow: "GET, HEAD, POST" }));
    // Next.js resolves /api/../trin/x to the page /trin/x: the gate must see the path Next.js will route.
    const target = normalisedTarget(request.url ?? "/");
    if (target === undefined) return send(response, refusal(400, "Bad request: the address is not a path."));
    request.url = target;
    const pathname = target.split("?")[0]!;
    if (!isDecodablePath(pathname)) return send(response, brokenEscapeRefusal());
    const fromTrustedProxy = trusted(request.socket.remoteAddress ?? "");
    acceptClientHeaders(
      request.headers,
      clientOf(request.socket.remoteAddress, header(request.headers["x-forwarded-for"]) ?? undefined, trusted),
      fromTrustedProxy,
    );
    // A client that aborts its upload is its own affair: without a listener, Node.js would hand the error on
    // to be logged as four lines of stack for every such request.
    request.on("error", () => {});
    if (!isPagePath(pathname)) return void handle(request, response);
    const refused = pageRefusal({
      method: request.method ?? "GET",
      pathname,
      sameSite: isSameSiteRequest({ get: (name) => header(request.headers[name]) }, "http:"),
      contentType: header(request.headers["content-type"]),
    });
    if (refused) return send(response, refused);
    const headers = pageHeaders(pathname);
    for (const [name, value] of Object.entries(headers.request)) request.headers[name.toLowerCase()] = value;
    request.headers[GATED_HEADER] = "1";
    for (const [name, value] of Object.entries(headers.response)) response.setHeader(name, value);
    const gated = request.method === "POST" && !readsItsOwnForm(pathname) ? await withReadForm(request, response) : request;
    if (!gated) return;
    answeringNotFoundWithPage(gated, response, pathname);
    void handle(gated, response);
  };
}
