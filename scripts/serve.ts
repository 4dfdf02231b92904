import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { singleValue } from "../lib/page-query";
import { answeringNotFoundWithPage } from "../lib/security/answer-not-found";
import { isReadableForm, MAX_FORM_BYTES, readFormBody, withBody } from "../lib/security/form-body";
import { brokenEscapeRefusal, GATED_HEADER, pageHeaders, pageRefusal, refusal, type Refusal } from "../lib/security/page-gate";
import { acceptClientHeaders } from "../lib/security/request-headers";
import { isSameSiteRequest } from "../lib/security/same-origin";
import { clientOf, trustedProxies } from "../lib/security/trusted-proxies";
import { isDecodablePath, isPagePath, normalisedTarget } from "../lib/web-address";

// The production server: Next.js behind Node.js's own HTTP server, which refuses what Next.js would answer
// with a 500: the methods it cannot represent as a request (TRACE, TRACK, CONNECT), a path with a broken
// %-escape (such as /api/%ff), and a page's form post that is too large or cannot be read. It is the one place
// that decides who the client is (TRUSTED_PROXIES), and it applies the page gate itself, so that pages do not go
// through Next.js's proxy (decision 0019).
// Next.js reads its configuration as the build wrote it down, as in the server of its "standalone" output.
// Otherwise it would compile next.config.ts again at start with its native compiler, which then stays in the
// server's memory (about 35 MB of 150 at rest).
Object.assign(process.env, {
  NODE_ENV: "production",
  __NEXT_PRIVATE_STANDALONE_CONFIG: JSON.stringify(JSON.parse(readFileSync(".next/required-server-files.json", "utf8")).config),
});
const { default: next } = await import("next");

const REFUSED_METHODS = new Set(["CONNECT", "TRACE", "TRACK"]);
const trusted = trustedProxies(process.env.TRUSTED_PROXIES);
const port = Number(process.env.PORT ?? 3000);
const app = next({ dev: false, port });
await app.prepare();
const handle = app.getRequestHandler();

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

async function serve(request: IncomingMessage, response: ServerResponse) {
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
}

const server = createServer((request, response) => void serve(request, response)).listen(port, () =>
  console.log(`Henvis is listening on http://localhost:${port}`),
);

// Run as a container's first process, the server gets no default handling of SIGTERM from Node.js. It stops
// taking requests, lets those under way finish for at most 10 s, and ends.
const SHUTDOWN_GRACE_MS = 10_000;
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), SHUTDOWN_GRACE_MS).unref();
  });
}
