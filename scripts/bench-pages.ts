import { spawn } from "node:child_process";
import autocannon from "autocannon";
import { resultPath, stepPath } from "../lib/questionnaire/paths";
import { TEACHER_ANSWERS } from "../tests/helpers/personas";
import { waitUntilUp } from "./wait-until-up";

// Requests per second and latency of the start page, a question page and a result page, each after a
// warm-up, with 50 connections for 10 s: `npm run bench:pages` after `npm run build`. It starts the
// production server itself (npm start) on the embedded database. It prints figures; it does not pass or fail.
const PORT = 3304;
const CONNECTIONS = 50;
const SECONDS = 10;
const base = `http://127.0.0.1:${PORT}`;

const TARGETS: [name: string, path: string][] = [
  ["start page /", "/"],
  [
    "question page (municipality)",
    stepPath("da", "municipalityCode", { ...TEACHER_ANSWERS, municipalityCode: undefined, adviceFirst: undefined }),
  ],
  ["result page (Aarhus teacher)", resultPath("da", TEACHER_ANSWERS)],
];

const server = spawn("npx", ["tsx", "--conditions=react-server", "scripts/start.ts"], {
  env: { ...process.env, PORT: String(PORT), PGLITE_DATA_DIR: ".data/bench-pages-pglite", DATABASE_URL: "" },
  stdio: "ignore",
  detached: true,
});
try {
  await waitUntilUp(`${base}/api/health`);
  console.log(`${CONNECTIONS} connections, ${SECONDS} s each after a 3 s warm-up, on ${base}\n`);
  console.log("| target | req/s | p50 ms | p99 ms | non-2xx |");
  console.log("|---|---|---|---|---|");
  for (const [name, path] of TARGETS) {
    await autocannon({ url: base + path, connections: CONNECTIONS, duration: 3 });
    const result = await autocannon({ url: base + path, connections: CONNECTIONS, duration: SECONDS });
    console.log(`| ${name} | ${Math.round(result.requests.average)} | ${result.latency.p50} | ${result.latency.p99} | ${result.non2xx} |`);
  }
} finally {
  if (server.pid) process.kill(-server.pid, "SIGTERM");
}
