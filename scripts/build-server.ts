import { build } from "esbuild";
import path from "node:path";

/** The app's own server, in development run as it is (scripts/run-next.ts), in production bundled. */
export const SERVER_ENTRY = path.join("scripts", "serve.ts");

/** Where the production server is written: plain JavaScript, so that serving needs no TypeScript loader. */
export const SERVER_BUNDLE = path.join(".next", "henvis-server.mjs");

/** The database tasks an operator runs beside the image's server, by the name of their bundle in TASKS_DIR. */
export const TASKS = ["prepare", "audit-verify", "admin-create"] as const;
export const TASKS_DIR = path.join(".next", "henvis-tasks");

const common = { bundle: true, packages: "external", platform: "node", format: "esm", target: "node20", logLevel: "warning" } as const;

/**
 * After `next build`: bundles scripts/serve.ts with the lib modules it imports, and the database tasks of
 * prisma/scripts that the image runs, so that neither needs a TypeScript loader (tsx stays a development
 * dependency). Packages stay imports, so Next.js and Prisma are the ones in `node_modules`. Run by tsx, the server
 * kept about 110 MB of loader and compiler in memory for its whole life.
 */
export async function buildServer(root: string): Promise<void> {
  await build({ ...common, entryPoints: [path.join(root, SERVER_ENTRY)], outfile: path.join(root, SERVER_BUNDLE) });
  // The tasks import server modules, as the react-server condition resolves them: run with --conditions=react-server.
  await build({
    ...common,
    entryPoints: TASKS.map((task) => path.join(root, "prisma", "scripts", `${task}.ts`)),
    conditions: ["react-server"],
    outdir: path.join(root, TASKS_DIR),
    outExtension: { ".js": ".mjs" },
    splitting: true,
    chunkNames: "chunks/[name]-[hash]",
  });
}
