import { localeOfPath } from "../i18n/locales";
import type { Locale } from "@/machines/locale";

/**
 * The route names of the worker's journey, each the name of its folder under app/[locale]/ (a test holds them
 * together). The addresses, the server's pages and the browser's reading of an address all take them from here.
 */
export const JOURNEY_ROUTES = {
  question: "trin",
  check: "tjek",
  result: "resultat",
  signs: "tegn-paa-bekymring",
} as const;

const SHOWN_IN_BROWSER: readonly string[] = [JOURNEY_ROUTES.question, JOURNEY_ROUTES.check, JOURNEY_ROUTES.result];

/**
 * Whether an address is a page the journey in the browser shows itself: a question, check your answers or the
 * result, in the language of the page it is on. Kept apart from the statechart, which the browser loads later.
 */
export function isShownInBrowser(url: URL, locale: Locale): boolean {
  const path = localeOfPath(url.pathname);
  const route = path.rest.split("/")[1];
  return path.locale === locale && url.hash === "" && route !== undefined && SHOWN_IN_BROWSER.includes(route);
}
