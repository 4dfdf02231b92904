// Three frontline workers answer every question through the UI and reach the body they should contact:
// once with the keyboard alone, once in a browser without JavaScript.
import type { Page } from "@playwright/test";
import { checkPath } from "../../lib/journey/paths";
import { CheckPage, expect, LEAN_TRACE, QuestionPage, StartPage, test } from "./support/fixtures";
import { NURSE, PERSONAS, TEACHER, walkJourney, type Persona } from "./support/personas";

test.use(LEAN_TRACE);
// A whole journey is some twenty page loads and, with the keyboard, a hundred key presses.
test.describe.configure({ timeout: 60_000 });

test.describe("keyboard only", () => {
  for (const persona of PERSONAS) {
    test(`the ${persona.name} reaches the result with Tab, Space, arrows and Enter`, async ({ page }) => {
      const result = await walkJourney(page, persona, "keyboard");
      await persona.expectResult(result);
    });
  }

  test("the first Tab on the start page reaches the skip link", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Gå til indhold" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.locator("main#main")).toBeFocused();
  });
});

/** Answers each page the app shows with the persona's choice for its question, and counts the pages to check your answers. */
async function countQuestionPages(page: Page, persona: Persona): Promise<number> {
  const choices = new Map(persona.steps.map(({ question, label }) => [question, label]));
  await page.goto("/");
  await new StartPage(page).start();
  const question = new QuestionPage(page);
  const heading = page.getByRole("heading", { level: 1 });
  let pages = 0;
  for (let text = await heading.innerText(); text !== "Tjek dine svar"; text = await heading.innerText()) {
    const label = choices.get(text);
    if (label === undefined) throw new Error(`The ${persona.name} was asked a question the journey does not need: ${text}`);
    await question.answer(label);
    await question.continue();
    await expect(heading).not.toHaveText(text);
    pages++;
  }
  return pages;
}

test.describe("a short first minute", () => {
  for (const persona of [TEACHER, NURSE]) {
    test(`the ${persona.name} reaches check your answers after at most seven question pages`, async ({ page }) => {
      expect(await countQuestionPages(page, persona)).toBeLessThanOrEqual(7);
    });
  }

  test("on a 375 × 667 phone the teacher's check page shows the way on to the result on the first screen", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 667 });
    await page.goto(checkPath("da", TEACHER.answers));
    const check = new CheckPage(page);
    await check.verifyOnPage();
    const box = await check.confirmLink.boundingBox();
    const bottom = (box?.y ?? Infinity) + (box?.height ?? 0);
    console.info(`the check page's confirm button ends ${bottom.toFixed(0)} px down a 667 px screen`);
    expect(bottom).toBeLessThanOrEqual(667);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const persona of PERSONAS) {
    test(`the ${persona.name} reaches the result by clicking, with the forms posted to the server`, async ({ page }) => {
      const result = await walkJourney(page, persona, "mouse");
      await persona.expectResult(result);
    });
  }
});
