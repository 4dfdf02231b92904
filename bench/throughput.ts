import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { todayInDenmark } from "../lib/dates";
import { checkPath, resultPath, stepPath } from "../lib/journey/paths";
import { TEACHER_ANSWERS } from "../tests/helpers/personas";
import { buildIfSourcesChanged } from "../scripts/build-app";
import { nextCli } from "../scripts/next-cli";
import { startFrameworkFloor, FRAMEWORK_PER_REQUEST_PATH, FRAMEWORK_STATIC_PATH } from "./framework-floor";
import { serverRss } from "./process-memory";
import { startAppServer, startInBackground, stopProcessGroup } from "./app-server";
import { machine, writeResults } from "./results";
import { waitUntilUp } from "../scripts/wait-until-up";

// `npm run bench`: the app's pages and API side by side with the framework's floor (the prerendered start page),
// the machine's limit (plain Node.js handing out the start page's bytes) and Next.js alone (a bare app's
// prerendered page and page rendered per request), each after a warm-up, with 50 connections for 10 s, the pages'
// p99 also with 10 connections. Then the app's own server against Next.js's own (`next start`, which gates pages
// with proxy.ts) on the same build: a question page and the result page at 10 and 50 connections, the two servers
// alternating. It builds when the sources changed, starts the servers on embedded databases of their own, prints
// the tables and writes them to bench/results/<date>.json. Figures, not pass or fail.
const APP_PORT = 3304;
const RAW_PORT = 3305;
const BARE_PORT = 3307;
const NEXT_START_PORT = 3308;
const CONNECTIONS = 50;
const SECONDS = 10;
const WARM_UP_SECONDS = 3;
const app = `http://127.0.0.1:${APP_PORT}`;
const bare = `http://127.0.0.1:${BARE_PORT}`;

type Target = { name: string; base: string; path: string; method?: "GET" | "POST"; body?: string; page?: boolean };

const beforeMunicipality = { ...TEACHER_ANSWERS, municipalityCode: undefined, adviceFirst: undefined };
const json = (value: unknown) => JSON.stringify(value);
const RAW = "raw Node.js, the start page's bytes";
const BARE_PRERENDERED = "Next.js alone: a prerendered page";
const BARE_PER_REQUEST = "Next.js alone: a page rendered per request";
const START_PAGE = "start page / (prerendered)";
const TARGETS: Target[] = [
  { name: RAW, base: `http://127.0.0.1:${RAW_PORT}`, path: "/" },
  { name: BARE_PRERENDERED, base: bare, path: FRAMEWORK_STATIC_PATH },
  { name: BARE_PER_REQUEST, base: bare, path: FRAMEWORK_PER_REQUEST_PATH },
  { name: START_PAGE, base: app, path: "/", page: true },
  { name: "question page", base: app, path: stepPath("da", "municipalityCode", beforeMunicipality), page: true },
  { name: "check page", base: app, path: checkPath("da", TEACHER_ANSWERS), page: true },
  { name: "result page (Aarhus teacher)", base: app, path: resultPath("da", TEACHER_ANSWERS), page: true },
  { name: "route API", base: app, path: "/api/v1/route", method: "POST", body: json(TEACHER_ANSWERS) },
  { name: "route API, 112", base: app, path: "/api/v1/route", method: "POST", body: json({ acuteDanger: true }) },
  { name: "OpenAPI document (static)", base: app, path: "/api/v1/openapi.json" },
  { name: "health", base: app, path: "/api/health" },
];

type Row = {
  name: string;
  path: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** The app's pages and Next.js alone's are also measured with 10 connections. */
  p99At10Ms?: number;
  errors: number;
  /** The share of the prerendered start page's requests per second. */
  ofStartPage: number;
  ofRaw: number;
  /** Gzip bytes of the scripts the page's HTML loads. */
  javascriptBytes?: number;
  /** The server's resident memory after this target. */
  serverRssBytes?: number;
};

async function measure(target: Target, connections = CONNECTIONS) {
  const options = {
    url: target.base + target.path,
    method: target.method ?? "GET",
    body: target.body,
    headers: target.body ? { "content-type": "application/json" } : undefined,
    connections,
  };
  await autocannon({ ...options, duration: WARM_UP_SECONDS });
  return autocannon({ ...options, duration: SECONDS });
}

/** Gzip bytes of the scripts a page's HTML names, but the polyfills that only browsers without modules load. */
async function javascriptOf(url: string): Promise<number> {
  const html = await (await fetch(url)).text();
  const scripts = [...html.matchAll(/<script([^>]+)>/g)].map(([, attributes]) => attributes!).filter((tag) => !/\bnomodule\b/i.test(tag));
  const sources = [...new Set(scripts.flatMap((tag) => tag.match(/\bsrc="([^"]+)"/)?.[1] ?? []))];
  const sizes = await Promise.all(
    sources.map(async (src) => gzipSync(Buffer.from(await (await fetch(new URL(src, url))).arrayBuffer())).length),
  );
  return sizes.reduce((sum, size) => sum + size, 0);
}

const SERVERS = [
  { name: "the app's own server", base: app, pid: () => server.pid! },
  { name: "next start (proxy.ts)", base: `http://127.0.0.1:${NEXT_START_PORT}`, pid: () => nextStart.pid! },
];
const COMPARED_PAGES = ["question page", "result page (Aarhus teacher)"];
const ROUNDS = 2;

/**
 * Each compared page at 10 and 50 connections on both servers, alternating which goes first, ROUNDS times: the
 * machine's own swing then falls on both alike.
 */
async function compareServers() {
  await waitUntilUp(`${SERVERS[1]!.base}/api/health`);
  const rows = [];
  for (const page of COMPARED_PAGES) {
    const target = TARGETS.find(({ name }) => name === page)!;
    for (const connections of [10, 50]) {
      for (let round = 1; round <= ROUNDS; round++) {
        const order = round % 2 === 1 ? SERVERS : [...SERVERS].reverse();
        for (const { name, base } of order) {
          const result = await measure({ ...target, base }, connections);
          rows.push({
            page,
            connections,
            round,
            server: name,
            requestsPerSecond: Math.round(result.requests.average),
            p50Ms: result.latency.p50,
            p99Ms: result.latency.p99,
            errors: result.errors + result.timeouts + result.non2xx,
          });
          process.stdout.write(".");
        }
      }
    }
  }
  const rss = Object.fromEntries(SERVERS.map(({ name, pid }) => [name, serverRss(pid())]));
  console.log(
    `\n\nThe app's own server against next start, same build, alternating, ${SECONDS} s each after a ${WARM_UP_SECONDS} s warm-up:\n`,
  );
  console.log("| page | connections | round | server | req/s | p50 ms | p99 ms | errors |");
  console.log("|---|---|---|---|---|---|---|---|");
  for (const row of rows) {
    console.log(
      `| ${row.page} | ${row.connections} | ${row.round} | ${row.server} | ${row.requestsPerSecond} | ${row.p50Ms} | ${row.p99Ms} | ${row.errors} |`,
    );
  }
  for (const [name, bytes] of Object.entries(rss)) console.log(`  ${name}: ${Math.round(bytes / 2 ** 20)} MB after the comparison`);
  return { rows, rssBytes: rss };
}

const buildStatus = await buildIfSourcesChanged();
if (buildStatus !== 0) process.exit(buildStatus);
const bareServer = startFrameworkFloor(BARE_PORT);

const dataDir = ".data/bench-pglite";
rmSync(dataDir, { recursive: true, force: true });
const server = startAppServer(APP_PORT, dataDir);
// Next.js's own server on the same build, with a database of its own, migrated and seeded as `npm start` does.
const nextDataDir = ".data/bench-pglite-next-start";
rmSync(nextDataDir, { recursive: true, force: true });
const nextEnv = { ...process.env, PGLITE_DATA_DIR: nextDataDir, DATABASE_URL: "", NODE_ENV: "production" as const };
spawnSync("npx", ["tsx", "--conditions=react-server", "prisma/scripts/prepare.ts"], { env: nextEnv, stdio: "ignore" });
const nextStart: ChildProcess = spawn(...nextCli("start", "--port", String(NEXT_START_PORT), "--hostname", "127.0.0.1"), {
  env: nextEnv,
  stdio: "ignore",
  detached: true,
});
const scratch = mkdtempSync(path.join(tmpdir(), "henvis-bench-"));
let raw: ChildProcess | undefined;
try {
  await waitUntilUp(`${app}/api/health`);
  const startPage = path.join(scratch, "start.html");
  writeFileSync(startPage, Buffer.from(await (await fetch(`${app}/`)).arrayBuffer()));
  raw = startInBackground(["tsx", "bench/raw-server.ts", startPage, String(RAW_PORT)]);
  await waitUntilUp(`http://127.0.0.1:${RAW_PORT}/`);
  await waitUntilUp(bare + FRAMEWORK_STATIC_PATH);
  const restingRssBytes = serverRss(server.pid!);

  const measured: Omit<Row, "ofStartPage" | "ofRaw">[] = [];
  for (const target of TARGETS) {
    const result = await measure(target);
    measured.push({
      name: target.name,
      path: target.path,
      requestsPerSecond: Math.round(result.requests.average),
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      ...(target.page || target.base === bare ? { p99At10Ms: (await measure(target, 10)).latency.p99 } : {}),
      errors: result.errors + result.timeouts + result.non2xx,
      ...(target.page ? { javascriptBytes: await javascriptOf(target.base + target.path) } : {}),
      ...(target.base === app ? { serverRssBytes: serverRss(server.pid!) } : {}),
    });
    process.stdout.write(".");
  }
  const rate = (name: string) => measured.find((row) => row.name === name)!.requestsPerSecond;
  const startRate = rate(START_PAGE);
  const rawRate = rate(RAW);
  const rows: Row[] = measured.map((row) => ({
    ...row,
    ofStartPage: row.requestsPerSecond / startRate,
    ofRaw: row.requestsPerSecond / rawRate,
  }));

  const percent = (share: number) => `${Math.round(share * 100)} %`;
  const kilobytes = (bytes?: number) => (bytes === undefined ? "" : `${(bytes / 1024).toFixed(1)} kB`);
  const megabytes = (bytes?: number) => (bytes === undefined ? "" : `${Math.round(bytes / 2 ** 20)} MB`);
  console.log(
    `\n\n${todayInDenmark()}, ${machine()}; ${CONNECTIONS} connections, ${SECONDS} s each after a ${WARM_UP_SECONDS} s warm-up\n`,
  );
  console.log(
    "| target | req/s | p50 ms | p99 ms | p99 ms, 10 connections | errors | of start page | of raw | JavaScript (gzip) | server RSS after |",
  );
  console.log("|---|---|---|---|---|---|---|---|---|---|");
  for (const row of rows) {
    console.log(
      `| ${row.name} | ${row.requestsPerSecond} | ${row.p50Ms} | ${row.p99Ms} | ${row.p99At10Ms ?? ""} | ${row.errors} | ${percent(row.ofStartPage)} | ${percent(row.ofRaw)} | ${kilobytes(row.javascriptBytes)} | ${megabytes(row.serverRssBytes)} |`,
    );
  }

  const share = (name: string, of: string) => rate(name) / rate(of);
  const finalRss = rows.at(-1)?.serverRssBytes ?? 0;
  const appRows = rows.filter((row) => row.serverRssBytes !== undefined);
  const goals: [string, boolean][] = [
    [`question page ≥ 50 % of the start page: ${percent(share("question page", START_PAGE))}`, share("question page", START_PAGE) >= 0.5],
    [`check page ≥ 50 % of the start page: ${percent(share("check page", START_PAGE))}`, share("check page", START_PAGE) >= 0.5],
    [
      `result page ≥ 40 % of the start page: ${percent(share("result page (Aarhus teacher)", START_PAGE))}`,
      share("result page (Aarhus teacher)", START_PAGE) >= 0.4,
    ],
    [
      `route API ≥ 70 % of the OpenAPI document: ${percent(share("route API", "OpenAPI document (static)"))}`,
      share("route API", "OpenAPI document (static)") >= 0.7,
    ],
    [
      `p99 ≤ 250 ms for every target of the app: worst ${Math.max(...appRows.map((row) => row.p99Ms))} ms`,
      appRows.every((row) => row.p99Ms <= 250),
    ],
    [`server RSS ≤ 350 MB after the whole run: ${megabytes(finalRss)}`, finalRss <= 350 * 2 ** 20],
  ];
  console.log("\nGoals (issue 13):");
  for (const [goal, met] of goals) console.log(`  ${met ? "met    " : "not met"}  ${goal}`);

  const framework = [
    `Next.js alone renders a page per request at ${percent(share(BARE_PER_REQUEST, BARE_PRERENDERED))} of the rate it serves a prerendered one`,
    ...["question page", "check page", "result page (Aarhus teacher)"].map(
      (page) => `${page}: ${percent(share(page, BARE_PER_REQUEST))} of Next.js alone rendering a page per request`,
    ),
    `server RSS at rest, the embedded database open: ${megabytes(restingRssBytes)}`,
  ];
  console.log("\nWhat the framework allows:");
  for (const line of framework) console.log(`  ${line}`);

  const servers = await compareServers();

  const settings = { connections: CONNECTIONS, seconds: SECONDS, warmUpSeconds: WARM_UP_SECONDS };
  writeResults(todayInDenmark(), {
    date: todayInDenmark(),
    machine: machine(),
    settings,
    rows,
    restingRssBytes,
    goals: goals.map(([goal, met]) => ({ goal, met })),
    framework,
    servers,
  });
} finally {
  if (raw) stopProcessGroup(raw);
  stopProcessGroup(bareServer);
  stopProcessGroup(server);
  stopProcessGroup(nextStart);
  rmSync(scratch, { recursive: true, force: true });
}
