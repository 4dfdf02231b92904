import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

// Pages prerendered at build time cannot carry a per-request nonce, so their policy lists the hash of each
// of their inline scripts instead; the build writes them here (decision 0012).
export const STATIC_SCRIPT_HASHES_FILE = path.join(".next", "static-script-hashes.json");

const INLINE_SCRIPT = /<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g;

/** The CSP hash source of every inline script in an HTML document, e.g. 'sha256-…'. */
export function inlineScriptHashes(html: string): string[] {
  return [...html.matchAll(INLINE_SCRIPT)].map(
    ([, body]) =>
      `'sha256-${createHash("sha256")
        .update(body ?? "")
        .digest("base64")}'`,
  );
}

/** After `next build`: the hashes of each prerendered page's inline scripts, by the page's path (e.g. "/da"). */
export function recordStaticScriptHashes(root: string): Record<string, string[]> {
  const manifest = JSON.parse(readFileSync(path.join(root, ".next", "prerender-manifest.json"), "utf8")) as {
    routes: Record<string, unknown>;
  };
  const hashes: Record<string, string[]> = {};
  for (const route of Object.keys(manifest.routes)) {
    const file = path.join(root, ".next", "server", "app", `${route}.html`);
    if (existsSync(file)) hashes[route] = inlineScriptHashes(readFileSync(file, "utf8"));
  }
  writeFileSync(path.join(root, STATIC_SCRIPT_HASHES_FILE), JSON.stringify(hashes, null, 2));
  return hashes;
}

let loaded: Record<string, string[]> | undefined;

/** The hashes the build recorded, read once; none without a build (the development server renders every page). */
export function staticScriptHashes(root = process.cwd()): Record<string, string[]> {
  if (loaded) return loaded;
  const file = path.join(root, STATIC_SCRIPT_HASHES_FILE);
  loaded = existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Record<string, string[]>) : {};
  return loaded;
}
