"use server";

import { redirect } from "next/navigation";
import { formText } from "@/lib/http/request-fields";
import { MISSING_ANSWER } from "@/lib/journey/journey-place";
import { readPostedAnswer } from "@/lib/journey/posted-answer";

/**
 * The no-JavaScript path of a question page: the form posts here and the browser is sent to the next address, or
 * back to the question with its error. With JavaScript, the browser reads the form alike and stays in the page.
 */
export async function submitAnswer(form: FormData): Promise<void> {
  const posted = readPostedAnswer((name) => formText(form, name));
  redirect(posted.kind === "missing" ? `${posted.thisPage}&${MISSING_ANSWER.name}=${MISSING_ANSWER.value}` : posted.next);
}
