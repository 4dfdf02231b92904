import { localeOfPath } from "../i18n/locales";
import { FROM_CHECK, isFromCheck } from "./journey-place";
import { isAskable, journeyOf, type Journey } from "./journey";
import { nextPath } from "./paths";
import { JOURNEY_ROUTES } from "./routes";
import { stepBySlug } from "./steps";
import { decodeAnswers } from "./url-state";
import type { Locale } from "@/machines/locale";
import type { Outcome, StepId } from "@/machines/vocabulary";

// What each page of the worker's journey shows for the answers in its address. The server's pages and the
// browser's offline copy of them decide alike.

export type JourneyPage =
  | { kind: "question"; step: StepId; fromCheck: boolean }
  | { kind: "check" }
  | { kind: "result"; outcome: Outcome }
  | { kind: "emergency" }
  /** A hand-edited or outdated link. */
  | { kind: "resume" }
  | { kind: "redirect"; to: string }
  | { kind: "not-found" };

type State = { locale: Locale; journey: Journey; intact: boolean };
type PageOf<Kind extends JourneyPage["kind"]> = Extract<JourneyPage, { kind: Kind }>;

export function questionPage(
  { locale, journey, intact }: State,
  slug: string,
  fromCheckParam: string | undefined,
): PageOf<"question" | "not-found" | "resume" | "redirect"> {
  const step = stepBySlug(slug);
  if (!step) return { kind: "not-found" };
  if (!intact) return { kind: "resume" };
  if (!isAskable(journey, step)) return { kind: "redirect", to: nextPath(locale, journey) };
  return { kind: "question", step, fromCheck: isFromCheck(fromCheckParam) && journey.replay.status === "complete" };
}

export function checkPage({ locale, journey, intact }: State): PageOf<"check" | "resume" | "redirect"> {
  if (!intact) return { kind: "resume" };
  if (journey.replay.status !== "complete") return { kind: "redirect", to: nextPath(locale, journey) };
  return { kind: "check" };
}

export function resultPage({ locale, journey, intact }: State): PageOf<"result" | "emergency" | "resume" | "redirect"> {
  if (!intact) return { kind: "resume" };
  if (journey.replay.status !== "complete") return { kind: "redirect", to: nextPath(locale, journey) };
  const { outcome } = journey.replay;
  return outcome.rule === "R0" ? { kind: "emergency" } : { kind: "result", outcome };
}

/** The page of the journey an address names, as the browser reads it offline; undefined for any other page. */
export function journeyPageAt(pathname: string, search: string): (State & { page: JourneyPage }) | undefined {
  const { locale, rest } = localeOfPath(pathname);
  const query = new URLSearchParams(search);
  const decoded = decodeAnswers(query.get("a"));
  const state = { locale, journey: journeyOf(decoded.answers), intact: decoded.intact };
  const [page, slug, ...more] = rest.split("/").filter(Boolean);
  if (page === JOURNEY_ROUTES.question && slug !== undefined && more.length === 0) {
    return { ...state, page: questionPage(state, slug, query.get(FROM_CHECK.name) ?? undefined) };
  }
  if (slug !== undefined) return undefined;
  if (page === JOURNEY_ROUTES.check) return { ...state, page: checkPage(state) };
  if (page === JOURNEY_ROUTES.result) return { ...state, page: resultPage(state) };
  return undefined;
}
