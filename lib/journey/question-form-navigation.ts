// What the question form needs from the statechart and the answers in the URL. The form loads this module
// when it first needs it, so that a question page ships less JavaScript.
import type { JourneyPlace } from "./journey-place";
import { journeyOf } from "./journey";
import { answersAfterChoice, pathAfterAnswer, stepPath } from "./paths";
import { pageAsking } from "./question-pages";
import { decodeAnswers } from "./url-state";
import type { Locale } from "@/machines/locale";
import type { StepId } from "@/machines/vocabulary";

/** The option chosen for `step` in an answers parameter of the URL, if there is one. */
export function chosenOption(step: StepId, encodedAnswers: string): string | undefined {
  const { answers } = decodeAnswers(encodedAnswers);
  return pageAsking(journeyOf(answers), step).valueIn(answers);
}

/** The next page after choosing `value`, and this page's own address with the choice in it. */
export function pathsAfterChoice(locale: Locale, step: StepId, encodedAnswers: string, value: string, place: JourneyPlace = {}) {
  const answers = decodeAnswers(encodedAnswers).answers;
  return {
    thisPage: stepPath(locale, step, answersAfterChoice(answers, step, value), place),
    next: pathAfterAnswer(locale, answers, step, value, place),
  };
}
