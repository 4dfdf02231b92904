import { build } from "esbuild";
import path from "node:path";

/** Where the production server is written: plain JavaScript, so that serving needs no TypeScript loader. */
export const SERVER_BUNDLE = path.join(".next", "henvis-server.mjs");

/**
 * After `next build`: bundles scripts/serve.ts with the few lib modules it imports; Next.js itself stays a
 * package import. Run by tsx, the server kept about 110 MB of loader and compiler in memory for its whole life.
 */
export async function buildServer(root: string): Promise<void> {
  await build({
    entryPoints: [path.join(root, "scripts", "serve.ts")],
    bundle: true,
    packages: "external",
    platform: "node",
    format: "esm",
    target: "node20",
    outfile: path.join(root, SERVER_BUNDLE),
    logLevel: "warning",
  });
}
