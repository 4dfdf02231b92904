// With JavaScript the browser shows the journey's pages itself. Each must be the page the server renders for its
// address, and arrive as a page load would: focus on the new heading, the page's title, errors summarised and
// focused, axe-clean, in both languages.
import type { Browser, Page } from "@playwright/test";
import { checkPath, resultPath, stepPath } from "../../lib/journey/paths";
import { CheckPage, expect, LEAN_TRACE, QuestionPage, ResultPage, StartPage, test } from "./support/fixtures";
import { PERSONAS, TEACHER } from "./support/personas";

test.use(LEAN_TRACE);
test.describe.configure({ timeout: 90_000 });

type Seen = { address: string; title: string; main: string };

const seen = async (page: Page): Promise<Seen> => ({
  address: new URL(page.url()).pathname + new URL(page.url()).search,
  title: await page.title(),
  main: await page.locator("main").ariaSnapshot(),
});

/** The same address as the server renders it (and the browser hydrates), in a browser of its own. */
async function fromServer(browser: Browser, address: string): Promise<Seen> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(address, { waitUntil: "networkidle" });
  const page_ = await seen(page);
  await context.close();
  return page_;
}

for (const persona of PERSONAS) {
  test(`each page of the ${persona.name}'s journey shown in the browser is the server's page for its address`, async ({
    page,
    browser,
  }) => {
    await page.goto("/", { waitUntil: "networkidle" });
    await new StartPage(page).start();
    const question = new QuestionPage(page);
    const shown: Seen[] = [];
    for (const { question: text, label } of persona.steps) {
      await question.verifyOnPage(text);
      await expect(question.heading, "focus moves to the new question").toBeFocused();
      shown.push(await seen(page));
      await question.answer(label);
      await question.continue();
    }
    await new CheckPage(page).confirm();
    const result = new ResultPage(page);
    await persona.expectResult(result);
    await expect(result.heading).toBeFocused();
    shown.push(await seen(page));
    for (const inBrowser of shown) expect(inBrowser, inBrowser.address).toEqual(await fromServer(browser, inBrowser.address));
  });
}

test("in English, the result the browser shows is the server's", async ({ page, browser }) => {
  await page.goto(checkPath("en", TEACHER.answers), { waitUntil: "networkidle" });
  await new CheckPage(page).confirm();
  await expect(page).toHaveURL(resultPath("en", TEACHER.answers));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Contact SSP in Aarhus Municipality");
  expect(await seen(page)).toEqual(await fromServer(browser, resultPath("en", TEACHER.answers)));
});

test("Continue without an answer shows the error summary, focused, and an error title, without asking the server", async ({ page }) => {
  await page.goto("/", { waitUntil: "networkidle" });
  await new StartPage(page).start();
  const question = new QuestionPage(page);
  await question.verifyOnPage(TEACHER.steps[0]!.question);
  const requests: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  await question.continue();
  await expect(question.errorSummary).toBeFocused();
  await expect(page).toHaveTitle(`Fejl: ${TEACHER.steps[0]!.question} – Henvis`);
  await expect(page.getByRole("group", { name: TEACHER.steps[0]!.question })).toHaveAccessibleDescription(/Fejl:/);
  expect(requests).toEqual([]);
});

test("Back and Forward move between the pages shown in the browser, with the answers chosen and focus on the heading", async ({ page }) => {
  await page.goto("/", { waitUntil: "networkidle" });
  await new StartPage(page).start();
  const question = new QuestionPage(page);
  const [first, second] = TEACHER.steps;
  await question.answerAndContinue(first!.question, first!.label);
  await question.verifyOnPage(second!.question);
  await page.goBack();
  await question.verifyOnPage(first!.question);
  await expect(question.radio(first!.label)).toBeChecked();
  await expect(question.heading).toBeFocused();
  await expect(page).toHaveTitle(`${first!.question} – Henvis`);
  await page.goForward();
  await question.verifyOnPage(second!.question);
  await page.goBack();
  await page.goBack();
  await expect(page).toHaveURL("/");
  await expect(page.getByRole("link", { name: "Start nu" })).toBeVisible();
  await expect(page).toHaveTitle(/Henvis$/);
});

for (const locale of ["da", "en"] as const) {
  test(`the pages the browser shows are axe-clean (${locale})`, async ({ page, makeAxeBuilder }) => {
    await page.goto(checkPath(locale, TEACHER.answers), { waitUntil: "networkidle" });
    await page.locator(".summary-row a").first().click();
    await expect(new QuestionPage(page).heading).toBeFocused();
    expect((await makeAxeBuilder().analyze()).violations).toEqual([]);
    await page.goBack();
    await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
    expect((await makeAxeBuilder().analyze()).violations).toEqual([]);
    await new CheckPage(page).confirm();
    await new ResultPage(page).verifyOnPage();
    expect((await makeAxeBuilder().analyze()).violations).toEqual([]);
  });
}

test("when the journey's code cannot be loaded, the answer goes to the server as it does without JavaScript", async ({ page }) => {
  const [first, second] = TEACHER.steps;
  await page.goto(stepPath("da", "acuteDanger", {}), { waitUntil: "networkidle" });
  await page.route("**/_next/static/chunks/**", (route) => route.abort());
  const question = new QuestionPage(page);
  await question.answerAndContinue(first!.question, first!.label);
  await question.verifyOnPage(second!.question);
});

test("when the directory does not answer, the result in the browser says so and still gives 112, 114 and the hotline", async ({ page }) => {
  await page.route("**/api/v1/directory", (route) => route.fulfill({ status: 503, json: { error: "directory_unavailable" } }));
  await page.goto(checkPath("da", TEACHER.answers), { waitUntil: "networkidle" });
  await new CheckPage(page).confirm();
  const result = new ResultPage(page);
  await result.verifyOnPage();
  await expect(page.getByText("Vores kontaktregister svarer ikke lige nu")).toBeVisible();
  const always = page.getByRole("list").filter({ has: page.getByRole("link", { name: "112", exact: true }) });
  for (const channel of ["Alarmcentralen", "Politiet", "Hotline mod radikalisering"]) {
    await expect(always.getByRole("listitem").filter({ hasText: channel })).toHaveCount(1);
  }
});
