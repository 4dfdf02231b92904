// Trainer mode for one trainee: a case of each workplace walked through the journey's own question pages, with
// or without JavaScript, to the guess and the reveal; every case's reveal; a wrong guess, answers that part from the case,
// a what-if, printed case cards, and axe on every training page in both languages.
import { scenarioPlace } from "@/lib/training/paths";
import type { Page } from "@playwright/test";
import { caseCardPath, caseCardsPath, guessPath, revealPath, scenarioPath, trainingPath, whatIfPath } from "../../lib/training/paths";
import { stepPath } from "../../lib/journey/paths";
import { journeyOf } from "../../lib/journey/journey";
import { answeredPages } from "../../lib/journey/question-pages";
import { stepDefinition } from "../../lib/journey/steps";
import type { Locale } from "../../machines/locale";
import { PORTS } from "../../playwright.config";
import { expect, LEAN_TRACE, QuestionPage, sharedPageTest, test } from "./support/fixtures";
import { pdfPageCount, printToPdf } from "./support/print";
import { smallTapTargets } from "./support/tap-targets";
import { bodyName, seededCases, teacherCase, type SeededCase } from "./support/training";

test.use(LEAN_TRACE);
test.describe.configure({ timeout: 60_000 });

const CASES = seededCases();
const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
// One case per workplace is walked through the question pages, every other one without JavaScript; every
// case's reveal is read once below, and every case's route is checked against the route engine in
// tests/unit/training/scenarios.test.ts.
const ONE_CASE_PER_WORKPLACE = CASES.filter(
  (found, index) => CASES.findIndex((other) => other.scenario.workplace === found.scenario.workplace) === index,
);
const WALKED_WITH_JAVASCRIPT = ONE_CASE_PER_WORKPLACE.filter((_, index) => index % 2 === 0);

/** Answers each question page of the case as the case says, checking the narrative stays beside the question. */
async function answerCase(page: Page, { scenario }: SeededCase, answers = scenario.answers) {
  await page.goto(scenarioPath("da", scenario.slug));
  await page.getByRole("link", { name: "Start sagen" }).click();
  const questions = new QuestionPage(page);
  const journey = journeyOf(answers);
  for (const { definition } of answeredPages(journey).filter((asked) => !asked.fromRole)) {
    const value = definition.valueIn(journey.answers);
    const option = definition.options.find((candidate) => candidate.value === value);
    if (!option) throw new Error(`${scenario.slug}: no answer to ${definition.id}`);
    await expect(page.getByRole("complementary", { name: "Sagen" })).toContainText(scenario.narrative.da.slice(0, 60));
    await questions.answerAndContinue(definition.question.da, option.label.da);
  }
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hvem ville du kontakte først?");
}

async function guess(page: Page, first: string) {
  await page.getByRole("group", { name: "Hvem ville du kontakte først?" }).getByRole("radio", { name: first, exact: true }).check();
  await page.getByRole("button", { name: "Se modellens svar" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Modellens svar");
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled });
    for (const found of ONE_CASE_PER_WORKPLACE.filter((walked) => WALKED_WITH_JAVASCRIPT.includes(walked) === javaScriptEnabled)) {
      test(`"${found.scenario.slug}" is answered as the case says and the right first contact scores`, async ({ page }) => {
        await answerCase(page, found);
        await guess(page, bodyName(found.outcome.primary));
        await expect(page.getByText(`Rigtigt: ${bodyName(found.outcome.primary)} er også modellens første kontakt.`)).toBeVisible();
        await expect(page.getByText("Dine svar afviger fra sagen")).toHaveCount(0);
        await expect(page.locator(`svg [data-state="${found.outcome.rule}"][data-route="taken"]`)).toHaveCount(1);
        await expect(page.locator('svg [data-route~="model"]')).toHaveCount(0);
        for (const point of found.scenario.learningPoints) await expect(page.getByText(point.da)).toBeVisible();
      });
    }
  });
}

test("every case's reveal scores the right first contact, marks the route it takes and names its learning points", async ({ request }) => {
  for (const found of CASES) {
    const first = found.outcome.primary;
    const response = await request.get(revealPath("da", found.scenario.slug, found.scenario.answers, { first, also: [], duties: [] }));
    expect(response.status(), found.scenario.slug).toBe(200);
    const html = await response.text();
    expect(html, found.scenario.slug).toContain(`Rigtigt: ${bodyName(first)} er også modellens første kontakt.`);
    expect(html, found.scenario.slug).not.toContain("Dine svar afviger fra sagen");
    expect(html, found.scenario.slug).toMatch(new RegExp(`data-state="${found.outcome.rule}"[^>]*data-route="taken"`));
    for (const point of found.scenario.learningPoints) expect(html, found.scenario.slug).toContain(escapeHtml(point.da));
  }
});

test.describe("the guess", () => {
  test("a wrong first contact is explained in one sentence, and the others and duties named are scored", async ({ page }) => {
    const found = teacherCase();
    await answerCase(page, found);
    await page
      .getByRole("group", { name: /Hvem skal ellers kontaktes/ })
      .getByRole("checkbox", { name: bodyName("INFOHOUSE") })
      .check();
    await guess(page, bodyName("POLICE"));
    await expect(
      page.getByText(`Forkert første kontakt. Du valgte: ${bodyName("POLICE")}. Modellen går først til: ${bodyName("SSP")}.`),
    ).toBeVisible();
    await expect(page.getByText(`Rigtigt: ${bodyName("INFOHOUSE")} skal også kontaktes.`)).toBeVisible();
    await expect(page.getByText(`Mangler: ${bodyName("MUNICIPALITY")} skal også kontaktes.`)).toBeVisible();
    await expect(page.getByText("Mangler: Skærpet underretningspligt gælder for dig her.")).toBeVisible();
    const outOf = 1 + found.outcome.also.length + found.outcome.duties.length;
    await expect(page.getByText(`Du fik 1 af ${outOf} point.`)).toBeVisible();
  });

  test("sending no first contact shows the error and keeps the answers", async ({ page }) => {
    const found = teacherCase();
    await page.goto(guessPath("da", found.scenario.slug, found.scenario.answers));
    await page.getByRole("button", { name: "Se modellens svar" }).click();
    await expect(page.getByRole("alert", { name: "Der er et problem" })).toContainText("Vælg, hvem du ville kontakte først");
    await expect(page).toHaveTitle(/^Fejl: /);
    await guess(page, bodyName("SSP"));
    await expect(page.getByText(`Rigtigt: ${bodyName("SSP")} er også modellens første kontakt.`)).toBeVisible();
  });
});

test.describe("the reveal", () => {
  test("answers that part from the case are named, with the trainee's route beside the model's", async ({ page }) => {
    const found = teacherCase();
    await answerCase(page, found, { ...found.scenario.answers, ageBand: "25plus" });
    await guess(page, bodyName("INFOHOUSE"));
    await expect(
      page.getByText("Hvor gammel er personen? Du svarede »25 år eller ældre«. Sagen lægger op til »Under 18 år«."),
    ).toBeVisible();
    const yours = page.getByRole("region", { name: "Din rute" });
    const model = page.getByRole("region", { name: "Modellens rute" });
    await expect(yours.locator("dd").first()).toHaveText(bodyName("INFOHOUSE"));
    await expect(model.locator("dd").first()).toHaveText(bodyName("SSP"));
    await expect(page.locator('svg [data-state="R8f"][data-route="taken"]')).toHaveCount(1);
    await expect(page.locator('svg [data-state="R8d"][data-route="model"]')).toHaveCount(1);
    await expect(page.locator('svg [data-edge][data-route="model"]').first()).toBeAttached();
    const yourPath = page.getByRole("heading", { name: "Din vej gennem spørgsmålene" }).locator("xpath=following-sibling::ol[1]");
    const casePath = page.getByRole("heading", { name: "Sagens vej gennem spørgsmålene" }).locator("xpath=following-sibling::ol[1]");
    await expect(yourPath).toContainText("Hvor gammel er personen? Svar: 25 år eller ældre");
    await expect(yourPath.locator("li").last()).toHaveText(`Henvisning: ${bodyName("INFOHOUSE")}`);
    await expect(casePath).toContainText("Hvor gammel er personen? Svar: Under 18 år");
    await expect(casePath.locator("li").last()).toHaveText(`Henvisning: ${bodyName("SSP")}`);
  });
});

test.describe("what if", () => {
  test("changing the age shows both routes side by side, in a link that can be shared", async ({ page, browser }) => {
    const found = teacherCase();
    await page.goto(revealPath("da", found.scenario.slug, found.scenario.answers, { first: "SSP", also: [], duties: [] }));
    await page.locator("summary", { hasText: stepDefinition("ageBand").question.da }).click();
    await page.getByRole("link", { name: "Hvis svaret var »25 år eller ældre«" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hvad nu hvis et svar var et andet?");
    const changes = page.getByRole("heading", { name: "Det ændrer sig" }).locator("xpath=following-sibling::ul[1]");
    await expect(changes).toContainText(`Første kontakt: ${bodyName("SSP")} bliver til ${bodyName("INFOHOUSE")}.`);
    await expect(changes).toContainText("Gælder ikke længere: Skærpet underretningspligt.");
    const shared = await browser.newPage();
    await shared.goto(page.url());
    await expect(shared.getByRole("region", { name: "Med det ændrede svar" }).locator("dd").first()).toHaveText(bodyName("INFOHOUSE"));
    await shared.close();
  });

  test("a change that brings a new question asks it, also without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const emergency = CASES.find(({ outcome }) => outcome.rule === "R0");
    if (!emergency) throw new Error("The library has no case of acute danger");
    const { slug } = emergency.scenario;
    await page.goto(whatIfPath("da", slug, emergency.scenario.answers, { acuteDanger: false }));
    await page.getByRole("radio", { name: "Ja", exact: true }).check();
    await page.getByRole("button", { name: "Vis ruten" }).click();
    await expect(page.getByRole("group", { name: stepDefinition("workplace").question.da })).toBeVisible();
    await context.close();
  });
});

test.describe("case cards", () => {
  test("a case prints on two A4 pages, and the library as two a case", async ({ page }) => {
    const found = teacherCase();
    await page.goto(caseCardPath("da", found.scenario.slug));
    expect(pdfPageCount(await printToPdf(page))).toBe(2);
    await page.goto(caseCardsPath("da"));
    await expect(page.locator("article.case-card")).toHaveCount(CASES.length);
    expect(pdfPageCount(await printToPdf(page))).toBe(2 * CASES.length);
  });
});

test.describe("the library", () => {
  test("filters by workplace and by situation, and says so when a filter is unknown", async ({ page }) => {
    await page.goto(trainingPath("da"));
    await expect(page.locator(".scenario-list > li")).toHaveCount(CASES.length);
    await page.getByLabel("Arbejdsplads").selectOption({ label: "Kriminalforsorgen" });
    await page.getByRole("button", { name: "Vis" }).click();
    const inPrison = CASES.filter(({ scenario }) => scenario.workplace === "prison_probation");
    await expect(page.locator(".scenario-list > li")).toHaveCount(inPrison.length);
    for (const { scenario } of inPrison) await expect(page.getByRole("link", { name: scenario.title.da })).toBeVisible();
    await page.goto(trainingPath("da", { rule: "R0" }));
    await expect(page.locator(".scenario-list > li")).toHaveCount(CASES.filter(({ outcome }) => outcome.rule === "R0").length);
    await page.goto(`${trainingPath("da")}?rolle=astronaut`);
    await expect(page.getByRole("status").first()).toContainText("Vi kender ikke det valgte filter");
    await expect(page.locator(".scenario-list > li")).toHaveCount(CASES.length);
  });

  test("an unknown case is a page that says so, with status 404 and the way back to the library", async ({ page }) => {
    for (const path of [
      scenarioPath("da", "findes-ikke"),
      guessPath("da", "findes-ikke", {}),
      `${scenarioPath("da", "Ikke En Sag")}/kort`,
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sagen findes ikke");
    }
    await page.getByRole("link", { name: "Tilbage til sagerne" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Træning: hvem skal kontaktes?");
  });
});

test.describe("strange addresses and no database", () => {
  test("a case address that cannot be a case never gets a server error", async ({ page }) => {
    for (const path of ["/traening/%00", "/traening/%00/svar?a=1.d0&forst=SSP", "/en/traening/a%2Fb/kort"]) {
      expect((await page.goto(path))?.status(), path).toBeLessThan(500);
    }
    for (const path of [`/traening/${"x".repeat(500)}`, "/traening/x%00y/gaet?a=1.d0", "/traening/%C3%A6bler/kort"]) {
      expect((await page.goto(path))?.status(), path).toBe(404);
    }
  });

  test("without the database the library, the case cards and every page of a case say so, never with a server error", async ({ page }) => {
    const base = `http://127.0.0.1:${PORTS.appWithoutDatabase}`;
    const { slug, answers } = teacherCase().scenario;
    const casePages = [
      scenarioPath("da", slug),
      stepPath("da", "acuteDanger", {}, scenarioPlace(slug)),
      guessPath("da", slug, answers),
      revealPath("da", slug, answers, { first: "SSP", also: [], duties: [] }),
      whatIfPath("da", slug, answers, answers),
      caseCardPath("da", slug),
    ];
    for (const path of [trainingPath("da"), caseCardsPath("da"), ...casePages]) {
      expect((await page.goto(`${base}${path}`))?.status(), path).toBe(200);
      await expect(page.getByRole("heading", { level: 1 }), path).toHaveText("Træningen virker ikke lige nu");
    }
  });
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test("every choice, button and what-if link of the guess and the reveal is at least 44 px high", async ({ page }) => {
    const { scenario } = teacherCase();
    await page.goto(guessPath("da", scenario.slug, scenario.answers));
    expect(await smallTapTargets(page)).toEqual([]);
    await page.goto(revealPath("da", scenario.slug, scenario.answers, { first: "SSP", also: [], duties: [] }));
    for (const summary of await page.locator(".what-if-options summary").all()) await summary.click();
    expect(await smallTapTargets(page)).toEqual([]);
  });
});

test.describe("on a small phone", () => {
  test.use({ viewport: { width: 375, height: 667 }, hasTouch: true });

  test("the case is read in full above the first question and kept in a closed fold above the next", async ({ page }) => {
    const { scenario } = teacherCase();
    const [first, second] = answeredPages(journeyOf(scenario.answers)).map(({ definition }) => definition);
    const visibleNarrative = page.locator("p", { hasText: scenario.narrative.da.slice(0, 60) }).filter({ visible: true });
    await page.goto(scenarioPath("da", scenario.slug));
    await page.getByRole("link", { name: "Start sagen" }).click();
    await new QuestionPage(page).verifyOnPage(first!.question.da);
    await expect(visibleNarrative).toHaveCount(1);
    const answer = first!.options.find((option) => option.value === first!.valueIn(scenario.answers))!;
    await new QuestionPage(page).answerAndContinue(first!.question.da, answer.label.da);

    await new QuestionPage(page).verifyOnPage(second!.question.da);
    const fold = page.getByRole("complementary", { name: "Sagen" }).locator("details");
    await expect(fold).not.toHaveAttribute("open");
    await expect(fold).toContainText(scenario.narrative.da);
    await expect(visibleNarrative).toHaveCount(0);
    await fold.locator("summary").click();
    await expect(visibleNarrative).toHaveCount(1);
  });

  test('the links under "Til undervisningen" are at least 44 px high', async ({ page }) => {
    await page.goto(trainingPath("da"));
    const tools = page.getByRole("heading", { name: "Til undervisningen" }).locator("xpath=following-sibling::ul[1]").getByRole("link");
    await expect(tools).toHaveCount(4);
    const heights = await tools.evaluateAll((links) => links.map((link) => link.getBoundingClientRect().height));
    expect(heights.filter((height) => height < 44)).toEqual([]);
  });
});

sharedPageTest.describe("accessibility", () => {
  const found = teacherCase();
  const { slug, answers } = found.scenario;
  const pages = (locale: Locale) => ({
    library: trainingPath(locale),
    case: scenarioPath(locale, slug),
    question: stepPath(locale, "concern", { acuteDanger: false, crimeSuspected: "no" }, scenarioPlace(slug)),
    guess: guessPath(locale, slug, answers),
    "guess with error": `${guessPath(locale, slug, answers)}&fejl=1`,
    reveal: revealPath(locale, slug, { ...answers, ageBand: "25plus" }, { first: "POLICE", also: ["HOTLINE"], duties: ["SHARING_115"] }),
    "what if": whatIfPath(locale, slug, answers, { ...answers, ageBand: "25plus" }),
    "case card": caseCardPath(locale, slug),
    "case cards": caseCardsPath(locale),
  });
  for (const locale of ["da", "en"] as const) {
    for (const [name, path] of Object.entries(pages(locale))) {
      sharedPageTest(`the ${name} page in ${locale} has no axe violation`, async ({ page, makeAxeBuilder }) => {
        await page.goto(path);
        const { violations } = await makeAxeBuilder().analyze();
        expect(violations.map(({ id, nodes }) => ({ id, targets: nodes.map((node) => node.target.join(" ")) }))).toEqual([]);
      });
    }
  }
});

test("with JavaScript, Continue without an answer on a case's question shows the error summary, focused, and an error title", async ({
  page,
}) => {
  const { scenario } = teacherCase();
  const [first] = answeredPages(journeyOf(scenario.answers)).map(({ definition }) => definition);
  await page.goto(scenarioPath("da", scenario.slug));
  await page.getByRole("link", { name: "Start sagen" }).click();
  const question = new QuestionPage(page);
  await question.verifyOnPage(first!.question.da);
  await question.continue();
  await expect(question.errorSummary).toBeFocused();
  await expect(page).toHaveTitle(/^Fejl: /);
});
