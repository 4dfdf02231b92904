// The container's command (scripts/container-start.sh), run in a copy of what the image holds after
// `npm prune --omit=dev`: the database tasks run in a process that ends, and the shell becomes the production
// server, with no npm process beside it and no development dependency such as tsx at hand. The server takes Next.js's
// configuration as the build wrote it down (decision 0016), so it neither compiles next.config.ts again nor keeps
// Next.js's native compiler in its memory, and the configuration still holds. On SIGTERM it ends by itself, as a
// container's first process must.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { once } from "node:events";
import { PORTS } from "../../playwright.config";
import { parents, residentBytes } from "../../bench/process-memory";
import { waitUntilUp } from "../../scripts/wait-until-up";
import { expect, test } from "./support/fixtures";
import { productionTree } from "./support/production-tree";

test.describe.configure({ mode: "serial" });

const base = `http://127.0.0.1:${PORTS.serverBundle}`;
const tree = ".data/e2e-production-tree";
let server: ChildProcess;
let tasksOutput = "";

test.beforeAll(async () => {
  // Migrating and seeding a fresh database comes first.
  test.setTimeout(180_000);
  productionTree(tree);
  server = spawn("scripts/container-start.sh", {
    cwd: tree,
    // The embedded database, created, migrated and seeded by the bundled tasks.
    env: { ...process.env, PORT: String(PORTS.serverBundle), DATABASE_URL: "", PGLITE_DATA_DIR: ".data/pglite" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  for (const stream of [server.stdout!, server.stderr!]) stream.on("data", (chunk: Buffer) => (tasksOutput += String(chunk)));
  await waitUntilUp(`${base}/api/health`);
});

test.afterAll(() => {
  if (server?.exitCode === null) server.kill("SIGKILL");
  rmSync(tree, { recursive: true, force: true });
});

test("without development dependencies, the container's command migrates and seeds the database before it serves", async ({ request }) => {
  expect(existsSync(`${tree}/node_modules/tsx`)).toBe(false);
  expect(tasksOutput).toMatch(
    /^database: embedded PGlite database .*: applied .*; seeded 5 regions, 12 police districts, 98 municipalities/m,
  );
  const health = await request.get(`${base}/api/health`);
  expect(await health.json()).toEqual({ status: "ok", db: "ok" });
});

test("the container's command becomes the server, which starts from the build's configuration without Next.js's compiler", async ({
  request,
}) => {
  const pid = server.pid!;
  expect(readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0")).toContain(".next/henvis-server.mjs");
  expect([...parents().values()]).not.toContain(pid);
  expect(readFileSync(`/proc/${pid}/maps`, "utf8")).not.toContain("next-swc");
  console.info(`production server at rest, the embedded database open: ${Math.round(residentBytes(pid) / 1048576)} MB`);

  const danish = await request.get(`${base}/da`, { maxRedirects: 0 });
  expect(danish.status()).toBe(307);
  expect(danish.headers().location).toBe("/");
  const start = await request.get(`${base}/`);
  expect(start.status()).toBe(200);
  expect(start.headers()["x-powered-by"]).toBeUndefined();
  expect(await start.text()).toContain('<html lang="da"');
});

test("on SIGTERM the server stops and ends by itself", async () => {
  const exited = once(server, "exit");
  server.kill("SIGTERM");
  const [code, signal] = await exited;
  expect({ code, signal }).toEqual({ code: 0, signal: null });
});
