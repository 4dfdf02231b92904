import "server-only";
import { getTranslations } from "next-intl/server";
import { todayInDenmark } from "../../dates";
import { shortPage } from "../../http/short-page";
import { roomControlPath, roomStartPath } from "../paths";
import { loadSummaryPage } from "./room-pages.server";
import { roomSummary, summaryCsv } from "./room-summary";
import type { Locale } from "@/machines/locale";

/**
 * A session's summary as a CSV file. An address that opens no live session answers 404 (the production server
 * sends the control link's not-found page in its place), and a database outage 503 with the training pages' words;
 * neither is kept by a cache (shortPage).
 */
export async function summaryCsvResponse(locale: Locale, token: string): Promise<Response> {
  const [page, tSite, tTraining, tRoom] = await Promise.all([
    loadSummaryPage(token),
    getTranslations({ locale, namespace: "site" }),
    getTranslations({ locale, namespace: "training" }),
    getTranslations({ locale, namespace: "trainingRoom" }),
  ]);
  const refusal = (status: number, title: string, body: string, back: { href: string; text: string }) =>
    shortPage({ lang: locale, status, title, body, back, siteName: tSite("name") });
  if (page === "not_found") {
    const back = { href: roomStartPath(locale), text: tRoom("control.startNew") };
    return refusal(404, tRoom("control.notFoundTitle"), tRoom("control.notFoundBody"), back);
  }
  if (page === "unavailable") {
    const back = { href: roomControlPath(locale, token), text: tRoom("summary.back") };
    return refusal(503, tTraining("unavailableTitle"), tTraining("unavailableBody"), back);
  }
  const { scenario, outcome, tallies } = page.found;
  const fileName = tRoom("summary.csv.fileName", { slug: scenario.slug, date: todayInDenmark() });
  return new Response(summaryCsv(roomSummary({ scenario, outcome, tallies, locale }), locale), {
    // The address holds the control token: no cache keeps the file. (The page gate gives a file "no-referrer".)
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "no-store",
    },
  });
}
