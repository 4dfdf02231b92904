// With JavaScript, the journey runs in the page: an answer is a step of the statechart in the browser and the next
// page is rendered there, at the address the server would give it. Between the questions the browser asks the
// server for nothing; from the start page to the result it fetches the journey's code once and the directory once.
// How long a step takes, from the submit to the next page on screen, is printed as a figure, not asserted.
import type { CDPSession, Page } from "@playwright/test";
import { CheckPage, expect, LEAN_TRACE, QuestionPage, ResultPage, StartPage, test } from "./support/fixtures";
import { TEACHER } from "./support/personas";

test.use(LEAN_TRACE);

/** Starts a clock at the form's submit and stops it when the page shows another heading. */
function timeNextPage(): Promise<number> {
  return new Promise((resolve) => {
    const heading = () => document.querySelector("h1")?.textContent ?? "";
    const before = heading();
    window.addEventListener(
      "submit",
      () => {
        const started = performance.now();
        const poll = () => (heading() !== before && heading() !== "" ? resolve(performance.now() - started) : requestAnimationFrame(poll));
        poll();
      },
      { capture: true, once: true },
    );
  });
}

/** The requests that reach the server from now on (the browser's caches answer the rest), by method, kind and path. */
async function recordServerRequests(page: Page) {
  const session: CDPSession = await page.context().newCDPSession(page);
  await session.send("Network.enable");
  const fromMemory = new Set<string>();
  const methods = new Map<string, string>();
  const reached: string[] = [];
  session.on("Network.requestWillBeSent", ({ requestId, request }) => methods.set(requestId, request.method));
  session.on("Network.requestServedFromCache", ({ requestId }) => fromMemory.add(requestId));
  session.on("Network.responseReceived", ({ requestId, type, response }) => {
    if (fromMemory.has(requestId) || response.fromDiskCache || response.fromServiceWorker) return;
    reached.push(`${methods.get(requestId)} ${type} ${new URL(response.url).pathname}`);
  });
  return {
    /** Forgets what was sent so far. */
    clear: () => (reached.length = 0),
    list: () => [...reached],
  };
}

test("with JavaScript the journey runs in the page: nothing between questions, the code and the directory once", async ({ page }) => {
  await page.goto("/", { waitUntil: "networkidle" });
  const requests = await recordServerRequests(page);
  await new StartPage(page).start();

  const question = new QuestionPage(page);
  const timings: number[] = [];
  for (const [index, { question: text, label }] of TEACHER.steps.entries()) {
    await question.verifyOnPage(text);
    await question.answer(label);
    const clock = page.evaluate(timeNextPage);
    await question.continue();
    timings.push(await clock);
    if (index === 0) requests.clear();
  }
  await new CheckPage(page).verifyOnPage();
  // The first journey on a device may still fetch a static file a page's styles name (an icon); the second does not.
  const fromServer = requests.list().filter((request) => !request.includes("/_next/static/"));
  expect(fromServer, "requests between the first answer and check your answers").toEqual([]);

  // A second journey, on a new load of the start page: the browser keeps the journey's code.
  await page.goto("/", { waitUntil: "networkidle" });
  requests.clear();
  await new StartPage(page).start();
  for (const { question: text, label } of TEACHER.steps) await question.answerAndContinue(text, label);
  await new CheckPage(page).confirm();
  await TEACHER.expectResult(new ResultPage(page));
  await page.waitForLoadState("networkidle");
  const wholeJourney = requests.list();
  expect(
    wholeJourney.filter((request) => !request.startsWith("GET Script ")),
    "requests of a whole journey but its code",
  ).toEqual(["GET Fetch /api/v1/directory"]);

  const sorted = [...timings].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? NaN;
  console.log(
    `submit → next page on screen over ${timings.length} steps: median ${median.toFixed(0)} ms, slowest ${sorted.at(-1)?.toFixed(0)} ms; ` +
      `a second journey on the same page load: ${wholeJourney.length} requests (${wholeJourney.join(", ")})`,
  );
});
