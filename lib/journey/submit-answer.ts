"use server";

import { redirect } from "next/navigation";
import { localeOrDefault } from "@/lib/i18n/locales";
import { FROM_CHECK, isFromCheck } from "@/lib/journey/from-check";
import { PLACE_FIELDS, placeOf } from "@/lib/journey/journey-place";
import { pathAfterAnswer, startPath, stepPath } from "@/lib/journey/paths";
import { journeyOf } from "@/lib/journey/journey";
import { pageAsking } from "@/lib/journey/question-pages";
import { decodeAnswers } from "@/lib/journey/url-state";
import { STEP_IDS, type StepId } from "@/machines/vocabulary";

const field = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : undefined;
};

/**
 * The no-JavaScript path of a question page: the form posts here, the answer is
 * checked with the step's own schema, and the browser is sent to the next URL.
 * Nothing is stored: the answers travel in the URL only.
 */
export async function submitAnswer(form: FormData): Promise<void> {
  const locale = localeOrDefault(field(form, "locale"));
  const step = field(form, "step");
  if (!step || !(STEP_IDS as readonly string[]).includes(step)) redirect(startPath(locale));
  const stepId = step as StepId;
  const place = placeOf({ home: field(form, PLACE_FIELDS.home), afterLastQuestion: field(form, PLACE_FIELDS.afterLastQuestion) });
  const { answers } = decodeAnswers(field(form, "a"));
  const parsed = pageAsking(journeyOf(answers), stepId).schema.safeParse({ answer: field(form, "answer") });
  if (!parsed.success) {
    redirect(`${stepPath(locale, stepId, answers, { ...place, fromCheck: isFromCheck(field(form, FROM_CHECK.name)) })}&fejl=1`);
  }
  redirect(pathAfterAnswer(locale, answers, stepId, parsed.data.answer, place));
}
