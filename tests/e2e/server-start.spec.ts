// The container's command (scripts/container-start.sh): the database tasks run in a process that ends, and the
// shell becomes the production server, with no npm or tsx process beside it. The server takes Next.js's
// configuration as the build wrote it down (decision 0016), so it neither compiles next.config.ts again nor keeps
// Next.js's native compiler in its memory, and the configuration still holds. On SIGTERM it ends by itself, as a
// container's first process must.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { once } from "node:events";
import { PORTS } from "../../playwright.config";
import { parents, residentBytes } from "../../scripts/process-memory";
import { waitUntilUp } from "../../scripts/wait-until-up";
import { expect, test } from "./support/fixtures";

test.describe.configure({ mode: "serial" });

const base = `http://127.0.0.1:${PORTS.serverBundle}`;
let server: ChildProcess;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  server = spawn("scripts/container-start.sh", {
    // The database tasks fail at once and the server starts all the same; the start page needs no database.
    env: { ...process.env, PORT: String(PORTS.serverBundle), DATABASE_URL: "postgresql://henvis@127.0.0.1:9/unreachable" },
    stdio: "ignore",
  });
  await waitUntilUp(`${base}/`);
});

test.afterAll(() => {
  if (server?.exitCode === null) server.kill("SIGKILL");
});

test("the container's command becomes the server, which starts from the build's configuration without Next.js's compiler", async ({
  request,
}) => {
  const pid = server.pid!;
  expect(readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0")).toContain(".next/henvis-server.mjs");
  expect([...parents().values()]).not.toContain(pid);
  expect(readFileSync(`/proc/${pid}/maps`, "utf8")).not.toContain("next-swc");
  console.info(`production server at rest, before the database is opened: ${Math.round(residentBytes(pid) / 1048576)} MB`);

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
