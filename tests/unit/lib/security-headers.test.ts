import { describe, expect, it } from "vitest";
import { commonSecurityHeaders, NON_PAGE_POLICY, SERVICE_WORKER_POLICY, pagePolicy } from "@/lib/security/headers";
import { inlineScriptHashes } from "@/lib/security/static-script-hashes";
import nextConfig, { ICON_CACHE } from "@/next.config";

describe("the content security policy", () => {
  it("lets a page run scripts from the site and inline scripts only with the nonce or a recorded hash", () => {
    expect(pagePolicy({ nonce: "abc" })).toMatch(/script-src 'self' 'nonce-abc'( 'unsafe-eval')?;/);
    expect(pagePolicy({ hashes: ["'sha256-a'", "'sha256-b'"] })).toMatch(/script-src 'self' 'sha256-a' 'sha256-b'( 'unsafe-eval')?;/);
    expect(pagePolicy({ nonce: "abc" })).not.toMatch(/script-src[^;]*unsafe-inline/);
  });

  it("hashes every inline script of a page as the browser does, and leaves out scripts loaded from a file", () => {
    const html = `<script src="/_next/static/a.js" async=""></script><script>self.__next_f.push([1,"x"])</script><script nonce="n">(()=>{})()</script>`;
    // sha256 of the two script bodies, in base64 (computed with `printf '%s' '<body>' | openssl dgst -sha256 -binary | base64`).
    expect(inlineScriptHashes(html)).toEqual([
      "'sha256-G8L1SiKTJMbDlG4FGFKHgqgbC5cAhf7b3dVem2cCN2c='",
      "'sha256-+JUiFHYpIbT2S3PilXs15NFfhr2N9tugMLX51TFoHGc='",
    ]);
  });

  it("is given by next.config.ts to the API and the files the proxy does not see; the service worker may fetch", async () => {
    const rules = await nextConfig.headers!();
    const security = rules.filter((rule) => rule.headers.some(({ key }) => key === "Content-Security-Policy"));
    const policies = Object.fromEntries(
      security.map((rule) => {
        const { "Content-Security-Policy": policy, ...others } = Object.fromEntries(rule.headers.map(({ key, value }) => [key, value]));
        expect(others, rule.source).toEqual(commonSecurityHeaders());
        return [rule.source, policy];
      }),
    );
    expect(policies).toEqual({
      "/_next/:path*": NON_PAGE_POLICY,
      "/api/:path*": NON_PAGE_POLICY,
      "/manifest.webmanifest": NON_PAGE_POLICY,
      "/icon/:path*": NON_PAGE_POLICY,
      "/sw.js": SERVICE_WORKER_POLICY,
    });
    expect(rules.filter((rule) => !security.includes(rule))).toEqual([
      { source: "/icon/:path*", headers: [{ key: "Cache-Control", value: ICON_CACHE }] },
    ]);
  });
});
