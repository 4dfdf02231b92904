// Printing helpers: counting a PDF's pages, and finding the result pages that print longest.
import type { Page } from "@playwright/test";
import { legalBasisFor } from "../../../lib/legal/legal-basis";
import { journeyOf } from "../../../lib/journey/journey";
import { resultPath } from "../../../lib/journey/paths";
import type { Locale } from "../../../machines/locale";
import { explainRoute } from "../../../machines/reasons";
import type { Answers } from "../../../machines/vocabulary";
import { everyFullAnswerSet } from "../../model/answer-space";

/** The number of page objects in a PDF (`/Type /Page`, not the `/Type /Pages` tree nodes). */
export function pdfPageCount(pdf: Buffer): number {
  return pdf.toString("latin1").match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

export async function printToPdf(page: Page): Promise<Buffer> {
  return page.pdf({ format: "A4", printBackground: true });
}

/** The width of A4 less the 12 mm margins of the print stylesheet, in CSS pixels (96 per inch). */
const PRINTABLE_WIDTH = Math.floor(((210 - 24) * 96) / 25.4);

/**
 * Result pages that are likely to print longest: one per distinct result (bodies, reasons and legal
 * texts) over every full answer set, ranked by how much text and how many contact cards they hold.
 */
export function longResultCandidates(count: number): Answers[] {
  const seen = new Map<string, { answers: Answers; size: number }>();
  for (const full of everyFullAnswerSet()) {
    const journey = journeyOf(full);
    if (journey.replay.status !== "complete") continue;
    const { outcome } = journey.replay;
    const reasons = explainRoute(journey.answers, outcome, "da");
    const legal = legalBasisFor(outcome.duties, "da");
    const key = JSON.stringify([outcome.primary, outcome.also, reasons, legal.map((basis) => basis.id)]);
    const text = [...reasons, ...legal.map((basis) => basis.summary + basis.citation + (basis.caveat ?? ""))].join("");
    // A contact card takes about as much paper as 300 characters of running text.
    const size = text.length + 300 * (1 + outcome.also.length);
    if (!seen.has(key)) seen.set(key, { answers: journey.answers, size });
  }
  return [...seen.values()]
    .sort((a, b) => b.size - a.size)
    .slice(0, count)
    .map(({ answers }) => answers);
}

/** The height of the page's print layout at the printable width of A4. */
export async function printHeight(page: Page, url: string): Promise<number> {
  await page.goto(url);
  return page.evaluate(() => document.documentElement.scrollHeight);
}

/** The result page, among candidates and municipalities in both languages, whose print layout is tallest. */
export async function tallestResultPage(
  page: Page,
  candidates: Answers[],
  municipalities: string[],
): Promise<{ url: string; height: number }> {
  const viewport = page.viewportSize();
  // A low viewport, so that the document's height is its content's and not the window's.
  await page.setViewportSize({ width: PRINTABLE_WIDTH, height: 100 });
  await page.emulateMedia({ media: "print" });
  let tallest = { url: "", height: 0 };
  for (const answers of candidates) {
    for (const municipalityCode of answers.municipalityCode ? municipalities : [undefined]) {
      for (const locale of ["da", "en"] as Locale[]) {
        const url = resultPath(locale, municipalityCode ? { ...answers, municipalityCode } : answers);
        const height = await printHeight(page, url);
        if (height > tallest.height) tallest = { url, height };
      }
    }
  }
  // Back to the defaults: page.pdf() lays out with print media unless screen media is emulated.
  await page.emulateMedia({ media: null });
  if (viewport) await page.setViewportSize(viewport);
  return tallest;
}
