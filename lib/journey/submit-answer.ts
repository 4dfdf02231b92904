"use server";

import { redirect } from "next/navigation";
import { localeOrDefault, startPath } from "@/lib/i18n/locales";
import { formText } from "@/lib/http/request-fields";
import { FROM_CHECK, isFromCheck, PLACE_FIELDS, placeOf } from "@/lib/journey/journey-place";
import { pathAfterAnswer, stepPath } from "@/lib/journey/paths";
import { journeyOf } from "@/lib/journey/journey";
import { pageAsking } from "@/lib/journey/question-pages";
import { decodeAnswers } from "@/lib/journey/url-state";
import { STEP_IDS, type StepId } from "@/machines/vocabulary";

/**
 * The no-JavaScript path of a question page: the form posts here, the answer is
 * checked with the step's own schema, and the browser is sent to the next URL.
 * Nothing is stored: the answers travel in the URL only.
 */
export async function submitAnswer(form: FormData): Promise<void> {
  const locale = localeOrDefault(formText(form, "locale"));
  const step = formText(form, "step");
  if (!step || !(STEP_IDS as readonly string[]).includes(step)) redirect(startPath(locale));
  const stepId = step as StepId;
  const place = placeOf({ home: formText(form, PLACE_FIELDS.home), afterLastQuestion: formText(form, PLACE_FIELDS.afterLastQuestion) });
  const { answers } = decodeAnswers(formText(form, "a"));
  const parsed = pageAsking(journeyOf(answers), stepId).schema.safeParse({ answer: formText(form, "answer") });
  if (!parsed.success) {
    redirect(`${stepPath(locale, stepId, answers, { ...place, fromCheck: isFromCheck(formText(form, FROM_CHECK.name)) })}&fejl=1`);
  }
  redirect(pathAfterAnswer(locale, answers, stepId, parsed.data.answer, place));
}
