import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { commonSecurityHeaders, NON_PAGE_POLICY, SERVICE_WORKER_POLICY } from "./lib/security/headers";
import { NOT_A_PAGE } from "./lib/web-address";
import { DEFAULT_LOCALE, LOCALES } from "./machines/locale";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

export const ICON_CACHE = "public, max-age=86400";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // forbidden(): an administration page outside the administrator's role or units answers 403.
  experimental: { authInterrupts: true },
  // Database drivers load WebAssembly and native sockets at run time: keep them out of the bundle.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@prisma/adapter-pg", "pg"],
  // Danish at /, English under /en: an address without a locale is served by the [locale] routes under /da, and
  // /da itself leads back to the address without it. What is not a page is left as it is.
  async redirects() {
    return [
      { source: `/${DEFAULT_LOCALE}`, destination: "/", permanent: false },
      { source: `/${DEFAULT_LOCALE}/:path*`, destination: "/:path*", permanent: false },
    ];
  },
  async rewrites() {
    const locales = LOCALES.join("|");
    return [
      { source: "/", destination: `/${DEFAULT_LOCALE}` },
      { source: `/:path((?!(?:${locales})(?:/|$)|${NOT_A_PAGE}).*)`, destination: `/${DEFAULT_LOCALE}/:path` },
    ];
  },
  // The API and the files (under /_next, the service worker, the manifest and the icons) are not pages: the page
  // gate (lib/security/page-gate.ts) gives the pages their headers, and these rules give the rest theirs.
  async headers() {
    const withPolicy = (policy: string) =>
      Object.entries({ ...commonSecurityHeaders(), "Content-Security-Policy": policy }).map(([key, value]) => ({ key, value }));
    const headers = withPolicy(NON_PAGE_POLICY);
    return [
      { source: "/_next/:path*", headers },
      { source: "/api/:path*", headers },
      { source: "/manifest.webmanifest", headers },
      { source: "/icon/:path*", headers },
      { source: "/sw.js", headers: withPolicy(SERVICE_WORKER_POLICY) },
      // The browser asks for the page's icon again each time the journey in the page changes the address: a day's copy answers it.
      { source: "/icon/:path*", headers: [{ key: "Cache-Control", value: ICON_CACHE }] },
    ];
  },
};

export default withNextIntl(nextConfig);
