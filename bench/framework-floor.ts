import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * Next.js alone, with the app's versions of Next.js and React: a layout, a prerendered page and a page rendered
 * per request, and nothing else (no proxy, no messages, no data). What separates the two pages is the price of
 * rendering per request, which no change to the app can go below. It is built inside the project, so that it
 * finds the project's packages, under .data/ (not committed).
 */
export const FRAMEWORK_FLOOR_DIR = path.join(".data", "framework-floor");
export const FRAMEWORK_STATIC_PATH = "/";
export const FRAMEWORK_PER_REQUEST_PATH = "/per-request?a=1.d1.c1";

const FILES: Record<string, string> = {
  "package.json": `{ "private": true }\n`,
  // Without a configuration of its own, Next.js would take the app's from the folder above.
  "next.config.mjs": `export default {};\n`,
  "app/layout.js": `export default function Layout({ children }) {\n  return <html lang="da"><body>{children}</body></html>;\n}\n`,
  "app/page.js": `export default function Page() {\n  return <main><h1>Prerendered</h1></main>;\n}\n`,
  "app/per-request/page.js": `export default async function Page({ searchParams }) {\n  const { a } = await searchParams;\n  return <main><h1>Rendered per request</h1><p>{a}</p></main>;\n}\n`,
};

/** Writes, builds and starts the bare app on `port`, in a process group of its own. */
export function startFrameworkFloor(port: number): ChildProcess {
  rmSync(FRAMEWORK_FLOOR_DIR, { recursive: true, force: true });
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(FRAMEWORK_FLOOR_DIR, file)), { recursive: true });
    writeFileSync(path.join(FRAMEWORK_FLOOR_DIR, file), text);
  }
  symlinkSync(path.resolve("node_modules"), path.join(FRAMEWORK_FLOOR_DIR, "node_modules"));
  const next = path.resolve("node_modules", "next", "dist", "bin", "next");
  const built = spawnSync(process.execPath, [next, "build"], {
    cwd: FRAMEWORK_FLOOR_DIR,
    stdio: "ignore",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (built.status !== 0) throw new Error(`Building the bare Next.js app in ${FRAMEWORK_FLOOR_DIR} failed`);
  return spawn(process.execPath, [next, "start", FRAMEWORK_FLOOR_DIR, "--port", String(port), "--hostname", "127.0.0.1"], {
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
    detached: true,
  });
}
