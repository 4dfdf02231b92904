import { localeOrDefault, startPath } from "../i18n/locales";
import { FROM_CHECK, isFromCheck, PLACE_FIELDS, placeOf, QUESTION_FIELDS } from "./journey-place";
import { journeyOf } from "./journey";
import { answersAfterChoice, pathAfterAnswer, stepPath } from "./paths";
import { pageAsking } from "./question-pages";
import { decodeAnswers } from "./url-state";
import { STEP_IDS, type StepId } from "@/machines/vocabulary";

export type PostedAnswer =
  /** The page after the answer, and the question's own address with the answer in it, for Back to show it chosen. */
  | { kind: "answered"; next: string; thisPage: string }
  /** No valid answer: the question again, to be shown with its error. */
  | { kind: "missing"; thisPage: string }
  /** A form that names no question of the journey. */
  | { kind: "unknown"; next: string };

/**
 * What a question's form says, read as the server reads it without JavaScript and the browser reads it with: the
 * answer checked with the step's own schema, and where the journey goes next. Nothing is stored.
 */
export function readPostedAnswer(field: (name: string) => string | undefined): PostedAnswer {
  const locale = localeOrDefault(field(QUESTION_FIELDS.locale));
  const step = field(QUESTION_FIELDS.step);
  if (!step || !(STEP_IDS as readonly string[]).includes(step)) return { kind: "unknown", next: startPath(locale) };
  const stepId = step as StepId;
  const place = placeOf({ home: field(PLACE_FIELDS.home), afterLastQuestion: field(PLACE_FIELDS.afterLastQuestion) });
  const fromCheck = isFromCheck(field(FROM_CHECK.name));
  const { answers } = decodeAnswers(field(QUESTION_FIELDS.answers));
  const parsed = pageAsking(journeyOf(answers), stepId).schema.safeParse({ answer: field(QUESTION_FIELDS.answer) });
  if (!parsed.success) return { kind: "missing", thisPage: stepPath(locale, stepId, answers, { ...place, fromCheck }) };
  return {
    kind: "answered",
    next: pathAfterAnswer(locale, answers, stepId, parsed.data.answer, place),
    thisPage: stepPath(locale, stepId, answersAfterChoice(answers, stepId, parsed.data.answer), { ...place, fromCheck }),
  };
}
