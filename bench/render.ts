import { rmSync } from "node:fs";
import { startAppServer, stopProcessGroup } from "./app-server";
import { startFrameworkFloor, FRAMEWORK_PER_REQUEST_PATH } from "./framework-floor";
import { waitUntilUp } from "../scripts/wait-until-up";

// Median server render time of question pages, one request after the other, against the production build (run
// `npm run build` first), beside the same figure for Next.js alone rendering a bare page per request. It prints
// figures; it does not pass or fail, because timings depend on the machine.
const PORT = 3300;
const BARE_PORT = 3307;
const DATA_DIR = ".data/bench-pglite";
const ROUNDS = 200;
const PAGES = [
  "/trin/akut-fare?a=1",
  "/trin/bekymring?a=1.d1.c1",
  "/trin/arbejdsplads?a=1.d1.c1.k0",
  "/trin/kommune?a=1.d1.c1.k0.w0.p1.h1.a0",
  "/en/trin/alder?a=1.d1.c1.k0.w0.p1.h1",
];

/** Median and 90th percentile in ms of fetching `pages` in turn, after 20 warm-up requests to each. */
async function renderTimes(base: string, pages: string[]): Promise<{ median: number; p90: number }> {
  for (const page of pages) for (let warm = 0; warm < 20; warm++) await (await fetch(base + page)).text();
  const timings: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const page = pages[round % pages.length]!;
    const started = performance.now();
    const response = await fetch(base + page);
    await response.text();
    timings.push(performance.now() - started);
    if (!response.ok) throw new Error(`${page} answered ${response.status}`);
  }
  const sorted = timings.sort((a, b) => a - b);
  return { median: sorted[Math.floor(ROUNDS / 2)]!, p90: sorted[Math.floor(ROUNDS * 0.9)]! };
}

rmSync(DATA_DIR, { recursive: true, force: true });
const bare = startFrameworkFloor(BARE_PORT);
const server = startAppServer(PORT, DATA_DIR);
try {
  const base = `http://127.0.0.1:${PORT}`;
  const bareBase = `http://127.0.0.1:${BARE_PORT}`;
  await waitUntilUp(`${base}/api/health`);
  await waitUntilUp(bareBase + FRAMEWORK_PER_REQUEST_PATH);
  const app = await renderTimes(base, PAGES);
  const framework = await renderTimes(bareBase, [FRAMEWORK_PER_REQUEST_PATH]);
  console.log(
    `server render of a question page: median ${app.median.toFixed(1)} ms, p90 ${app.p90.toFixed(1)} ms over ${ROUNDS} requests (goal: median ≤ 8 ms)`,
  );
  console.log(
    `Next.js alone rendering a bare page per request: median ${framework.median.toFixed(1)} ms, p90 ${framework.p90.toFixed(1)} ms over ${ROUNDS} requests`,
  );
} finally {
  stopProcessGroup(server);
  stopProcessGroup(bare);
}
