import { createServer } from "node:http";
import { commonSecurityHeaders, NON_PAGE_POLICY } from "../lib/security/headers";

// The production server: Next.js behind Node.js's own HTTP server, which refuses the methods that Next.js
// cannot represent as a request (TRACE, TRACK and CONNECT end in a 500 with a stack trace inside it).
Object.assign(process.env, { NODE_ENV: "production" });
const { default: next } = await import("next");

const REFUSED_METHODS = new Set(["CONNECT", "TRACE", "TRACK"]);
const port = Number(process.env.PORT ?? 3000);
const app = next({ dev: false, port });
await app.prepare();
const handle = app.getRequestHandler();

createServer((request, response) => {
  if (REFUSED_METHODS.has(request.method ?? "")) {
    response.writeHead(405, {
      ...commonSecurityHeaders(),
      "Content-Security-Policy": NON_PAGE_POLICY,
      "Content-Type": "text/plain; charset=utf-8",
      Allow: "GET, HEAD, POST",
    });
    response.end("Method not allowed.\n");
    return;
  }
  void handle(request, response);
}).listen(port, () => console.log(`Henvis is listening on http://localhost:${port}`));
