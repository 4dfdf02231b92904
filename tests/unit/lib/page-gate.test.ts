import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import nextConfig from "@/next.config";
import proxy, { config as proxyConfig } from "@/proxy";
import { GATED_HEADER, pageHeaders, pageRefusal, type PageRequest } from "@/lib/security/page-gate";
import { isPagePath } from "@/lib/web-address";

const get = (pathname: string): PageRequest => ({
  method: "GET",
  pathname,
  sameSite: false,
  contentType: null,
});
const post = (changes: Partial<PageRequest>): PageRequest => ({
  ...get("/trin/bekymring"),
  method: "POST",
  sameSite: true,
  contentType: "multipart/form-data; boundary=x",
  ...changes,
});

describe("the page gate", () => {
  it("lets a page's GET, HEAD and form posts from its own site through", () => {
    expect(pageRefusal(get("/"))).toBeUndefined();
    expect(pageRefusal({ ...get("/en/trin/alder"), method: "HEAD" })).toBeUndefined();
    expect(pageRefusal(post({}))).toBeUndefined();
    expect(pageRefusal(post({ contentType: "application/x-www-form-urlencoded" }))).toBeUndefined();
  });

  it("refuses what Next.js would answer with a 500, in plain text with the security headers", () => {
    const cases: [PageRequest, number][] = [
      [get("/trin/%E0%A4%A"), 400],
      [{ ...get("/"), method: "PUT" }, 405],
      [post({ sameSite: false }), 403],
      [post({ contentType: "application/json" }), 400],
      [post({ contentType: null }), 400],
    ];
    for (const [request, status] of cases) {
      const refused = pageRefusal(request);
      expect(refused?.status, `${request.method} ${request.pathname}`).toBe(status);
      expect(refused?.headers["Content-Type"]).toBe("text/plain; charset=utf-8");
      expect(refused?.headers["Content-Security-Policy"]).toMatch(/^default-src 'none'/);
      expect(refused?.headers["X-Frame-Options"]).toBe("DENY");
    }
    expect(pageRefusal({ ...get("/"), method: "DELETE" })?.headers.Allow).toBe("GET, HEAD, POST");
  });

  it("gives a page rendered per request a fresh nonce, and tells next-intl the locale of the address", () => {
    const [first, second] = [pageHeaders("/en/findes-ikke"), pageHeaders("/en/findes-ikke")];
    expect(first.request["Content-Security-Policy"]).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}'/);
    expect(first.request["Content-Security-Policy"]).toBe(first.response["Content-Security-Policy"]);
    expect(first.request["Content-Security-Policy"]).not.toBe(second.request["Content-Security-Policy"]);
    expect(first.request["X-NEXT-INTL-LOCALE"]).toBe("en");
    expect(pageHeaders("/trin/alder").request["X-NEXT-INTL-LOCALE"]).toBe("da");
    expect(pageHeaders("/english").request["X-NEXT-INTL-LOCALE"]).toBe("da");
  });

  it("lets a file under a page's path, such as a session summary's CSV, send no referrer, and a page its own site only", () => {
    expect(pageHeaders("/en/traening/styr/abc/opsummering.csv").response["Referrer-Policy"]).toBe("no-referrer");
    for (const path of ["/", "/en/traening/styr/abc", "/en/traening/styr/abc/opsummering", "/en/traening/styr/a.b/opsummering"]) {
      expect(pageHeaders(path).response["Referrer-Policy"], path).toBe("same-origin");
    }
  });
});

describe("the proxy, for servers that do not gate pages themselves", () => {
  const [rule] = proxyConfig.matcher;
  const matches = (pathname: string) => new RegExp(`^${rule!.source}$`).test(pathname);

  it("skips the requests the production server has gated", () => {
    expect(rule!.missing).toEqual([{ type: "header", key: GATED_HEADER }]);
  });

  it("sees the same paths as pages as the production server does", () => {
    const paths = ["/", "/en", "/trin/alder", "/wp-login.php", "/api/health", "/api/v1/route", "/_next/static/a.js", "/sw.js"];
    for (const path of [...paths, "/manifest.webmanifest", "/icon/192", "/apifoo", "/sw.jsx", "/icons"]) {
      expect(matches(path), path).toBe(isPagePath(path));
    }
    expect(paths.filter(isPagePath)).toEqual(["/", "/en", "/trin/alder", "/wp-login.php"]);
  });
});

describe("the proxy's answer", () => {
  const request = (path: string, init: ConstructorParameters<typeof NextRequest>[1] = {}) =>
    new NextRequest(new URL(path, "http://henvis.dk"), init);

  it("passes a page on with its policy in the request, for Next.js's nonce, and in the response", () => {
    const response = proxy(request("/en/trin/alder"));
    const policy = response.headers.get("Content-Security-Policy");
    expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}'/);
    expect(response.headers.get("x-middleware-request-content-security-policy")).toBe(policy);
    expect(response.headers.get("x-middleware-request-x-next-intl-locale")).toBe("en");
    expect(response.headers.get("X-Frame-Options")).toBe("DENY");
  });

  it("refuses a form post from another site before it reaches the page", async () => {
    const response = proxy(
      request("/trin/alder", { method: "POST", headers: { origin: "https://example.org", "content-type": "multipart/form-data" } }),
    );
    expect(response.status).toBe(403);
    expect(await response.text()).toMatch(/^Forbidden/);
    expect(response.headers.get("x-middleware-next")).toBeNull();
  });
});

describe("the locale in the address (next.config.ts)", () => {
  it("serves an address without a locale from the Danish routes, and leaves English, files and the API alone", async () => {
    const rewrites = (await nextConfig.rewrites!()) as { source: string; destination: string }[];
    const [root, rest] = rewrites;
    expect(root).toEqual({ source: "/", destination: "/da" });
    const pattern = new RegExp(`^/${rest!.source.match(/^\/:path\((.*)\)$/)![1]}$`);
    const rewritten = ["/trin/alder", "/resultat", "/english", "/danmark", "/wp-login.php", "/traening/model"];
    const leftAlone = ["/en", "/en/trin/alder", "/da", "/da/trin/alder", "/api/health", "/_next/static/a.js", "/sw.js", "/icon/192"];
    for (const path of rewritten) expect(pattern.test(path), path).toBe(true);
    for (const path of leftAlone) expect(pattern.test(path), path).toBe(false);
    expect(rest!.destination).toBe("/da/:path");
  });
});
