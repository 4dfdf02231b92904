import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type Browser, type Page, type Request } from "@playwright/test";
import { todayInDenmark } from "../lib/dates";
import { buildIfSourcesChanged } from "../scripts/build-app";
import { waitUntilUp } from "../scripts/wait-until-up";
import { CheckPage, QuestionPage, StartPage } from "../tests/e2e/support/fixtures";
import { PERSONAS, type Persona } from "../tests/e2e/support/personas";
import { startAppServer, stopProcessGroup } from "./app-server";
import { treeCpuMs } from "./process-cpu";
import { processTree } from "./process-memory";
import { machine, writeResults } from "./results";

// `npm run bench:steps`: how a worker's journey feels on a phone. Chromium walks the teacher's, the nurse's and the
// prison officer's journeys from the start page to the result, on a slow phone's network and CPU and then without
// throttling, and the page itself times each tap to the next page's heading on screen, whether the next page comes
// from the server or is drawn in the browser. It counts the requests each journey makes after the start page and
// the server's CPU time per journey. It builds when the sources changed, starts the production server on an
// embedded database of its own, prints the table with the goals and writes it to bench/results/steps-<date>.json.
// Figures, not pass or fail.
const PORT = 3309;
const base = `http://127.0.0.1:${PORT}`;
const ROUNDS = 3;
const VIEWPORT = { width: 375, height: 667 };
const PHONE = { latencyMs: 150, downloadKbitPerSecond: 1600, uploadKbitPerSecond: 750, cpuSlowdown: 4 };
/** The network counts as idle once no request has been under way for this long, as Playwright's "networkidle". */
const QUIET_MS = 500;
/** Server CPU per journey, unthrottled, while every answer was a round trip to the server (README, Steps on a phone). */
const BEFORE = { date: "2026-12-07", serverCpuMsPerJourney: 241 };
const PROFILES = ["phone", "unthrottled"] as const;
type Profile = (typeof PROFILES)[number];

const TAP_TIMES_KEY = "bench-steps:times";
// Installed in every document. A tap on a link or button writes its time and the heading on screen to the tab's
// session storage, which outlives a full page load; once a heading with other text is in the document, its time on
// screen is taken after the next frame (requestAnimationFrame runs before the frame is painted, a message after it).
// Plain JavaScript: functions compiled for Node.js carry helpers that the page does not have.
const TAP_CLOCK = `{
  const TAP = "bench-steps:tap";
  const heading = () => document.querySelector("h1")?.textContent ?? "";
  addEventListener(
    "pointerdown",
    (event) => {
      if (!(event.target instanceof Element) || !event.target.closest("a, button")) return;
      sessionStorage.setItem(TAP, JSON.stringify({ at: performance.timeOrigin + event.timeStamp, heading: heading() }));
    },
    true,
  );
  new MutationObserver(() => {
    const tap = JSON.parse(sessionStorage.getItem(TAP) ?? "null");
    if (!tap || heading() === "" || heading() === tap.heading) return;
    sessionStorage.removeItem(TAP);
    requestAnimationFrame(() => {
      const afterPaint = new MessageChannel();
      afterPaint.port1.onmessage = () => {
        const times = JSON.parse(sessionStorage.getItem("${TAP_TIMES_KEY}") ?? "[]");
        times.push(performance.timeOrigin + performance.now() - tap.at);
        sessionStorage.setItem("${TAP_TIMES_KEY}", JSON.stringify(times));
      };
      afterPaint.port2.postMessage(null);
    });
  }).observe(document, { childList: true, subtree: true, characterData: true });
}`;

/** Waits until the page has timed `count` taps since the journey began, and returns those times in ms. */
async function tapTimes(page: Page, count: number): Promise<number[]> {
  const times = await page.waitForFunction(
    ([key, count]) => {
      const times = JSON.parse(sessionStorage.getItem(key) ?? "[]") as number[];
      return times.length >= count && times;
    },
    [TAP_TIMES_KEY, count] as const,
    { timeout: 60_000 },
  );
  return times.jsonValue() as Promise<number[]>;
}

/** What the server was asked for between questions, in any journey: printed with the table. */
const askedBetweenQuestions = new Set<string>();

const REQUEST_COUNTS = ["total", "fromCache", "serverRenders", "data", "code", "other", "betweenQuestions"] as const;
type RequestCounts = Record<(typeof REQUEST_COUNTS)[number], number>;

/** Pages rendered on the server are page loads, the router's fetches of a page (RSC) and server actions. */
function kindOf(request: Request): "serverRenders" | "data" | "code" | "other" {
  const headers = request.headers();
  const type = request.resourceType();
  if (type === "document" || headers.rsc === "1" || (request.method() === "POST" && "next-action" in headers)) return "serverRenders";
  if ((type === "fetch" || type === "xhr") && new URL(request.url()).pathname.startsWith("/api/")) return "data";
  return type === "script" ? "code" : "other";
}

/** No byte of the response, headers or body, came over the network. */
async function fromBrowserCache(request: Request): Promise<boolean> {
  const { responseHeadersSize, responseBodySize } = await request.sizes();
  return responseHeadersSize + responseBodySize === 0;
}

/**
 * Counts the page's requests from now on: all of them, those the browser's cache answered, the others (which went
 * to the server) by kind, and those that reached the server between questions.
 */
function watchRequests(page: Page) {
  const counts: RequestCounts = { total: 0, fromCache: 0, serverRenders: 0, data: 0, code: 0, other: 0, betweenQuestions: 0 };
  let underWay = 0;
  let lastChange = performance.now();
  const watch = {
    counts,
    betweenQuestions: false,
    // Playwright's own "networkidle" belongs to a page load, and a step may be none.
    networkIdle: async () => {
      while (underWay > 0 || performance.now() - lastChange < QUIET_MS) await new Promise((resolve) => setTimeout(resolve, 50));
    },
  };
  const startedBetweenQuestions = new WeakSet<Request>();
  page.on("request", (request) => {
    counts.total++;
    if (watch.betweenQuestions) startedBetweenQuestions.add(request);
    underWay++;
    lastChange = performance.now();
  });
  const settled = async (request: Request, answered: boolean) => {
    const cached = answered && (await fromBrowserCache(request));
    counts[cached ? "fromCache" : kindOf(request)]++;
    if (!cached && startedBetweenQuestions.has(request)) {
      counts.betweenQuestions++;
      askedBetweenQuestions.add(new URL(request.url()).pathname);
    }
    underWay--;
    lastChange = performance.now();
  };
  page.on("requestfinished", (request) => settled(request, true));
  page.on("requestfailed", (request) => settled(request, false));
  return watch;
}

async function emulatePhone(page: Page) {
  const devTools = await page.context().newCDPSession(page);
  await devTools.send("Network.enable");
  await devTools.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: PHONE.latencyMs,
    downloadThroughput: (PHONE.downloadKbitPerSecond * 1000) / 8,
    uploadThroughput: (PHONE.uploadKbitPerSecond * 1000) / 8,
  });
  await devTools.send("Emulation.setCPUThrottlingRate", { rate: PHONE.cpuSlowdown });
}

type Journey = {
  persona: string;
  profile: Profile;
  startTapMs: number;
  /** From each tap on Continue to the next page's heading on screen. */
  answerTapsMs: number[];
  /** From the tap on check your answers' link to the result's heading on screen. */
  confirmTapMs: number;
  requests: RequestCounts;
  serverCpuMs: number;
};

/** The persona's journey in a fresh browser context, counted from the start page loaded to the result page loaded. */
async function walk(browser: Browser, persona: Persona, profile: Profile, serverPid: number): Promise<Journey> {
  const context = await browser.newContext({ baseURL: base, viewport: VIEWPORT, serviceWorkers: "block" });
  try {
    await context.addInitScript(TAP_CLOCK);
    const page = await context.newPage();
    if (profile === "phone") await emulatePhone(page);
    await page.goto("/", { waitUntil: "networkidle" });
    const cpuBefore = treeCpuMs(serverPid);
    const requests = watchRequests(page);
    await new StartPage(page).start();
    await tapTimes(page, 1);
    const question = new QuestionPage(page);
    for (const [index, { question: text, label }] of persona.steps.entries()) {
      await question.verifyOnPage(text);
      await question.answer(label);
      requests.betweenQuestions = true;
      await question.continue();
      await tapTimes(page, index + 2);
    }
    requests.betweenQuestions = false;
    await new CheckPage(page).confirm();
    const [startTapMs, ...afterStart] = await tapTimes(page, persona.steps.length + 2);
    await requests.networkIdle();
    return {
      persona: persona.name,
      profile,
      startTapMs: startTapMs!,
      answerTapsMs: afterStart.slice(0, -1),
      confirmTapMs: afterStart.at(-1)!,
      requests: requests.counts,
      serverCpuMs: treeCpuMs(serverPid) - cpuBefore,
    };
  } finally {
    await context.close();
  }
}

const percentile = (values: number[], share: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * share))]!;
const median = (values: number[]) => percentile(values, 0.5);
const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/** A persona's journeys on one profile: times over all their taps, requests and CPU per journey. */
function summarise(journeys: Journey[]) {
  const answers = journeys.flatMap((journey) => journey.answerTapsMs);
  return {
    persona: journeys[0]!.persona,
    profile: journeys[0]!.profile,
    journeys: journeys.length,
    tapToNextMs: { median: median(answers), p90: percentile(answers, 0.9), max: Math.max(...answers) },
    startTapMs: median(journeys.map((journey) => journey.startTapMs)),
    confirmTapMs: median(journeys.map((journey) => journey.confirmTapMs)),
    requests: Object.fromEntries(
      REQUEST_COUNTS.map((count) => [count, median(journeys.map((journey) => journey.requests[count]))]),
    ) as RequestCounts,
    serverCpuMs: mean(journeys.map((journey) => journey.serverCpuMs)),
  };
}

const buildStatus = await buildIfSourcesChanged();
if (buildStatus !== 0) process.exit(buildStatus);
const dataDir = mkdtempSync(path.join(tmpdir(), "henvis-bench-steps-"));
const server = startAppServer(PORT, dataDir);
const reportEarlyEnd = (code: number | null, signal: string | null) =>
  console.error(`\nThe server ended before the benchmark did (${signal ?? `exit code ${code}`})`);
server.once("exit", reportEarlyEnd);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
try {
  await waitUntilUp(`${base}/api/health`);
  const serverPid = server.pid!;
  console.log(`The server's processes: ${processTree(serverPid).join(", ")}`);
  // The first journeys load the server's code and fill its caches: they are walked once and not counted.
  for (const persona of PERSONAS) await walk(browser, persona, "unthrottled", serverPid);

  const journeys: Journey[] = [];
  for (const profile of PROFILES) {
    for (let round = 1; round <= ROUNDS; round++) {
      for (const persona of PERSONAS) {
        journeys.push(await walk(browser, persona, profile, serverPid));
        process.stdout.write(".");
      }
    }
  }
  const rows = PROFILES.flatMap((profile) =>
    PERSONAS.map((persona) => summarise(journeys.filter((journey) => journey.profile === profile && journey.persona === persona.name))),
  );

  const today = todayInDenmark();
  const ms = (value: number) => value.toFixed(0);
  console.log(
    `\n\n${today}, ${machine()}; ${ROUNDS} journeys per persona and profile, both at ${VIEWPORT.width} × ${VIEWPORT.height}; ` +
      `phone: ${PHONE.latencyMs} ms latency, ${PHONE.downloadKbitPerSecond} kbit/s down, ${PHONE.uploadKbitPerSecond} kbit/s up, ` +
      `CPU ${PHONE.cpuSlowdown}× slower\n`,
  );
  console.log(
    "| persona | profile | tap → next question, median / p90 / max ms | start tap ms | check → result ms | requests | from the browser's cache | server renders | data | code | between questions | server CPU ms |",
  );
  console.log("|---|---|---|---|---|---|---|---|---|---|---|---|");
  for (const { persona, profile, tapToNextMs, startTapMs, confirmTapMs, requests, serverCpuMs } of rows) {
    console.log(
      `| ${persona} | ${profile} | ${ms(tapToNextMs.median)} / ${ms(tapToNextMs.p90)} / ${ms(tapToNextMs.max)} | ${ms(startTapMs)} | ${ms(confirmTapMs)} | ` +
        `${requests.total} | ${requests.fromCache} | ${requests.serverRenders} | ${requests.data} | ${requests.code} | ${requests.betweenQuestions} | ${ms(serverCpuMs)} |`,
    );
  }

  const of = (profile: Profile) => journeys.filter((journey) => journey.profile === profile);
  const phoneMedian = median(of("phone").flatMap((journey) => journey.answerTapsMs));
  const mostToServer = Math.max(...journeys.map(({ requests }) => requests.total - requests.fromCache));
  const mostBetweenQuestions = Math.max(...journeys.map((journey) => journey.requests.betweenQuestions));
  const serverCpuMsPerJourney = mean(of("unthrottled").map((journey) => journey.serverCpuMs));
  const cpuFallsBy = BEFORE.serverCpuMsPerJourney / serverCpuMsPerJourney;
  const goals: [string, boolean][] = [
    [`median tap → next question ≤ 100 ms on the phone: ${ms(phoneMedian)} ms`, phoneMedian <= 100],
    [`≤ 2 requests to the server for a whole journey after the start page: at most ${mostToServer}`, mostToServer <= 2],
    [`no request between questions: at most ${mostBetweenQuestions}`, mostBetweenQuestions === 0],
    [
      `server CPU per journey ≥ 5× below ${ms(BEFORE.serverCpuMsPerJourney)} ms (${BEFORE.date}): ${ms(serverCpuMsPerJourney)} ms, ${cpuFallsBy.toFixed(1)}× below`,
      cpuFallsBy >= 5,
    ],
  ];
  if (askedBetweenQuestions.size > 0) console.log(`\nAsked of the server between questions: ${[...askedBetweenQuestions].join(", ")}`);
  console.log("\nGoals:");
  for (const [goal, met] of goals) console.log(`  ${met ? "met    " : "not met"}  ${goal}`);

  const settings = { rounds: ROUNDS, viewport: VIEWPORT, phone: PHONE };
  writeResults(`steps-${today}`, {
    date: today,
    machine: machine(),
    settings,
    rows,
    serverCpuMsPerJourney,
    goals: goals.map(([goal, met]) => ({ goal, met })),
    journeys,
  });
} finally {
  await browser.close();
  server.off("exit", reportEarlyEnd);
  stopProcessGroup(server);
  rmSync(dataDir, { recursive: true, force: true });
}
