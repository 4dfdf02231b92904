import { injectManifest } from "@serwist/build";
import { build } from "esbuild";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { offlinePath } from "../lib/offline/paths";
import { startPath } from "../lib/i18n/locales";
import { ICON_SIZES, iconPath } from "../lib/offline/app-identity";
import { SERVICE_WORKER_FILE } from "../lib/offline/service-worker-file";
import { LOCALES } from "../machines/locale";

/**
 * After `next build`: bundles lib/offline/service-worker/sw.ts and writes into it the list of what it keeps, each with a
 * revision: the scripts, styles and fonts of the build (named by their content), and the start pages, the
 * offline journey page of each language, the manifest and the icons (revised with each build).
 */
export async function buildServiceWorker(root: string): Promise<{ count: number; size: number }> {
  const buildId = readFileSync(path.join(root, ".next", "BUILD_ID"), "utf8").trim();
  const scratch = mkdtempSync(path.join(tmpdir(), "henvis-sw-"));
  try {
    const bundled = path.join(scratch, "sw.js");
    await build({
      entryPoints: [path.join(root, "lib", "offline", "service-worker", "sw.ts")],
      tsconfig: path.join(root, "lib", "offline", "service-worker", "tsconfig.json"),
      bundle: true,
      minify: true,
      format: "iife",
      target: "es2022",
      outfile: bundled,
      define: { "process.env.NODE_ENV": '"production"' },
      logLevel: "warning",
    });
    const pages = LOCALES.flatMap((locale) => [startPath(locale), offlinePath(locale)]);
    const files = ["/manifest.webmanifest", ...ICON_SIZES.map(iconPath)];
    const { count, size, warnings } = await injectManifest({
      swSrc: bundled,
      swDest: path.join(root, SERVICE_WORKER_FILE),
      globDirectory: path.join(root, ".next"),
      globPatterns: ["static/**/*.{js,css,woff,woff2,svg,png}"],
      modifyURLPrefix: { "static/": "/_next/static/" },
      dontCacheBustURLsMatching: /^\/_next\/static\//,
      additionalPrecacheEntries: [...pages, ...files].map((url) => ({ url, revision: buildId })),
    });
    for (const warning of warnings) console.warn(`Service worker: ${warning}`);
    return { count, size };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
