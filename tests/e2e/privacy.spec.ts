// Nothing about the person leaves the browser or stays in it: no request to another host, no cookie,
// and every page says so.
import type { Page } from "@playwright/test";
import { CheckPage, expect, LEAN_TRACE, QuestionPage, ResultPage, StartPage, test } from "./support/fixtures";
import { TEACHER_SUSPECTING_A_CRIME as WORKER, walkJourney } from "./support/personas";

test.use(LEAN_TRACE);

const PROMISE = "Vi gemmer ingen oplysninger om den person";

/** Every request the page makes, as URLs. */
function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on("request", (request) => urls.push(request.url()));
  return urls;
}

const toOtherHosts = (requests: string[], appHost: string) => requests.filter((url) => new URL(url).host !== appHost);

async function expectThePromise(page: Page) {
  await expect(page.locator("footer")).toContainText(PROMISE);
}

test("a whole journey talks to no other host, sends the server no answer, sets no cookie, and every page says nothing is stored", async ({
  page,
  context,
  appHost,
}) => {
  const requests = recordRequests(page);
  await page.goto("/");
  await expectThePromise(page);
  await new StartPage(page).start();
  const question = new QuestionPage(page);
  for (const { question: text, label } of WORKER.steps) {
    await question.verifyOnPage(text);
    await expectThePromise(page);
    await question.answer(label);
    await question.continue();
  }
  const check = new CheckPage(page);
  await check.verifyOnPage();
  await expectThePromise(page);
  await check.confirm();
  const result = new ResultPage(page);
  await result.verifyOnPage();
  await WORKER.expectResult(result);
  await expectThePromise(page);

  // The journey runs in the page: its one request for data is the directory, which carries no answer.
  expect(requests.filter((url) => new URL(url).pathname === "/api/v1/directory")).toHaveLength(1);
  expect(
    requests.filter((url) => new URL(url).searchParams.has("a")),
    "with JavaScript no request carries the answers",
  ).toEqual([]);
  expect(toOtherHosts(requests, appHost)).toEqual([]);
  expect(await context.cookies()).toEqual([]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a whole journey posting its forms sets no cookie and talks to no other host", async ({ page, context, appHost }) => {
    const requests = recordRequests(page);
    await walkJourney(page, WORKER, "mouse");
    await expectThePromise(page);
    expect(requests.filter((url) => url.includes("/trin/")).length).toBeGreaterThanOrEqual(WORKER.steps.length);
    expect(toOtherHosts(requests, appHost)).toEqual([]);
    expect(await context.cookies()).toEqual([]);
  });
});

test("the English pages, the resume page and the 404 page make the same promise, with no cookie", async ({ page, context, appHost }) => {
  const requests = recordRequests(page);
  for (const url of ["/en", "/en/trin/akut-fare?a=1", "/en/tjek?a=1.d1.c1.k4.w0", "/trin/bekymring?a=1.d1.c9", "/trin/findes-ikke?a=1"]) {
    await page.goto(url);
    await expect(page.locator("footer")).toContainText(url.startsWith("/en") ? "We store nothing about the person" : PROMISE);
  }
  expect(toOtherHosts(requests, appHost)).toEqual([]);
  expect(await context.cookies()).toEqual([]);
});
