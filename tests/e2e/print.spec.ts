// The result page is the worker's own note: printed on A4 it is one column on one page, with whom to call, the
// duties, what to note with lines to write on, the reasons, the answers, the date and where it came from, and it
// leaves out the header, the quick exit and the buttons.
import type { Page } from "@playwright/test";
import { formatDate, todayInDenmark } from "../../lib/dates";
import { resultPath } from "../../lib/journey/paths";
import { NEIGHBOUR_ANSWERS } from "../helpers/personas";
import { expect, LEAN_TRACE, ResultPage, sharedPageTest, test } from "./support/fixtures";
import { NURSE, PERSONAS, resultPathOf, TEACHER } from "./support/personas";
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

// One column holds less than two did: the longest results take a second page, the common ones (above) one.
sharedPageTest("the longest result page prints on at most two A4 pages", async ({ page }) => {
  // Thisted (787) has two Info-House cards, København (101) a district with its own phone number.
  const tallest = await tallestResultPage(page, longResultCandidates(4), ["101", "787"]);
  test.info().annotations.push({ type: "longest result page", description: `${tallest.url} (${tallest.height}px in print)` });
  await page.goto(tallest.url);
  await new ResultPage(page).verifyOnPage();
  expect(pdfPageCount(await printToPdf(page)), `${tallest.url} printed`).toBeLessThanOrEqual(2);
});

// 8 mm at the 96 CSS pixels to the inch the print layout uses: room to write by hand.
const EIGHT_MM = (8 * 96) / 25.4;

/** The left edges of the note's blocks on paper: one column has one edge. */
async function leftEdges(page: Page): Promise<number[]> {
  const edges = await page
    .locator("main > *:visible")
    .evaluateAll((blocks) => blocks.map((block) => Math.round(block.getBoundingClientRect().left)));
  return [...new Set(edges)];
}

for (const [who, path] of [
  ["teacher", resultPathOf(TEACHER)],
  ["nurse", resultPathOf(NURSE)],
  ["neighbour", resultPath("da", NEIGHBOUR_ANSWERS)],
] as const) {
  test(`the ${who}'s note is one column and prints on one A4 page`, async ({ page }) => {
    await page.goto(path);
    await new ResultPage(page).verifyOnPage();
    await page.emulateMedia({ media: "print" });
    expect(await leftEdges(page)).toHaveLength(1);
    expect(pdfPageCount(await printToPdf(page))).toBe(1);
  });
}

test("on paper the note has the reasons, what to note with lines to write on, the answers, the date and its origin", async ({ page }) => {
  await page.goto(resultPathOf(TEACHER));
  const printOnly = page.locator(".print-only");
  await expect(printOnly.first()).toBeHidden();

  await page.emulateMedia({ media: "print" });
  const today = formatDate(todayInDenmark(), "da");
  await expect(page.getByText("Notat til dig selv", { exact: true })).toBeVisible();
  await expect(page.getByText(`Dato: ${today}`)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Begrundelse" })).toBeVisible();
  await expect(page.getByText("Det skal du notere, før du ringer")).toBeVisible();
  await expect(page.getByText("Udskrevet fra Henvis: ")).toContainText(`/resultat?a=`);
  await expect(page.getByRole("heading", { name: "Dine svar" })).toBeVisible();
  await expect(page.locator(".summary-compact")).toContainText("Aarhus");
  await expect(page.getByRole("heading", { name: /^Egne noter/ })).toBeVisible();
  const lines = page.locator(".note-lines");
  await expect(lines).toHaveCount(4);
  const tops: number[] = [];
  for (const line of await lines.all()) {
    await expect(line).toBeVisible();
    tops.push((await line.boundingBox())!.y);
  }
  for (let i = 1; i < tops.length; i++) expect(tops[i]! - tops[i - 1]!).toBeGreaterThanOrEqual(EIGHT_MM);

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

test.describe("on a phone", () => {
  test.use({ viewport: { width: 375, height: 667 }, hasTouch: true, isMobile: true });

  test("the button says share or print, and hands the page's address to the phone's share sheet", async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, "share", {
        value: (data: ShareData) => {
          (window as unknown as { shared: ShareData }).shared = data;
          return Promise.resolve();
        },
      });
    });
    await page.goto(resultPathOf(TEACHER));
    await expect(page.getByRole("button", { name: "Udskriv notat til dig selv" })).toHaveCount(0);
    await page.getByRole("button", { name: "Del eller udskriv" }).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { shared?: ShareData }).shared?.url)).toBe(page.url());
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("the page says to share or print from the browser's menu, with no Ctrl+P", async ({ page }) => {
      await page.goto(resultPathOf(TEACHER));
      await new ResultPage(page).verifyOnPage();
      await expect(page.getByText("fra browserens menu")).toBeVisible();
      await expect(page.getByText("Ctrl+P")).toBeHidden();
    });
  });
});
