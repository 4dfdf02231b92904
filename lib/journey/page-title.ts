import type { Journey } from "./journey";
import type { JourneyPage } from "./journey-pages";
import { pageAsking } from "./question-pages";
import { stepDefinition } from "./steps";
import type { Locale } from "@/machines/locale";

/** The texts a journey page's title is made of, by their message keys; the server's and the browser's translators both fit. */
export type TitleTexts = (key: "check.title" | "result.title" | "result.emergencyTitle" | "resume.title") => string;

/**
 * A page of the journey's own title (the question, "Tjek dine svar", the result …): the server's metadata and the
 * browser's rendering of the journey name a page alike. None for an address that shows no page of its own.
 */
export function journeyPageTitle(page: JourneyPage, locale: Locale, t: TitleTexts, journey?: Journey): string | undefined {
  switch (page.kind) {
    case "question":
      return (journey ? pageAsking(journey, page.step) : stepDefinition(page.step)).question[locale];
    case "check":
      return t("check.title");
    case "result":
      return t("result.title");
    case "emergency":
      return t("result.emergencyTitle");
    case "resume":
      return t("resume.title");
    default:
      return undefined;
  }
}
