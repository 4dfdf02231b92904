import { openBenchDatabase } from "./bench-database";
import { spawn } from "node:child_process";
import { createAccount } from "../lib/admin/accounts.server";
import { MAX_IMPORT_ROWS } from "../lib/admin/directory-csv";
import { openSession } from "../lib/admin/sessions.server";
import { seedDirectory } from "../lib/directory/seed.server";
import { adminActionPath, adminExportPath, adminPath } from "../lib/admin/paths";
import { resultPath } from "../lib/journey/paths";
import { TEACHER_ANSWERS } from "../tests/helpers/personas";
import { waitUntilUp } from "../scripts/wait-until-up";

// What importing hostile or very large directory files does to the production server: each file's answer, how long
// it took, the longest a worker's result page and the health check waited meanwhile (each polled every 50 ms), and
// whether the directory or the list of waiting changes moved. It starts the server (npm start) on the embedded
// database, or on DATABASE_URL when set. It prints figures; it does not pass or fail.
const PORT = Number(process.env.BENCH_PORT ?? 3305);
const DATA_DIR = ".data/bench-import-pglite";
const ROWS = 100_000;
const PASSWORD = "Sommerferie på Ærø 2026";
const POLL_MS = 50;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const { env, db, close } = await openBenchDatabase(DATA_DIR);
await seedDirectory(db);
const tokens: string[] = [];
for (const email of ["forfatter@example.dk", "godkender@example.dk"]) {
  const created = await createAccount(db, { email, password: PASSWORD, role: "NATIONAL" });
  if (!created.ok) throw new Error(`${email}: ${created.problem}`);
  // An approver must have been an administrator for a day: these are dated back.
  const account = await db.adminAccount.update({ where: { email }, data: { createdAt: new Date(Date.now() - 2 * 86_400_000) } });
  tokens.push(await openSession(db, account.id, true));
}
await close();
const [author, approver] = tokens as [string, string];

const base = `http://127.0.0.1:${PORT}`;
const headers = (token: string) => ({ Cookie: `henvis_admin=${token}`, Origin: base });

/** The longest of a series of requests to a path, made one after another every 50 ms until stopped. */
function poll(path: string) {
  let worst = 0;
  let failures = 0;
  let running = true;
  const done = (async () => {
    while (running) {
      const started = performance.now();
      const response = await fetch(base + path).catch(() => undefined);
      if (!response?.ok) failures++;
      await response?.arrayBuffer();
      worst = Math.max(worst, performance.now() - started);
      await sleep(POLL_MS);
    }
  })();
  return {
    stop: async () => {
      running = false;
      await done;
      return { worst: Math.round(worst), failures };
    },
  };
}

const WORKER_PAGE = resultPath("da", TEACHER_ANSWERS);

async function upload(token: string, name: string, csv: string) {
  const form = new FormData();
  form.set("fil", new File([csv], "kontakter.csv", { type: "text/csv" }));
  const page = poll(WORKER_PAGE);
  const health = poll("/api/health");
  const started = performance.now();
  const response = await postForm(token, adminActionPath("da", "importDirectory"), form);
  const body = await response.text();
  const seconds = (performance.now() - started) / 1000;
  const [pageWait, healthWait] = [await page.stop(), await health.stop()];
  const location = response.headers.get("location") ?? "";
  console.log(
    `${name}: ${(csv.length / 1e6).toFixed(1)} MB, ${response.status} in ${seconds.toFixed(1)} s` +
      ` → ${location.replace(/\?.*/, "")} (address ${location.length} characters)${response.status >= 400 ? ` «${body.trim().slice(0, 120)}»` : ""};` +
      ` worst wait: result page ${pageWait.worst} ms, health ${healthWait.worst} ms (${pageWait.failures + healthWait.failures} failed)`,
  );
  return location;
}

const postForm = (token: string, path: string, form: FormData) =>
  fetch(base + path, { method: "POST", headers: headers(token), body: form, redirect: "manual" });

const get = (token: string, path: string) =>
  fetch(base + path, { headers: headers(token), redirect: "manual", signal: AbortSignal.timeout(120_000) });

/** The waiting changes that the second administrator may approve, as the changes page lists them. */
async function pendingChangeIds() {
  const started = performance.now();
  const response = await get(approver, adminPath("da", "changes")).catch((error: Error) => error);
  if (response instanceof Error) {
    console.log(`  the changes page: no answer after ${Math.round(performance.now() - started)} ms (${response.name})`);
    return [];
  }
  const html = await response.text();
  const ids = [...new Set([...html.matchAll(/name="change" value="([^"]+)"/g)].map((match) => match[1]!))];
  console.log(
    `  the changes page: ${response.status} in ${Math.round(performance.now() - started)} ms, ${(html.length / 1e6).toFixed(2)} MB, ${ids.length} waiting`,
  );
  return ids;
}

async function approve(id: string) {
  const form = new FormData();
  form.set("change", id);
  const page = poll(WORKER_PAGE);
  const health = poll("/api/health");
  const started = performance.now();
  const response = await postForm(approver, adminActionPath("da", "approveChange"), form);
  await response.arrayBuffer();
  const took = Math.round(performance.now() - started);
  const [pageWait, healthWait] = [await page.stop(), await health.stop()];
  console.log(
    `  approved by another administrator: ${response.status} in ${took} ms → ${response.headers.get("location") ?? ""};` +
      ` worst wait: result page ${pageWait.worst} ms, health ${healthWait.worst} ms (${pageWait.failures + healthWait.failures} failed)`,
  );
}

const server = spawn("npx", ["tsx", "--conditions=react-server", "scripts/start.ts"], {
  env: { ...env, PORT: String(PORT) },
  stdio: "ignore",
  detached: true,
});
try {
  await waitUntilUp(`${base}/api/health`);
  await (await fetch(base + WORKER_PAGE)).arrayBuffer();
  const exported = (await (await get(author, adminExportPath("da"))).text()).replace(/^\uFEFF/, "");
  const [header, ...rows] = exported.trimEnd().split("\r\n");
  const columns = header!.split(",");
  const row = (cells: Record<string, string>) => columns.map((column) => cells[column] ?? "").join(",");
  const newContact = (index: number, email = "") =>
    row({
      id: `b-${index}`,
      body: "SSP",
      unit: "municipality:101",
      nameDa: "SSP",
      nameEn: "SSP",
      email,
      url: "https://kk.dk",
      source: "https://kk.dk",
      verifiedAt: "2025-06-01",
      verifiedBy: "SSP",
    });
  const file = (lines: string[]) => `${header}\r\n${lines.join("\r\n")}\r\n`;
  const many = (count: number, make: (index: number) => string) => Array.from({ length: count }, (_, index) => make(index));

  const idle = poll(WORKER_PAGE);
  await sleep(2_000);
  console.log(`idle: worst wait of the result page ${(await idle.stop()).worst} ms`);

  await upload(author, "a NUL byte in a name", file([rows[0]!.replace(/^([^,]*,[^,]*,[^,]*,)/, "$1\u0000"), ...rows.slice(1)]));
  await pendingChangeIds();

  const location = await upload(
    author,
    "a new contact in a police district that does not exist",
    file([...rows, newContact(0).replace("municipality:101", "district:findes-ikke")]),
  );
  const waiting = await pendingChangeIds();
  if (location.includes(adminPath("da", "changes")) && waiting[0]) await approve(waiting[0]);

  await upload(author, `${ROWS.toLocaleString("en")} invalid rows`, file(many(ROWS, (index) => newContact(index, "x"))));
  await pendingChangeIds();

  await upload(
    author,
    `${MAX_IMPORT_ROWS.toLocaleString("en")} valid rows (the most an import takes)`,
    file(many(MAX_IMPORT_ROWS, (index) => newContact(index))),
  );
  const large = await pendingChangeIds();
  if (large.length > 0) await approve(large.at(-1)!);

  await upload(author, `${ROWS.toLocaleString("en")} valid rows`, file(many(ROWS, (index) => newContact(index))));
  await pendingChangeIds();

  const after = (await (await get(author, adminExportPath("da"))).text()).replace(/^\uFEFF/, "");
  console.log(`contacts in the directory: ${rows.length} before, ${after.trimEnd().split("\r\n").length - 1} after`);
} finally {
  if (server.pid) {
    process.kill(-server.pid, "SIGTERM");
    // A server busy with a long task cannot act on SIGTERM: 15 s later whatever is left of it is killed.
    await sleep(15_000);
    try {
      process.kill(-server.pid, "SIGKILL");
    } catch {
      // It had ended.
    }
  }
}
