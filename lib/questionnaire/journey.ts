import { localePrefix } from "../i18n/locales";
import { FROM_CHECK } from "./from-check";
import { STEPS, stepDefinition } from "./steps";
import { encodeAnswers } from "./url-state";
import type { Locale } from "@/machines/locale";
import { replayAnswers, type ReplayResult } from "@/machines/replay";
import { STEP_IDS, type Answers, type StepId } from "@/machines/vocabulary";

const query = (answers: Answers) => `?a=${encodeAnswers(answers)}`;

export const startPath = (locale: Locale) => localePrefix(locale) || "/";
/** A question's address; `fromCheck` for one opened from check your answers, whose Back link returns there. */
export const stepPath = (locale: Locale, step: StepId, answers: Answers, { fromCheck = false } = {}) =>
  `${localePrefix(locale)}/trin/${stepDefinition(step).slug}${query(answers)}${fromCheck ? `&${FROM_CHECK.name}=${FROM_CHECK.value}` : ""}`;
export const checkPath = (locale: Locale, answers: Answers) => `${localePrefix(locale)}/tjek${query(answers)}`;
export const resultPath = (locale: Locale, answers: Answers) => `${localePrefix(locale)}/resultat${query(answers)}`;

export function stepBySlug(slug: string): StepId | undefined {
  return STEP_IDS.find((step) => STEPS[step].slug === slug);
}

export type Journey = {
  /** The answers the route uses; once it is complete, only those it asked for. */
  answers: Answers;
  replay: ReplayResult;
};

/**
 * Replays the answers through the statechart. Until the route is complete,
 * later answers are kept, so that changing one answer re-asks only what it
 * affects; then the answers the route no longer asks for are dropped.
 */
export function journeyOf(answers: Answers): Journey {
  const replay = replayAnswers(answers);
  if (replay.status === "incomplete") return { answers, replay };
  const kept = Object.fromEntries(replay.asked.map((step) => [step, answers[step]])) as Answers;
  return { answers: kept, replay };
}

/** Where the worker goes next: the next question, check your answers, or straight to 112. */
export function nextPath(locale: Locale, journey: Journey): string {
  const { replay, answers } = journey;
  if (replay.status === "incomplete") return stepPath(locale, replay.next, answers);
  return replay.outcome.rule === "R0" ? resultPath(locale, answers) : checkPath(locale, answers);
}

/** The path after answering `step`: changing an earlier answer re-asks only what it affects. */
export function pathAfterAnswer(locale: Locale, answers: Answers, step: StepId, value: string): string {
  const answer = stepDefinition(step).toAnswer(value);
  return nextPath(locale, journeyOf({ ...answers, [step]: answer }));
}

/** The question before `step` in this journey, or undefined for the first. */
export function previousStep(journey: Journey, step: StepId): StepId | undefined {
  const index = journey.replay.asked.indexOf(step);
  const asked = journey.replay.asked;
  return index === -1 ? asked.at(-1) : asked[index - 1];
}
