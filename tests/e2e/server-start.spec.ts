// The production server takes Next.js's configuration as the build wrote it down (decision 0016): it neither
// compiles next.config.ts again nor keeps Next.js's native compiler in its memory, and the configuration still
// holds.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { PORTS } from "../../playwright.config";
import { SERVER_BUNDLE } from "../../scripts/build-server";
import { waitUntilUp } from "../../scripts/wait-until-up";
import { expect, test } from "./support/fixtures";

const base = `http://127.0.0.1:${PORTS.serverBundle}`;
let server: ChildProcess;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  server = spawn(process.execPath, [SERVER_BUNDLE], {
    // The start page needs no database.
    env: { ...process.env, PORT: String(PORTS.serverBundle), DATABASE_URL: "postgresql://henvis@127.0.0.1:9/unreachable" },
    stdio: "ignore",
  });
  await waitUntilUp(`${base}/`);
});

test.afterAll(() => {
  server?.kill();
});

test("the production server starts from the build's configuration, without Next.js's compiler", async ({ request }) => {
  const mapped = readFileSync(`/proc/${server.pid}/maps`, "utf8");
  expect(mapped).not.toContain("next-swc");
  const residentKb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${server.pid}/status`, "utf8"))![1]);
  console.info(`production server at rest, before the database is opened: ${Math.round(residentKb / 1024)} MB`);

  const danish = await request.get(`${base}/da`, { maxRedirects: 0 });
  expect(danish.status()).toBe(307);
  expect(danish.headers().location).toBe("/");
  const start = await request.get(`${base}/`);
  expect(start.status()).toBe(200);
  expect(start.headers()["x-powered-by"]).toBeUndefined();
  expect(await start.text()).toContain("<html lang=\"da\"");
});
