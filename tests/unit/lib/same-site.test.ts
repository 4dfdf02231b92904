import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";
import proxy from "@/proxy";
import { isSameSiteRequest, serverOrigin } from "@/lib/security/same-origin";

const headers = (entries: Record<string, string>) => new Headers(entries);

describe("the same-site check", () => {
  it("compares the scheme as well as the host and port", () => {
    const from = (origin: string) => isSameSiteRequest(headers({ host: "henvis.dk", origin }), "http:");
    expect(from("http://henvis.dk")).toBe(true);
    expect(from("http://henvis.dk:80")).toBe(true);
    expect(from("https://henvis.dk")).toBe(false);
    expect(from("http://henvis.dk:8080")).toBe(false);
    expect(from("http://henvis.dk.evil.example")).toBe(false);
    expect(from("null")).toBe(false);
    expect(from("::::")).toBe(false);
  });

  it("refuses a post without an Origin header, and one to a server whose own origin is unknown", () => {
    expect(isSameSiteRequest(headers({ host: "henvis.dk" }), "http:")).toBe(false);
    expect(isSameSiteRequest(headers({ origin: "http://henvis.dk" }), "http:")).toBe(false);
  });

  it("takes the scheme and host a proxy forwards (kept only from a trusted proxy)", () => {
    const forwarded = { host: "app:3000", "x-forwarded-host": "henvis.dk", "x-forwarded-proto": "https" };
    expect(serverOrigin(headers(forwarded), "http:")).toBe("https://henvis.dk");
    expect(isSameSiteRequest(headers({ ...forwarded, origin: "https://henvis.dk" }), "http:")).toBe(true);
    expect(isSameSiteRequest(headers({ ...forwarded, origin: "http://henvis.dk" }), "http:")).toBe(false);
  });
});

describe("a page's form and the administration's form handlers", () => {
  // The handler opens the database client before it reads the session; with no session cookie it sends no query.
  beforeAll(() => void vi.stubEnv("DATABASE_URL", "postgresql://henvis@127.0.0.1:9/unused"));

  const ORIGINS: [string, string | undefined, boolean][] = [
    ["this site", "http://henvis.dk", true],
    ["another site", "http://evil.example", false],
    ["another scheme", "https://henvis.dk", false],
    ["an origin the browser hides", "null", false],
    ["no Origin header", undefined, false],
  ];
  const post = (path: string, origin: string | undefined) =>
    new NextRequest(`http://henvis.dk${path}`, {
      method: "POST",
      headers: { host: "henvis.dk", "content-type": "application/x-www-form-urlencoded", ...(origin ? { origin } : {}) },
      body: "change=disable",
    });

  it("refuse the same posts as coming from another site", async () => {
    const { POST } = await import("@/app/[locale]/admin/handling/konto/route");
    for (const [what, origin, sameSite] of ORIGINS) {
      const page = proxy(post("/trin/bekymring", origin));
      const handler = await POST(post("/admin/handling/konto", origin), { params: Promise.resolve({ locale: "da" }) });
      expect(page.status === 403, `a page, from ${what}`).toBe(!sameSite);
      // Past the same-site check, an anonymous post stops at the session (401).
      expect(handler.status, `the handler, from ${what}`).toBe(sameSite ? 401 : 403);
    }
  });
});
