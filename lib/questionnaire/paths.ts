import { localePrefix } from "../i18n/locales";
import { FROM_CHECK } from "./from-check";
import { journeyOf, type Journey } from "./journey";
import { stepDefinition } from "./steps";
import { encodeAnswers } from "./url-state";
import type { Locale } from "@/machines/locale";
import type { Answers, StepId } from "@/machines/vocabulary";

const query = (answers: Answers) => `?a=${encodeAnswers(answers)}`;

export const startPath = (locale: Locale) => localePrefix(locale) || "/";
/** A question's address; `fromCheck` for one opened from check your answers, whose Back link returns there. */
export const stepPath = (locale: Locale, step: StepId, answers: Answers, { fromCheck = false } = {}) =>
  `${localePrefix(locale)}/trin/${stepDefinition(step).slug}${query(answers)}${fromCheck ? `&${FROM_CHECK.name}=${FROM_CHECK.value}` : ""}`;
export const checkPath = (locale: Locale, answers: Answers) => `${localePrefix(locale)}/tjek${query(answers)}`;
export const resultPath = (locale: Locale, answers: Answers) => `${localePrefix(locale)}/resultat${query(answers)}`;
/** The signs-of-concern page; with `answers`, its Back link returns to the concern question with them. */
export const signsPath = (locale: Locale, answers?: Answers) =>
  `${localePrefix(locale)}/tegn-paa-bekymring${answers ? query(answers) : ""}`;

/** Where the worker goes next: the next question, check your answers, or straight to 112. */
export function nextPath(locale: Locale, journey: Journey): string {
  const { replay, answers } = journey;
  if (replay.status === "incomplete") return stepPath(locale, replay.next, answers);
  return replay.outcome.rule === "R0" ? resultPath(locale, answers) : checkPath(locale, answers);
}

/** The path after answering `step`: changing an earlier answer re-asks only what it affects. */
export function pathAfterAnswer(locale: Locale, answers: Answers, step: StepId, value: string): string {
  return nextPath(locale, journeyOf({ ...answers, ...stepDefinition(step).answersFor(value) }));
}
