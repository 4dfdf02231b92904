// The result page is the worker's own note: printed on A4 it fits one page, shows the date and lines for
// notes, and leaves out the header, the quick exit and the buttons.
import { formatDate, todayInDenmark } from "../../lib/dates";
import { expect, LEAN_TRACE, ResultPage, sharedPageTest, test } from "./support/fixtures";
import { PERSONAS, resultPathOf, TEACHER } from "./support/personas";
import { longResultCandidates, pdfPageCount, printToPdf, tallestResultPage } from "./support/print";

test.use(LEAN_TRACE);

test("the page counter sees more than one page when the page is printed as on screen", async ({ page }) => {
  await page.goto(resultPathOf(TEACHER));
  await page.emulateMedia({ media: "screen" });
  expect(pdfPageCount(await printToPdf(page))).toBeGreaterThan(1);
});

// The PDF tests leave the page as they found it, so one page per worker serves them.
for (const persona of PERSONAS) {
  sharedPageTest(`the ${persona.name}'s result prints on exactly one A4 page`, async ({ page }) => {
    await page.goto(resultPathOf(persona));
    await new ResultPage(page).verifyOnPage();
    expect(pdfPageCount(await printToPdf(page))).toBe(1);
  });
}

sharedPageTest("the longest result page prints on exactly one A4 page", async ({ page }) => {
  // Thisted (787) has two Info-House cards, København (101) a district with its own phone number.
  const tallest = await tallestResultPage(page, longResultCandidates(4), ["101", "787"]);
  test.info().annotations.push({ type: "longest result page", description: `${tallest.url} (${tallest.height}px in print)` });
  await page.goto(tallest.url);
  await new ResultPage(page).verifyOnPage();
  expect(pdfPageCount(await printToPdf(page)), `${tallest.url} printed`).toBe(1);
});

test("the print view shows the date and note lines, and hides the header and the quick exit", async ({ page }) => {
  await page.goto(resultPathOf(TEACHER));
  const printOnly = page.locator(".print-only");
  await expect(printOnly.first()).toBeHidden();

  await page.emulateMedia({ media: "print" });
  const today = formatDate(todayInDenmark(), "da");
  await expect(page.getByText("Notat til dig selv", { exact: true })).toBeVisible();
  await expect(page.getByText(`Dato: ${today}`)).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Egne noter/ })).toBeVisible();
  const lines = page.locator(".note-lines");
  await expect(lines).toHaveCount(4);
  for (const line of await lines.all()) await expect(line).toBeVisible();

  await expect(page.locator("header")).toBeHidden();
  await expect(page.getByRole("link", { name: "Forlad siden" })).toBeHidden();
  await expect(page.getByRole("link", { name: "Read this page in English" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Udskriv notat til dig selv" })).toBeHidden();
  await expect(page.getByText("Akut fare? Ring 112")).toBeHidden();
  // What matters on paper stays.
  await expect(page.getByRole("heading", { level: 1, name: "Kontakt SSP i Aarhus Kommune" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Altid til rådighed" })).toBeVisible();
});

test("the print button opens the browser's print dialogue", async ({ page }) => {
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  await page.goto(resultPathOf(TEACHER));
  await page.getByRole("button", { name: "Udskriv notat til dig selv" }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the result page offers no dead Print button but says how to print", async ({ page }) => {
    await page.goto(resultPathOf(TEACHER));
    await new ResultPage(page).verifyOnPage();
    await expect(page.getByRole("button", { name: "Udskriv notat til dig selv" })).toHaveCount(0);
    await expect(page.getByText("med browserens udskriftsfunktion (Ctrl+P")).toBeVisible();
  });
});
