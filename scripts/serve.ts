import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { gatedServer } from "../lib/security/server-gate";
import { trustedProxies } from "../lib/security/trusted-proxies";

// The app's own server, in development (`npm run dev`, with --dev) and in production: Next.js behind Node.js's own
// HTTP server and the one gate every request passes (lib/security/server-gate.ts, decision 0019).
const dev = process.argv.includes("--dev");
// In production Next.js reads its configuration as the build wrote it down, as in the server of its "standalone"
// output. Otherwise it would compile next.config.ts again at start with its native compiler, which then stays in
// the server's memory (about 35 MB of 150 at rest). Next.js offers no public way to do this (decision 0016).
Object.assign(
  process.env,
  dev
    ? { NODE_ENV: "development" }
    : {
        NODE_ENV: "production",
        __NEXT_PRIVATE_STANDALONE_CONFIG: JSON.stringify(JSON.parse(readFileSync(".next/required-server-files.json", "utf8")).config),
      },
);
const { default: next } = await import("next");

const port = Number(process.env.PORT ?? 3000);
const trusted = trustedProxies(process.env.TRUSTED_PROXIES);
const app = next({ dev, port });
await app.prepare();
const serve = gatedServer(app.getRequestHandler(), trusted);

const server = createServer((request, response) => void serve(request, response)).listen(port, () =>
  console.log(`Henvis is listening on http://localhost:${port}${dev ? " (development)" : ""}`),
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
