import { readFileSync } from "node:fs";
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { build } from "esbuild";
import { afterEach, describe, expect, it, vi } from "vitest";
import { gatedServer } from "@/lib/security/server-gate";
import { trustedProxies } from "@/lib/security/trusted-proxies";
import { SERVER_BUNDLE, SERVER_ENTRY } from "@/scripts/build-server";
import { serverCommand } from "@/scripts/run-next";

type Case = { name: string; path: string; method?: string; headers?: Record<string, string>; body?: string };

/** What Next.js was handed, if anything, and what the client got. */
type Outcome = {
  status: number;
  reachedNext: boolean;
  /** The page's policy with a nonce, the same to Next.js and to the browser. */
  pagePolicyWithNonce: boolean;
  locale?: string;
  gated?: string;
  forwardedHost?: string;
  bodyBytes?: number;
  frameOptions: string | string[] | null;
};

const form = "application/x-www-form-urlencoded";
/** Stands for the gated server's own origin, known once it listens. */
const THIS_SERVER = "this server";
const CASES: Case[] = [
  { name: "a question page", path: "/trin/alder" },
  { name: "an English page", path: "/en/trin/alder" },
  { name: "TRACE", path: "/", method: "TRACE" },
  { name: "PUT on a page", path: "/trin/alder", method: "PUT" },
  { name: "a broken %-escape", path: "/api/%ff" },
  {
    name: "a form from another site",
    path: "/trin/alder",
    method: "POST",
    headers: { origin: "https://example.org", "content-type": form },
    body: "a=1",
  },
  { name: "a form without an Origin header", path: "/trin/alder", method: "POST", headers: { "content-type": form }, body: "a=1" },
  {
    name: "JSON posted to a page",
    path: "/trin/alder",
    method: "POST",
    headers: { origin: THIS_SERVER, "content-type": "application/json" },
    body: "{}",
  },
  {
    name: "a form over 64 kB",
    path: "/trin/alder",
    method: "POST",
    headers: { origin: THIS_SERVER, "content-type": form },
    body: `a=${"x".repeat(70_000)}`,
  },
  {
    name: "a form of the site",
    path: "/trin/alder",
    method: "POST",
    headers: { origin: THIS_SERVER, "content-type": form },
    body: "alder=under18",
  },
  {
    name: "the API, with headers only the server may set",
    path: "/api/health",
    headers: { "x-henvis-gated": "1", "content-security-policy": "script-src *", "x-forwarded-host": "evil.example" },
  },
];

// One table for both modes: the development server and the production server gate a request alike.
const EXPECTED: Record<string, Omit<Outcome, "frameOptions">> = {
  "a question page": { status: 200, reachedNext: true, pagePolicyWithNonce: true, locale: "da", gated: "1" },
  "an English page": { status: 200, reachedNext: true, pagePolicyWithNonce: true, locale: "en", gated: "1" },
  TRACE: { status: 405, reachedNext: false, pagePolicyWithNonce: false },
  "PUT on a page": { status: 405, reachedNext: false, pagePolicyWithNonce: false },
  "a broken %-escape": { status: 400, reachedNext: false, pagePolicyWithNonce: false },
  "a form from another site": { status: 403, reachedNext: false, pagePolicyWithNonce: false },
  "a form without an Origin header": { status: 403, reachedNext: false, pagePolicyWithNonce: false },
  "JSON posted to a page": { status: 400, reachedNext: false, pagePolicyWithNonce: false },
  "a form over 64 kB": { status: 413, reachedNext: false, pagePolicyWithNonce: false },
  "a form of the site": { status: 200, reachedNext: true, pagePolicyWithNonce: true, locale: "da", gated: "1", bodyBytes: 13 },
  "the API, with headers only the server may set": { status: 200, reachedNext: true, pagePolicyWithNonce: false },
};

let server: Server | undefined;
afterEach(() => {
  vi.unstubAllEnvs();
  server?.close();
});

/** A request as a client sends it: fetch would refuse TRACE. */
function send(url: string, method: string, headers: Record<string, string>, body?: string): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { method, headers }, (response) => response.resume().on("end", () => resolve(response)));
    request.on("error", reject);
    request.end(body);
  });
}

/** Runs every case through the gate in front of a stand-in for Next.js that tells what it was handed. */
async function outcomes(mode: "development" | "production"): Promise<Record<string, Outcome>> {
  vi.stubEnv("NODE_ENV", mode);
  const seen = new Map<string, IncomingMessage & { bodyBytes?: number }>();
  const next = async (request: IncomingMessage, response: ServerResponse) => {
    let bytes = 0;
    for await (const chunk of request) bytes += (chunk as Buffer).length;
    seen.set(request.headers["x-case"] as string, Object.assign(request, { bodyBytes: bytes }));
    response.writeHead(200, { "Content-Type": "text/html" }).end("<p>page</p>");
  };
  server = createServer(gatedServer(next, trustedProxies(undefined)));
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const results: Record<string, Outcome> = {};
  for (const { name, path, method = "GET", headers = {}, body } of CASES) {
    const sent = Object.fromEntries(Object.entries(headers).map(([key, value]) => [key, value === THIS_SERVER ? base : value]));
    const response = await send(base + path, method, { ...sent, "x-case": name }, body);
    const handed = seen.get(name);
    const policy = handed?.headers["content-security-policy"];
    const outcome: Outcome = {
      status: response.statusCode!,
      reachedNext: handed !== undefined,
      pagePolicyWithNonce: typeof policy === "string" && /'nonce-/.test(policy) && policy === response.headers["content-security-policy"],
      frameOptions: response.headers["x-frame-options"] ?? null,
    };
    if (handed?.headers["x-next-intl-locale"]) outcome.locale = handed.headers["x-next-intl-locale"] as string;
    if (handed?.headers["x-henvis-gated"]) outcome.gated = handed.headers["x-henvis-gated"] as string;
    if (handed?.headers["x-forwarded-host"]) outcome.forwardedHost = handed.headers["x-forwarded-host"] as string;
    if (handed?.bodyBytes) outcome.bodyBytes = handed.bodyBytes;
    results[name] = outcome;
  }
  return results;
}

describe("the one gate of the app's own server", () => {
  it.each(["development", "production"] as const)("decides every request alike in %s", async (mode) => {
    const results = await outcomes(mode);
    for (const [name, expected] of Object.entries(EXPECTED)) {
      const { frameOptions, ...outcome } = results[name]!;
      expect(outcome, name).toEqual(expected);
      // Refusals and pages carry the security headers; the API's come from next.config.ts.
      if (!name.startsWith("the API")) expect(frameOptions, name).toBe("DENY");
    }
  });

  it("is what `npm run dev`, `npm start` and the container's command all run", async () => {
    const [, devArgs] = serverCommand("dev");
    expect(devArgs.slice(1)).toEqual([SERVER_ENTRY, "--dev"]);
    expect(serverCommand("start")[1]).toEqual([SERVER_BUNDLE]);
    expect(readFileSync("scripts/container-start.sh", "utf8")).toMatch(new RegExp(`^exec node ${SERVER_BUNDLE.replace(".", "\\.")}$`, "m"));
    const { metafile } = await build({
      entryPoints: [SERVER_ENTRY],
      bundle: true,
      packages: "external",
      platform: "node",
      format: "esm",
      write: false,
      metafile: true,
    });
    expect(Object.keys(metafile.inputs)).toContain("lib/security/server-gate.ts");
  });
});
