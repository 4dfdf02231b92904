import { spawn } from "node:child_process";
import { rmSync } from "node:fs";

// Median server render time of question pages, measured against the
// production build (run `npm run build` first). It prints figures; it does
// not pass or fail, because timings depend on the machine.
const PORT = 3300;
const DATA_DIR = ".data/bench-pglite";
const ROUNDS = 200;
const PAGES = [
  "/trin/akut-fare?a=1",
  "/trin/bekymring?a=1.d1.c1",
  "/trin/arbejdsplads?a=1.d1.c1.k0",
  "/trin/kommune?a=1.d1.c1.k0.w0.p1.h1.a0",
  "/en/trin/alder?a=1.d1.c1.k0.w0.p1.h1",
];

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

async function waitUntilUp(url: string) {
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`${url} did not come up`);
}

rmSync(DATA_DIR, { recursive: true, force: true });
const server = spawn("npx", ["tsx", "--conditions=react-server", "scripts/start.ts"], {
  env: { ...process.env, PORT: String(PORT), PGLITE_DATA_DIR: DATA_DIR, DATABASE_URL: "" },
  stdio: "ignore",
  detached: true,
});
try {
  const base = `http://127.0.0.1:${PORT}`;
  await waitUntilUp(`${base}/api/health`);
  for (const page of PAGES) for (let warm = 0; warm < 20; warm++) await (await fetch(base + page)).text();
  const timings: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const page = PAGES[round % PAGES.length]!;
    const started = performance.now();
    const response = await fetch(base + page);
    await response.text();
    timings.push(performance.now() - started);
    if (!response.ok) throw new Error(`${page} answered ${response.status}`);
  }
  const p90 = [...timings].sort((a, b) => a - b)[Math.floor(timings.length * 0.9)]!;
  console.log(
    `server render of a question page: median ${median(timings).toFixed(1)} ms, p90 ${p90.toFixed(1)} ms over ${ROUNDS} requests (goal: median ≤ 8 ms)`,
  );
} finally {
  process.kill(-server.pid!, "SIGTERM");
}
