import { localePrefix, startPath } from "../i18n/locales";
import { FROM_CHECK, type JourneyPlace } from "./journey-place";
import { JOURNEY_ROUTES } from "./routes";
import { journeyOf, type Journey } from "./journey";
import { pageAsking } from "./question-pages";
import { stepDefinition } from "./steps";
import { encodeAnswers } from "./url-state";
import type { Locale } from "@/machines/locale";
import type { Answers, StepId } from "@/machines/vocabulary";

/** The query that carries the answers so far. */
export const answersQuery = (answers: Answers) => `?a=${encodeAnswers(answers)}`;

/** A question's address; `fromCheck` for one opened from check your answers, whose Back link returns there. */
export const stepPath = (
  locale: Locale,
  step: StepId,
  answers: Answers,
  { fromCheck = false, home }: JourneyPlace & { fromCheck?: boolean } = {},
) =>
  `${localePrefix(locale)}${home ?? ""}/${JOURNEY_ROUTES.question}/${stepDefinition(step).slug}${answersQuery(answers)}${fromCheck ? `&${FROM_CHECK.name}=${FROM_CHECK.value}` : ""}`;
export const checkPath = (locale: Locale, answers: Answers) => `${localePrefix(locale)}/${JOURNEY_ROUTES.check}${answersQuery(answers)}`;
export const resultPath = (locale: Locale, answers: Answers) => `${localePrefix(locale)}/${JOURNEY_ROUTES.result}${answersQuery(answers)}`;
/** The signs-of-concern page; with `answers`, its Back link returns to the concern question with them. */
export const signsPath = (locale: Locale, answers?: Answers) =>
  `${localePrefix(locale)}/${JOURNEY_ROUTES.signs}${answers ? answersQuery(answers) : ""}`;
/** Where starting over goes: the start page, or the page of the place the journey is walked in. */
export const homePath = (locale: Locale, { home }: JourneyPlace = {}) => (home ? `${localePrefix(locale)}${home}` : startPath(locale));

/**
 * Where the worker goes next: the next question, check your answers, or straight to 112.
 * A journey walked elsewhere, such as a training case, goes from its last question to the place's own next page.
 */
export function nextPath(locale: Locale, journey: Journey, place: JourneyPlace = {}): string {
  const { replay, answers } = journey;
  if (replay.status === "incomplete") return stepPath(locale, replay.next, answers, place);
  if (place.afterLastQuestion !== undefined) return `${localePrefix(locale)}${place.afterLastQuestion}${answersQuery(answers)}`;
  return replay.outcome.rule === "R0" ? resultPath(locale, answers) : checkPath(locale, answers);
}

/** The answers after choosing the option `value` on the page that asks `step`. */
export const answersAfterChoice = (answers: Answers, step: StepId, value: string): Answers => ({
  ...answers,
  ...pageAsking(journeyOf(answers), step).answersFor(value),
});

/** The path after answering `step`: changing an earlier answer re-asks only what it affects. */
export function pathAfterAnswer(locale: Locale, answers: Answers, step: StepId, value: string, place: JourneyPlace = {}): string {
  return nextPath(locale, journeyOf(answersAfterChoice(answers, step, value)), place);
}

/** The last question a journey asked, for Back from the page after it. */
export const lastQuestionPath = (locale: Locale, journey: Journey, place: JourneyPlace) => {
  const last = journey.replay.asked.at(-1);
  return last === undefined ? homePath(locale, place) : stepPath(locale, last, journey.answers, place);
};
