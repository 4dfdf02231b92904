// Every page the statechart can reach, in both languages, has no WCAG 2.2 AA violation that axe can find.
// The pages come from the machine (one shortest answer path per state), so a new state gets scanned too.
import type AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { roomProjectorPath, roomStartPath } from "../../lib/training/paths";
import { signsPath } from "../../lib/journey/paths";
import { startPath } from "../../lib/i18n/locales";
import { stepPath } from "../../lib/journey/paths";
import { journeyOf } from "../../lib/journey/journey";
import { pageAsking } from "../../lib/journey/question-pages";
import type { Locale } from "../../machines/locale";
import { explainRoute } from "../../machines/reasons";
import { replayAnswers } from "../../machines/replay";
import { RULE_IDS } from "../../machines/rules";
import { STEP_IDS } from "../../machines/vocabulary";
import da from "../../messages/da.json" with { type: "json" };
import en from "../../messages/en.json" with { type: "json" };
import { expect, LEAN_TRACE, QuestionPage, ResultPage, sharedPageTest as test } from "./support/fixtures";
import { MACHINE_STATE_IDS, machinePages, urlOf, type MachinePage } from "./support/machine-pages";

test.use(LEAN_TRACE);

const LOCALES: Locale[] = ["da", "en"];
const MESSAGES = { da, en } as const;
const PAGES = machinePages();

test("the machine gives a page for every question state, checkAnswers and every rule", () => {
  expect([...MACHINE_STATE_IDS].sort()).toEqual([...STEP_IDS, "checkAnswers", ...RULE_IDS].sort());
  expect(PAGES.map((page) => page.state)).toEqual(MACHINE_STATE_IDS);
});

/** Fails with the list of violations, so the report says what is wrong and where. */
async function expectNoViolations(makeAxeBuilder: () => AxeBuilder, page: Page) {
  const { violations } = await makeAxeBuilder().analyze();
  const summary = violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    help: violation.help,
    targets: violation.nodes.map((node) => node.target.join(" ")),
  }));
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** Checks that the URL shows the page of the machine state, not a redirect to another. */
async function expectPageOf(page: Page, machinePage: MachinePage, locale: Locale) {
  if (machinePage.kind === "question") {
    await new QuestionPage(page).verifyOnPage(pageAsking(journeyOf(machinePage.answers), machinePage.state).question[locale]);
  } else if (machinePage.kind === "check") {
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(locale === "da" ? "Tjek dine svar" : "Check your answers");
  } else {
    await new ResultPage(page).verifyOnPage();
    if (machinePage.state === "R0") await expect(page.locator("main a[href='tel:112']")).toBeVisible();
    else {
      // The route's own reasons, as the statechart gives them, show that the page is that state's.
      const replay = replayAnswers(machinePage.answers);
      if (replay.status !== "complete" || replay.outcome.rule !== machinePage.state)
        throw new Error(`The answers of ${machinePage.state} end elsewhere`);
      for (const reason of explainRoute(machinePage.answers, replay.outcome, locale))
        await expect(page.locator("details.sources")).toContainText(reason);
    }
  }
}

for (const locale of LOCALES) {
  test.describe(`axe, ${locale}`, () => {
    for (const machinePage of PAGES) {
      const url = urlOf(machinePage, locale);
      test(`${machinePage.kind} page of state ${machinePage.state} (${url})`, async ({ page, makeAxeBuilder }) => {
        const response = await page.goto(url);
        expect(response?.status()).toBe(200);
        await expectPageOf(page, machinePage, locale);
        await expectNoViolations(makeAxeBuilder, page);
      });
    }

    test(`start page (${startPath(locale)})`, async ({ page, makeAxeBuilder }) => {
      await page.goto(startPath(locale));
      await expect(page.getByRole("link", { name: locale === "da" ? "Start nu" : "Start now" })).toBeVisible();
      await expectNoViolations(makeAxeBuilder, page);
    });

    test(`signs of concern (${signsPath(locale)})`, async ({ page, makeAxeBuilder }) => {
      await page.goto(signsPath(locale));
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(locale === "da" ? "Tegn på bekymring" : "Signs of concern");
      await expectNoViolations(makeAxeBuilder, page);
    });

    for (const step of ["acuteDanger", "municipalityCode"] as const) {
      const answers = PAGES.find((candidate) => candidate.state === step)!.answers;
      test(`question page of ${step} in its error state (${stepPath(locale, step, answers)})`, async ({ page, makeAxeBuilder }) => {
        await page.goto(stepPath(locale, step, answers));
        const question = new QuestionPage(page);
        await question.continue();
        await expect(question.errorSummary).toBeFocused();
        await expect(page.locator(".form-error-message")).toBeVisible();
        await expectNoViolations(makeAxeBuilder, page);
      });
    }

    test(`the training room's projector view, while the vote is open and at the end of the answer (${roomProjectorPath(locale, "<code>")})`, async ({
      page,
      makeAxeBuilder,
    }) => {
      const room = MESSAGES[locale].trainingRoom;
      await page.goto(roomStartPath(locale));
      await page.getByRole("radio").first().check();
      await page.getByRole("button", { name: room.start.submit }).click();
      const code = (await page.getByTestId("join-code").innerText()).trim();
      const controlUrl = page.url();
      const controls = page.locator("#styring button.button-primary");
      const projector = roomProjectorPath(locale, code);
      await page.goto(projector);
      await expect(page.getByRole("img", { name: room.control.qrLabel })).toBeVisible();
      await expectNoViolations(makeAxeBuilder, page);

      await page.goto(controlUrl);
      while ((await controls.count()) > 0) {
        const progress = await page.locator("#styring p").innerText();
        await controls.click();
        await expect(page.locator("#styring p")).not.toHaveText(progress);
      }
      await page.goto(projector);
      await expect(page.locator(".room-reveal")).toContainText(room.control.finished);
      await expectNoViolations(makeAxeBuilder, page);
    });

    test(`404 page for an unknown question`, async ({ page, makeAxeBuilder }) => {
      const response = await page.goto(`${locale === "da" ? "" : "/en"}/trin/findes-ikke?a=1`);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(locale === "da" ? "Siden findes ikke" : "Page not found");
      await expectNoViolations(makeAxeBuilder, page);
    });

    test(`resume page for a tampered link`, async ({ page, makeAxeBuilder }) => {
      const url = `${locale === "da" ? "" : "/en"}/trin/bekymring?a=1.d1.c9`;
      await page.goto(url);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        locale === "da" ? "Vi kunne ikke læse hele linket" : "We could not read the whole link",
      );
      await expectNoViolations(makeAxeBuilder, page);
    });
  });
}
