import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { commonSecurityHeaders, NON_PAGE_POLICY } from "./lib/security/headers";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Database drivers load WebAssembly and native sockets at run time: keep them out of the bundle.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@prisma/adapter-pg", "pg"],
  // The API and the files under /_next do not pass through the proxy, which sets these headers on the pages.
  async headers() {
    const headers = Object.entries({ ...commonSecurityHeaders(), "Content-Security-Policy": NON_PAGE_POLICY }).map(([key, value]) => ({
      key,
      value,
    }));
    return [
      { source: "/_next/:path*", headers },
      { source: "/api/:path*", headers },
    ];
  },
};

export default withNextIntl(nextConfig);
