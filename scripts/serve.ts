import { createServer, type ServerResponse } from "node:http";
import { commonSecurityHeaders, NON_PAGE_POLICY } from "../lib/security/headers";
import { isDecodablePath } from "../lib/web-address";

// The production server: Next.js behind Node.js's own HTTP server, which refuses what Next.js would answer
// with a 500: the methods it cannot represent as a request (TRACE, TRACK, CONNECT) and a path with a broken
// %-escape (such as /api/%ff).
Object.assign(process.env, { NODE_ENV: "production" });
const { default: next } = await import("next");

const REFUSED_METHODS = new Set(["CONNECT", "TRACE", "TRACK"]);
const port = Number(process.env.PORT ?? 3000);
const app = next({ dev: false, port });
await app.prepare();
const handle = app.getRequestHandler();

const refuse = (response: ServerResponse, status: number, text: string, headers: Record<string, string> = {}) => {
  response.writeHead(status, {
    ...commonSecurityHeaders(),
    "Content-Security-Policy": NON_PAGE_POLICY,
    "Content-Type": "text/plain; charset=utf-8",
    ...headers,
  });
  response.end(`${text}\n`);
};

createServer((request, response) => {
  if (REFUSED_METHODS.has(request.method ?? "")) return refuse(response, 405, "Method not allowed.", { Allow: "GET, HEAD, POST" });
  if (!isDecodablePath((request.url ?? "/").split("?")[0]!))
    return refuse(response, 400, "Bad request: the address has a broken %-escape.");
  // A client that aborts its upload is its own affair: without a listener, Node.js would hand the error on
  // to be logged as four lines of stack for every such request.
  request.on("error", () => {});
  void handle(request, response);
}).listen(port, () => console.log(`Henvis is listening on http://localhost:${port}`));
