import { readFileSync } from "node:fs";
import { createServer, type ServerResponse } from "node:http";
import { brokenEscapeRefusal, GATED_HEADER, pageHeaders, pageRefusal, refusal, type Refusal } from "../lib/security/page-gate";
import { isDecodablePath, isPagePath } from "../lib/web-address";

// The production server: Next.js behind Node.js's own HTTP server, which refuses what Next.js would answer
// with a 500: the methods it cannot represent as a request (TRACE, TRACK, CONNECT) and a path with a broken
// %-escape (such as /api/%ff). It applies the page gate itself, so that pages do not go through Next.js's proxy
// (decision 0019).
// Next.js reads its configuration as the build wrote it down, as in the server of its "standalone" output.
// Otherwise it would compile next.config.ts again at start with its native compiler, which then stays in the
// server's memory (about 35 MB of 150 at rest).
Object.assign(process.env, {
  NODE_ENV: "production",
  __NEXT_PRIVATE_STANDALONE_CONFIG: JSON.stringify(JSON.parse(readFileSync(".next/required-server-files.json", "utf8")).config),
});
const { default: next } = await import("next");

const REFUSED_METHODS = new Set(["CONNECT", "TRACE", "TRACK"]);
const port = Number(process.env.PORT ?? 3000);
const app = next({ dev: false, port });
await app.prepare();
const handle = app.getRequestHandler();

const send = (response: ServerResponse, { status, body, headers }: Refusal) => {
  response.writeHead(status, headers);
  response.end(body);
};

const header = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? null;

const server = createServer((request, response) => {
  if (REFUSED_METHODS.has(request.method ?? "")) return send(response, refusal(405, "Method not allowed.", { Allow: "GET, HEAD, POST" }));
  const pathname = (request.url ?? "/").split("?")[0]!;
  if (!isDecodablePath(pathname)) return send(response, brokenEscapeRefusal());
  // A client that aborts its upload is its own affair: without a listener, Node.js would hand the error on
  // to be logged as four lines of stack for every such request.
  request.on("error", () => {});
  if (isPagePath(pathname)) {
    const refused = pageRefusal({
      method: request.method ?? "GET",
      pathname,
      origin: header(request.headers.origin),
      host: header(request.headers["x-forwarded-host"]) ?? header(request.headers.host),
      contentType: header(request.headers["content-type"]),
    });
    if (refused) return send(response, refused);
    const headers = pageHeaders(pathname);
    for (const [name, value] of Object.entries(headers.request)) request.headers[name.toLowerCase()] = value;
    request.headers[GATED_HEADER] = "1";
    for (const [name, value] of Object.entries(headers.response)) response.setHeader(name, value);
  }
  void handle(request, response);
}).listen(port, () => console.log(`Henvis is listening on http://localhost:${port}`));

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
