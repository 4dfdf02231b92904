// A database that accepts the connection and then says nothing (a dropped network, a hung server) must not
// hold a page: every request answers within 5 s, the pages with 112, 114 and the hotline and a notice.
import { spawn, type ChildProcess } from "node:child_process";
import { contactsPath } from "../../lib/directory/paths";
import { resultPath } from "../../lib/journey/paths";
import { trainingPath } from "../../lib/training/paths";
import { PORTS } from "../../playwright.config";
import { waitUntilUp } from "../../scripts/wait-until-up";
import { startStallingProxy, type StallingProxy } from "../helpers/stalling-proxy";
import { expect, test } from "./support/fixtures";
import { TEACHER } from "./support/personas";

test.describe.configure({ mode: "serial", timeout: 120_000 });

// The database's deadline is 2 s; the rest is for rendering ten pages at once on a loaded test machine. A page
// that waited on the stalled database would not answer before the request's own 15 s timeout.
const ANSWER_WITHIN_MS = 5_000;
const base = `http://127.0.0.1:${PORTS.appWithStalledDatabase}`;
let proxy: StallingProxy;
let server: ChildProcess;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  proxy = await startStallingProxy();
  server = spawn("npm", ["run", "--silent", "start"], {
    env: {
      ...process.env,
      PORT: String(PORTS.appWithStalledDatabase),
      DATABASE_URL: `postgresql://henvis@127.0.0.1:${proxy.port}/stalled`,
    },
    stdio: "ignore",
    detached: true,
  });
  await waitUntilUp(`${base}/`, 200);
});

test.afterAll(async () => {
  if (server?.pid) process.kill(-server.pid, "SIGTERM");
  await proxy?.close();
});

test("every kind of request answers within 5 s while the database stalls", async ({ request }) => {
  const targets: [string, string, number][] = [
    ["result page", resultPath("da", TEACHER.answers), 200],
    ["directory page", contactsPath("da", "740"), 200],
    ["training library", trainingPath("da"), 200],
    ["health", "/api/health", 503],
  ];
  const timings: string[] = [];
  let worst = 0;
  for (const [name, path, status] of targets) {
    const started = performance.now();
    const response = await request.get(`${base}${path}`, { timeout: 15_000 });
    const ms = performance.now() - started;
    worst = Math.max(worst, ms);
    timings.push(`${name} ${Math.round(ms)} ms`);
    expect(response.status(), name).toBe(status);
  }
  const started = performance.now();
  const api = await request.post(`${base}/api/v1/route`, { data: TEACHER.answers, timeout: 15_000 });
  const apiMs = performance.now() - started;
  worst = Math.max(worst, apiMs);
  timings.push(`route API ${Math.round(apiMs)} ms`);
  expect(api.status()).toBe(200);
  expect((await api.json()).directory).toBe("unavailable");
  console.info(`stalled database: ${timings.join(", ")}; worst ${Math.round(worst)} ms`);
  expect(worst).toBeLessThan(ANSWER_WITHIN_MS);
});

test("the administration answers 503 while the database stalls, and says the directory cannot be changed", async ({ request }) => {
  const started = performance.now();
  const page = await request.get(`${base}/admin/kontakter`, { headers: { Cookie: "henvis_admin=x" }, timeout: 15_000 });
  const signIn = await request.post(`${base}/admin/handling/log-ind`, {
    headers: { Origin: base },
    form: { email: "anne@example.dk", password: "x" },
    timeout: 15_000,
  });
  const ms = performance.now() - started;
  console.info(`stalled database: an admin page and the sign-in form ${Math.round(ms)} ms`);
  for (const response of [page, signIn]) {
    expect(response.status()).toBe(503);
    expect(await response.text()).toContain("Kataloget kan ikke ændres lige nu");
  }
});

test("ten result pages at once each answer within 5 s, with the emergency numbers and the notice", async ({ request }) => {
  const answers = await Promise.all(
    Array.from({ length: 10 }, async () => {
      const started = performance.now();
      const response = await request.get(`${base}${resultPath("da", TEACHER.answers)}`, { timeout: 15_000 });
      return { ms: performance.now() - started, text: await response.text() };
    }),
  );
  const worst = Math.max(...answers.map(({ ms }) => ms));
  console.info(`stalled database: worst of 10 result pages at once ${Math.round(worst)} ms`);
  expect(worst).toBeLessThan(ANSWER_WITHIN_MS);
  for (const { text } of answers) {
    expect(text).toContain("Vores kontaktregister svarer ikke lige nu");
    expect(text).toContain("tel:114");
    expect(text).toContain("tel:41749090");
  }
});
