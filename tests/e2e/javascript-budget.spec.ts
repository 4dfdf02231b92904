// The JavaScript a page makes the browser download when it opens, gzip-compressed, against the start page of
// the same build (static text and two small client components: the quick exit and the journey in the browser),
// counted until its load event: once the browser is idle, the start page goes on to fetch the journey's code, which
// is printed apart. Printed for every route; a question page may ship at most 1.25 × the start page's weight.
import { gzipSync } from "node:zlib";
import type { Browser, Page, Response } from "@playwright/test";
import { expect, test } from "./support/fixtures";

const MAX_RATIO = 1.25;
const BASELINE = "/";
const ROUTES = {
  "first question": "/trin/bekymring?a=1.d1.c1",
  "municipality question": "/trin/kommune?a=1.d1.c1.k0.w0.p1.h1.a0",
  "English question": "/en/trin/bekymring?a=1.d1.c1",
  "check your answers": "/tjek?a=1.d1.c1.k4.w0",
  result: "/resultat?a=1.d1.c1.k0.w0.p1.h1.a0.m751.r1",
  "training library": "/traening",
  "training question": "/traening/elev-deler-voldelig-propaganda/trin/bekymring?a=1.d1.c1",
  "training guess": "/traening/elev-deler-voldelig-propaganda/gaet?a=1.d1.c1.k0.w0.p1.h1.a0.m740.r1",
  "training reveal": "/traening/elev-deler-voldelig-propaganda/svar?a=1.d1.c1.k0.w0.p1.h1.a0.m740.r1&forst=SSP",
  "decision model": "/traening/model",
  "group session start": "/traening/rum",
  "group session join": "/traening/deltag",
};
const QUESTION_ROUTES = ["first question", "municipality question", "English question", "training question"];

/**
 * Records the gzip bytes of every script the page loads; `total()` stops recording and sums those loaded so far (a
 * script that arrives later, such as the journey's code the start page fetches once idle, is not read).
 */
function recordScripts(page: Page) {
  const sizes = new Map<string, Promise<number>>();
  const record = (response: Response) => {
    if (response.request().resourceType() !== "script") return;
    sizes.set(
      response.url(),
      response.body().then((body) => gzipSync(body).length),
    );
  };
  page.on("response", record);
  return {
    total: async () => {
      page.off("response", record);
      return (await Promise.all(sizes.values())).reduce((sum, size) => sum + size, 0);
    },
  };
}

/** Gzip bytes of every script the page loads until the network is idle (or until its load event). */
async function javascriptWeight(page: Page, path: string, until: "networkidle" | "load" = "networkidle"): Promise<number> {
  const scripts = recordScripts(page);
  await page.goto(path, { waitUntil: until });
  const weight = await scripts.total();
  expect(weight, `${path} loads no script at all`).toBeGreaterThan(0);
  return weight;
}

/** What the journey in the browser loads when a worker first touches its page, for the record: it is not part of the page's load. */
async function deferredWeight(browser: Browser): Promise<number> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(ROUTES["first question"], { waitUntil: "networkidle" });
  const scripts = recordScripts(page);
  await page.getByRole("radio").first().check();
  await page.getByRole("button", { name: "Fortsæt" }).click();
  await page.waitForURL(/\/trin\/arbejdsplads/);
  await page.waitForLoadState("networkidle");
  const weight = await scripts.total();
  await context.close();
  return weight;
}

const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

test("a question page ships at most 1.25 × the JavaScript of the start page", async ({ browser }) => {
  // Fifteen pages, each until the network is idle: about 50 s on a quiet machine, more on a busy one.
  test.setTimeout(150_000);
  const measure = async (path: string, until?: "load") => {
    const context = await browser.newContext();
    const weight = await javascriptWeight(await context.newPage(), path, until);
    await context.close();
    return weight;
  };
  const baseline = await measure(BASELINE, "load");
  console.log(`JavaScript (gzip) of the start page ${BASELINE}: ${kilobytes(baseline)}`);
  console.log(`  with the journey's code it fetches once idle: ${kilobytes(await measure(BASELINE))}`);
  const ratios: Record<string, number> = {};
  for (const [name, path] of Object.entries(ROUTES)) {
    const weight = await measure(path);
    ratios[name] = weight / baseline;
    console.log(`  ${name.padEnd(22)} ${kilobytes(weight).padStart(9)}  ${ratios[name].toFixed(3)} ×  ${path}`);
  }
  console.log(`  loaded on the first touch of a journey page (statechart, views, texts): ${kilobytes(await deferredWeight(browser))}`);
  for (const name of QUESTION_ROUTES) expect(ratios[name], `${name}: ${ratios[name]?.toFixed(3)} ×`).toBeLessThanOrEqual(MAX_RATIO);
});
