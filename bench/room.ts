import { openBenchDatabase } from "./bench-database";
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { roomStateApiPath, roomVoteApiPath } from "../lib/training/paths";
import { GUESSABLE_BODIES } from "../lib/training/guess";
import { PROJECTOR_POLL_MS, sessionLifetimeMs } from "../lib/training/room/room-settings";
import { startSession } from "../lib/training/room/room.server";
import { seedScenarios, seededScenarios } from "../lib/training/scenarios.server";
import { waitUntilUp } from "../scripts/wait-until-up";

// How long a vote takes to show on the projector: 50 participants vote at random moments within
// five seconds, each on their own, while a poller asks for the tally as the projector does. A vote
// counts as seen at the first poll answered after the vote's own answer whose count holds at least as
// many votes as had been answered by then. It starts the production server (npm start) on
// the embedded database, or on DATABASE_URL when set. It prints figures; it does not pass or fail.
const PORT = 3303;
const DATA_DIR = ".data/bench-room-pglite";
const VOTERS = 50;
const SPREAD_MS = 5000;

const percentile = (values: number[], share: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * share))]!;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// The session is started through the data layer before the server opens the database: PGlite serves one process.
const { env, db, close } = await openBenchDatabase(DATA_DIR);
await seedScenarios(db);
const session = await startSession({ db, scenarioSlug: seededScenarios()[0]!.slug, now: new Date(), lifetimeMs: sessionLifetimeMs({}) });
await close();
if (!session) throw new Error("The library has no scenario to start a session of");

const server = spawn("npx", ["tsx", "--conditions=react-server", "scripts/start.ts"], {
  env: { ...env, PORT: String(PORT) },
  stdio: "ignore",
  detached: true,
});
try {
  const base = `http://127.0.0.1:${PORT}`;
  await waitUntilUp(`${base}/api/health`);
  await (await fetch(base + roomStateApiPath(session.code))).json();

  const polls: { at: number; voters: number }[] = [];
  let polling = true;
  const poller = (async () => {
    while (polling) {
      const started = performance.now();
      const state = (await (await fetch(base + roomStateApiPath(session.code))).json()) as { voters: number };
      polls.push({ at: performance.now(), voters: state.voters });
      await sleep(Math.max(0, PROJECTOR_POLL_MS - (performance.now() - started)));
    }
  })();

  const answered: number[] = [];
  const voteTimes: number[] = [];
  await Promise.all(
    Array.from({ length: VOTERS }, async (_, index) => {
      await sleep(Math.random() * SPREAD_MS);
      const started = performance.now();
      const response = await fetch(base + roomVoteApiPath(session.code), {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ question: "first", choice: GUESSABLE_BODIES[index % 3], voter: randomBytes(16).toString("base64url") }),
      });
      if (response.status !== 201) throw new Error(`a vote answered ${response.status}: ${await response.text()}`);
      answered.push(performance.now());
      voteTimes.push(performance.now() - started);
    }),
  );
  await sleep(2 * PROJECTOR_POLL_MS + 500);
  polling = false;
  await poller;

  const latencies = [...answered]
    .sort((a, b) => a - b)
    .map((at, rank) => {
      const seen = polls.find((poll) => poll.at > at && poll.voters >= rank + 1);
      if (!seen) throw new Error("The projector never saw a vote");
      return seen.at - at;
    });
  const ms = (value: number) => `${value.toFixed(0)} ms`;
  console.log(
    `tally update latency with ${VOTERS} voters (projector polls every ${PROJECTOR_POLL_MS} ms): median ${ms(percentile(latencies, 0.5))}, p95 ${ms(percentile(latencies, 0.95))}, max ${ms(Math.max(...latencies))} (goal: under 2000 ms)`,
  );
  console.log(
    `a vote's own answer: median ${ms(percentile(voteTimes, 0.5))}, p95 ${ms(percentile(voteTimes, 0.95))}; the last poll counted ${polls.at(-1)!.voters} votes`,
  );
} finally {
  process.kill(-server.pid!, "SIGTERM");
}
