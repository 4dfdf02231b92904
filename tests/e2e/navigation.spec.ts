// Moving around a journey whose answers live only in the URL: Back, refresh, a copied link, a
// tampered link, the language switch, Change on the check page and an invalid submit.
import type { Page } from "@playwright/test";
import { checkPath, stepPath } from "../../lib/journey/paths";
import { answersParam, CheckPage, expect, LEAN_TRACE, QuestionPage, sharedPageTest, test } from "./support/fixtures";
import { FROM_ROLE, NURSE, PRISON_OFFICER, QUESTIONS as Q, TEACHER } from "./support/personas";

test.use(LEAN_TRACE);

const RESUME_HEADING = "Vi kunne ikke læse hele linket";

const EXIT_GANG = "Personen vil gerne ud af et rocker- eller bandemiljø";
const CRIME_UNKNOWN = "Ved ikke, om det er en forbrydelse";
/** The crime question on its own page: a link that holds only the answer about danger opens it. */
const CRIME_ALONE = "Har du mistanke om, at der er begået eller bliver planlagt en forbrydelse?";

/** Answers the first two question pages from the first page and waits on the third. */
async function answerFirstTwo(page: Page): Promise<QuestionPage> {
  await page.goto(stepPath("da", "acuteDanger", {}));
  const question = new QuestionPage(page);
  await question.answerAndContinue(Q.dangerOrCrime, CRIME_UNKNOWN);
  await question.answerAndContinue(Q.concern, EXIT_GANG);
  await question.verifyOnPage(Q.workplace);
  return question;
}

/** The same journey, its first answers from a link: answers the second page and waits on the third. */
async function midJourney(page: Page): Promise<QuestionPage> {
  await page.goto(stepPath("da", "concern", { acuteDanger: false, crimeSuspected: "unknown" }));
  const question = new QuestionPage(page);
  await question.answerAndContinue(Q.concern, EXIT_GANG);
  await question.verifyOnPage(Q.workplace);
  return question;
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled });

    test("browser Back and Forward return to each question with its answer still chosen", async ({ page }) => {
      const question = await answerFirstTwo(page);
      await page.goBack();
      await question.verifyOnPage(Q.concern);
      await expect(question.radio(EXIT_GANG)).toBeChecked();
      await page.goBack();
      await question.verifyOnPage(Q.dangerOrCrime);
      await expect(question.radio(CRIME_UNKNOWN)).toBeChecked();
      await expect(question.radio("Nej, ingen af delene")).not.toBeChecked();
      // Forward again returns to the later question, still answered.
      await page.goForward();
      await question.verifyOnPage(Q.concern);
      await expect(question.radio(EXIT_GANG)).toBeChecked();
      await page.goBack();
      await question.verifyOnPage(Q.dangerOrCrime);
      // Going on from there keeps the answers given before.
      await question.continue();
      await question.verifyOnPage(Q.concern);
      await expect(question.progress).toHaveText(/^Spørgsmål 2 af højst \d+$/);
    });

    test("an invalid submit shows the error summary, the inline error and an error title", async ({ page }) => {
      await page.goto(stepPath("da", "acuteDanger", {}));
      const question = new QuestionPage(page);
      await question.continue();
      await expect(question.errorSummary).toBeVisible();
      await expect(question.errorSummary.getByRole("link", { name: "Vælg et af svarene" })).toHaveAttribute("href", "#answer-0");
      await expect(page.locator("#answer-error")).toHaveText("Fejl: Vælg et af svarene");
      await expect(page.getByRole("group", { name: Q.dangerOrCrime })).toHaveAttribute("aria-describedby", /\banswer-error\b/);
      await expect(page).toHaveTitle(/^Fejl: Er nogen i fare lige nu, eller har du mistanke om en forbrydelse\?/);
      if (javaScriptEnabled) await expect(question.errorSummary).toBeFocused();
      else expect(new URL(page.url()).searchParams.get("fejl")).toBe("1");
      // Still the same question, and answering it goes on.
      await question.answerAndContinue(Q.dangerOrCrime, "Nej, ingen af delene");
      await question.verifyOnPage(Q.concern);
      await expect(question.errorSummary).toHaveCount(0);
      await expect(page).not.toHaveTitle(/^Fejl/);
    });
  });
}

// The list follows Danish collation, so Aabenraa, Aalborg and Aarhus come after Ærø ("aa" is "å"); typing still finds them.
test("typing the start of a municipality's name in the list chooses it, wherever the list sorts it", async ({ page }) => {
  await page.goto(
    stepPath("da", "municipalityCode", { acuteDanger: false, crimeSuspected: "yes", workplace: "education", ageBand: "under18" }),
  );
  const question = new QuestionPage(page);
  const names = await question.select.locator("option").allTextContents();
  expect(names.indexOf("Aarhus")).toBeGreaterThan(names.indexOf("Ærø"));
  await question.select.focus();
  await page.keyboard.type("Aar");
  await expect(question.select).toHaveValue("751");
});

test("an invalid submit of the municipality list links the error to the list", async ({ page }) => {
  await page.goto(
    stepPath("en", "municipalityCode", { acuteDanger: false, crimeSuspected: "yes", workplace: "education", ageBand: "under18" }),
  );
  const question = new QuestionPage(page);
  await question.continue();
  await expect(question.errorSummary).toBeFocused();
  await expect(question.errorSummary.getByRole("link", { name: "Select a municipality" })).toHaveAttribute("href", "#answer");
  await expect(question.select).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveTitle(/^Error: In which municipality does the person live\?/);
});

test("refreshing mid-journey keeps the answers", async ({ page }) => {
  const question = await midJourney(page);
  const url = page.url();
  await page.reload();
  expect(page.url()).toBe(url);
  await question.verifyOnPage(Q.workplace);
  await expect(question.progress).toHaveText(/^Spørgsmål 3 af højst \d+$/);
  await question.backLink.click();
  await question.verifyOnPage(Q.concern);
  await expect(question.radio(EXIT_GANG)).toBeChecked();
});

test("a link copied mid-journey opens on the same question with the same answers in a new browser", async ({ page, browser }) => {
  const question = await midJourney(page);
  const context = await browser.newContext();
  try {
    const other = await context.newPage();
    await other.goto(page.url());
    const copied = new QuestionPage(other);
    await copied.verifyOnPage(Q.workplace);
    await expect(copied.progress).toHaveText(await question.progress.innerText());
    await copied.backLink.click();
    await copied.verifyOnPage(Q.concern);
    await expect(copied.radio(EXIT_GANG)).toBeChecked();
    await copied.backLink.click();
    await copied.verifyOnPage(Q.dangerOrCrime);
    await expect(copied.radio(CRIME_UNKNOWN)).toBeChecked();
  } finally {
    await context.close();
  }
});

// Each of these only loads a page or two: one page per worker serves them all.
sharedPageTest.describe("a tampered link never gives a server error", () => {
  sharedPageTest("an invalid answer offers to go on from the last valid one", async ({ page }) => {
    const response = await page.goto("/trin/bekymring?a=1.d1.c9");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(RESUME_HEADING);
    await page.getByRole("link", { name: "Fortsæt" }).click();
    const question = new QuestionPage(page);
    await question.verifyOnPage(CRIME_ALONE);
    expect(answersParam(page)).toBe("1.d1");
  });

  sharedPageTest("an unknown version offers to start from the first question", async ({ page }) => {
    const response = await page.goto("/trin/akut-fare?a=9.x");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(RESUME_HEADING);
    await page.getByRole("link", { name: "Fortsæt" }).click();
    await new QuestionPage(page).verifyOnPage(Q.dangerOrCrime);
  });

  for (const url of ["/tjek?a=1.d1.cX", "/resultat?a=1.d1.c1.k9", "/en/resultat?a=1.%00", "/trin/kommune?a=1.d1.c0.w0.m999"]) {
    sharedPageTest(`${url} shows the resume page`, async ({ page }) => {
      const response = await page.goto(url);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(
        url.startsWith("/en") ? "We could not read the whole link" : RESUME_HEADING,
      );
    });
  }

  for (const url of ["/trin/findes-ikke?a=1.d1", "/trin/kommune.php", "/wp-login.php", "/index.html"]) {
    sharedPageTest(`${url} gives the Danish 404 page with the quick exit`, async ({ page }) => {
      const response = await page.goto(url);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Siden findes ikke");
      await expect(page.getByRole("link", { name: "Forlad siden" })).toBeVisible();
    });
  }

  sharedPageTest("a result link with answers missing goes on to the next question", async ({ page }) => {
    const response = await page.goto("/resultat?a=1.d1.c1");
    expect(response?.status()).toBe(200);
    await new QuestionPage(page).verifyOnPage(Q.concern);
  });
});

test("a Danish address written with /da leads to the same page without it, answers and all", async ({ request }) => {
  for (const [from, to] of [
    ["/da", "/"],
    ["/da/trin/bekymring?a=1.d1.c1", "/trin/bekymring?a=1.d1.c1"],
  ]) {
    const response = await request.get(from!, { maxRedirects: 0 });
    expect(response.status(), from).toBe(307);
    expect(response.headers().location, from).toBe(to);
  }
  const english = await request.get("/en/trin/bekymring?a=1.d1.c1", { maxRedirects: 0 });
  expect(english.status()).toBe(200);
  expect(await english.text()).toContain('<html lang="en"');
});

test("switching language mid-journey keeps the answers and asks in English", async ({ page }) => {
  const question = await midJourney(page);
  const answers = answersParam(page);
  await page.getByRole("link", { name: "Read this page in English" }).click();
  await expect(page).toHaveURL(/\/en\/trin\/arbejdsplads\?/);
  expect(answersParam(page)).toBe(answers);
  await question.verifyOnPage("How do you know the person?");
  await expect(question.progress).toHaveText(/^Question 3 of at most \d+$/);
  await question.backLink.click();
  await question.verifyOnPage("What is your concern about?");
  await expect(question.radio("The person wants to leave a biker or gang environment")).toBeChecked();
  await page.getByRole("link", { name: "Læs siden på dansk" }).click();
  await question.verifyOnPage(Q.concern);
  await expect(question.radio(EXIT_GANG)).toBeChecked();
});

test.describe("Change on the check page", () => {
  test("an answer the role gave can be changed: the question is then asked, and the route follows the answer", async ({ page }) => {
    await page.goto(checkPath("da", PRISON_OFFICER.answers));
    const check = new CheckPage(page);
    await check.verifyOnPage();
    const before = await check.answers();
    expect(before[Q.status]).toBe(`I Kriminalforsorgens varetægt\n${FROM_ROLE}`);
    await check.change(Q.status);
    const question = new QuestionPage(page);
    await question.verifyOnPage(Q.status);
    await expect(question.radio("I Kriminalforsorgens varetægt")).toBeChecked();
    await question.answerAndContinue(Q.status, "Ved ikke");
    // The officer's own answer now stands, without the note, and no other question was asked again.
    await check.verifyOnPage();
    expect(await check.answers()).toEqual({ ...before, [Q.status]: "Ved ikke" });
    await expect(check.rows.locator("dt")).toHaveText([Q.dangerOrCrime, Q.concern, Q.workplace, Q.status, Q.age, Q.municipality, Q.advice]);
    await check.confirm();
    await expect(page.getByRole("heading", { level: 1 })).not.toHaveText(/Kriminalforsorgens egen procedure/);
  });

  test("an answer that changes nothing else returns straight to the check page", async ({ page }) => {
    await page.goto(checkPath("da", NURSE.answers));
    const check = new CheckPage(page);
    const before = await check.answers();
    await check.change(Q.municipality);
    const question = new QuestionPage(page);
    await question.verifyOnPage(Q.municipality);
    await expect(question.select.locator("option:checked")).toHaveText("Odense");
    await question.answer("Vejle");
    await question.continue();
    await check.verifyOnPage();
    expect(await check.answers()).toEqual({ ...before, [Q.municipality]: "Vejle" });
  });

  for (const javaScriptEnabled of [true, false]) {
    test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
      test.use({ javaScriptEnabled });

      test("Change opens each question with the earlier answer chosen", async ({ page }) => {
        await page.goto(checkPath("da", TEACHER.answers));
        const check = new CheckPage(page);
        const question = new QuestionPage(page);
        for (const [text, label] of [
          [Q.dangerOrCrime, "Nej, ingen af delene"],
          [Q.status, "Ingen af delene"],
          [Q.age, "Under 18 år"],
          [Q.advice, "Jeg vil give bekymringen videre nu"],
        ] as const) {
          await check.change(text);
          await question.verifyOnPage(text);
          await expect(question.radio(label)).toBeChecked();
          await question.backLink.click();
          await check.verifyOnPage();
        }
        await check.change(Q.municipality);
        await expect(question.select.locator("option:checked")).toHaveText("Aarhus");
      });

      test("the question's Back link returns to the check page, also after an error", async ({ page }) => {
        await page.goto(checkPath("da", NURSE.answers));
        const check = new CheckPage(page);
        const before = await check.answers();
        await check.change(Q.advice);
        const question = new QuestionPage(page);
        await question.verifyOnPage(Q.advice);
        await question.backLink.click();
        await check.verifyOnPage();
        expect(await check.answers()).toEqual(before);

        // The same in the other language.
        await check.change(Q.advice);
        await page.getByRole("link", { name: "Read this page in English" }).click();
        await question.backLink.click();
        await expect(check.heading).toHaveText("Check your answers");

        await page.goto(stepPath("da", "municipalityCode", NURSE.answers, { fromCheck: true }));
        await question.answer("Vælg kommune");
        await question.continue();
        await expect(question.errorSummary).toBeVisible();
        await question.backLink.click();
        await check.verifyOnPage();
      });
    });
  }

  test("an answer that ends the route early drops the questions it no longer needs", async ({ page }) => {
    await page.goto(checkPath("da", NURSE.answers));
    const check = new CheckPage(page);
    await check.change(Q.dangerOrCrime);
    const question = new QuestionPage(page);
    await question.answerAndContinue(Q.dangerOrCrime, "Ja, jeg har mistanke om en forbrydelse");
    // A suspected crime goes to the police: after the role only the age and the municipality are asked, and both are known.
    await check.verifyOnPage();
    await expect(check.rows.locator("dt")).toHaveText([Q.dangerOrCrime, Q.workplace, Q.age, Q.municipality]);
  });
});

test("a choice made before the page's JavaScript has run is kept when it does", async ({ page }) => {
  // The page's scripts are held back until the choice is made, then let through.
  let holding = true;
  const held: (() => Promise<void>)[] = [];
  await page.route("**/_next/static/chunks/**", async (route) => {
    if (holding && route.request().resourceType() === "script") held.push(() => route.continue());
    else await route.continue();
  });
  await page.goto(stepPath("da", "acuteDanger", {}), { waitUntil: "commit" });
  const question = new QuestionPage(page);
  await question.answer("Nej, ingen af delene");
  holding = false;
  await Promise.all(held.map((release) => release()));
  await page.waitForLoadState("networkidle");
  await expect(question.radio("Nej, ingen af delene")).toBeChecked();
  await question.continue();
  await question.verifyOnPage(Q.concern);
});
