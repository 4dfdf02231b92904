// An address that leads nowhere gets a page that says so, with its own title and the way back to the start,
// with and without JavaScript, and status 404.
import { startPath } from "../../lib/i18n/locales";
import da from "../../messages/da.json" with { type: "json" };
import en from "../../messages/en.json" with { type: "json" };
import { expect, LEAN_TRACE, test } from "./support/fixtures";

test.use(LEAN_TRACE);

const ADDRESSES = [
  { path: "/xyz", locale: "da", heading: da.notFound.title },
  { path: "/trin/findes-ikke", locale: "da", heading: da.notFound.title },
  { path: "/en/xyz", locale: "en", heading: en.notFound.title },
  { path: "/traening/findes-ikke", locale: "da", heading: da.training.caseNotFoundTitle },
  { path: "/traening/deltag/ZZZZZZ", locale: "da", heading: da.trainingRoom.join.notFoundTitle },
] as const;

for (const javaScriptEnabled of [false, true]) {
  test.describe(javaScriptEnabled ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled });

    for (const { path, locale, heading } of ADDRESSES) {
      test(`${path} answers 404 with a page that says so and leads to the start`, async ({ page, makeAxeBuilder }) => {
        const response = await page.goto(path);
        expect(response?.status()).toBe(404);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
        await expect(page).toHaveTitle(`${heading} – Henvis`);
        await expect(page.locator("main").locator(`a[href="${startPath(locale)}"]`)).toBeVisible();
        // axe runs in the page's JavaScript; both get the same document.
        if (javaScriptEnabled) {
          const { violations } = await makeAxeBuilder().analyze();
          expect(violations.map((violation) => violation.id)).toEqual([]);
        }
      });
    }
  });
}
