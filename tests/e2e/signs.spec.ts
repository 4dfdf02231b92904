// The page "Tegn på bekymring": reached from the start page and the concern question in both languages,
// readable without JavaScript, and every link out of it goes to a source it names or to the hotline.
import type { Page } from "@playwright/test";
import { ALL_SOURCED_TEXTS, ALL_SOURCES, HOTLINE, sourcesOf } from "../../lib/journey/signs";
import { signsPath } from "../../lib/journey/paths";
import { startPath } from "../../lib/i18n/locales";
import { stepPath } from "../../lib/journey/paths";
import type { Locale } from "../../machines/locale";
import type { Answers } from "../../machines/vocabulary";
import { expect, LEAN_TRACE, test } from "./support/fixtures";

test.use(LEAN_TRACE);

const LOCALES: Locale[] = ["da", "en"];
const TEXTS = {
  da: { link: "Se tegn på bekymring", title: "Tegn på bekymring", toQuestions: "Til spørgsmålene", back: "Tilbage til spørgsmålet" },
  en: { link: "See signs of concern", title: "Signs of concern", toQuestions: "To the questions", back: "Back to the question" },
} as const;
const CONCERN_QUESTION = { da: "Hvad handler din bekymring om?", en: "What is your concern about?" } as const;
const BEFORE_CONCERN: Answers = { acuteDanger: false, crimeSuspected: "no" };

/** The hrefs of every link in the page's main content (the header's quick exit and language switch are not content). */
const outgoingLinks = (page: Page) =>
  page
    .locator("main a[href]")
    .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""))
    .then((hrefs) => hrefs.filter((href) => !href.startsWith("/")));

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled });

    for (const locale of LOCALES) {
      const text = TEXTS[locale];

      test(`the start page links to the page, which leads back to the start (${locale})`, async ({ page }) => {
        await page.goto(startPath(locale));
        await page.getByRole("link", { name: text.link, exact: true }).click();
        await expect(page).toHaveURL(signsPath(locale));
        await expect(page).toHaveTitle(new RegExp(`^${text.title} – Henvis$`));
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(text.title);
        await page.getByRole("link", { name: text.toQuestions, exact: true }).click();
        await expect(page).toHaveURL(startPath(locale));
      });

      test(`the concern question links to the page, which leads back with the answers kept (${locale})`, async ({ page }) => {
        await page.goto(stepPath(locale, "concern", BEFORE_CONCERN));
        await page.getByRole("link", { name: text.link, exact: true }).click();
        await expect(page).toHaveURL(signsPath(locale, BEFORE_CONCERN));
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(text.title);
        await page.getByRole("link", { name: text.back, exact: true }).click();
        await expect(page).toHaveURL(stepPath(locale, "concern", BEFORE_CONCERN));
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(CONCERN_QUESTION[locale]);
      });
    }
  });
}

for (const locale of LOCALES) {
  test(`every link out of the page is a source it names or the hotline's number (${locale})`, async ({ page }) => {
    const response = await page.goto(signsPath(locale));
    expect(response?.status()).toBe(200);
    const allowed = new Set([...ALL_SOURCES.map((source) => source.url), HOTLINE.telHref]);
    const links = await outgoingLinks(page);
    expect(links).toContain(HOTLINE.telHref);
    for (const href of links) {
      expect(allowed.has(href), `${href} is not listed in lib/journey/signs.ts`).toBe(true);
      if (href !== HOTLINE.telHref) expect(new URL(href).protocol, href).toBe("https:");
    }
    // Every source the page names in this language is linked from it.
    expect(new Set(links.filter((href) => href !== HOTLINE.telHref))).toEqual(
      new Set(sourcesOf(ALL_SOURCED_TEXTS, locale).map((source) => source.url)),
    );
  });

  test(`the page loads nothing from another host and has the other language as its alternate (${locale})`, async ({ page, appHost }) => {
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    await page.goto(signsPath(locale));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(TEXTS[locale].title);
    expect(requests.filter((url) => new URL(url).host !== appHost)).toEqual([]);
    const other: Locale = locale === "da" ? "en" : "da";
    await expect(page.locator(`header a[hreflang="${other}"]`)).toHaveAttribute("href", signsPath(other));
  });
}
