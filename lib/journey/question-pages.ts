import { answersBefore, shownAnswers, type Journey } from "./journey";
import type { StepDefinition } from "./step-definition";
import { answerLabel, stepDefinition } from "./steps";
import { dangerOrCrimeStep } from "./steps/danger-or-crime";
import { prisonOrPsychiatryStep } from "./steps/prison-or-psychiatry";
import type { Locale } from "@/machines/locale";
import { replayAnswers } from "@/machines/replay";
import { askedWith, sharesPageWith } from "@/machines/shared-pages";
import type { Answers, StepId } from "@/machines/vocabulary";

// The pages that ask two questions at once (machines/shared-pages.ts says which): a step opens such a page when
// the route would ask the second question right after it; otherwise the step's own page asks it alone.
const COMBINED: Partial<Record<StepId, StepDefinition>> = {
  acuteDanger: dangerOrCrimeStep,
  inPrisonOrProbation: prisonOrPsychiatryStep,
};

function asksBoth(combined: StepDefinition, step: StepId, second: StepId, before: Answers): boolean {
  return combined.options.some((option) => {
    const replay = replayAnswers({ ...before, [step]: combined.answersFor(option.value)[step] });
    return replay.status === "incomplete" && replay.next === second;
  });
}

/** The page that asks `step` in this journey. */
export function pageAsking(journey: Journey, step: StepId): StepDefinition {
  const combined = COMBINED[step];
  const second = askedWith(step);
  if (!combined || !second) return stepDefinition(step);
  return asksBoth(combined, step, second, answersBefore(journey, step)) ? combined : stepDefinition(step);
}

/** A page the journey asked, or one the role answered instead (`fromRole`), with the questions it answers. */
export type AnsweredPage = { step: StepId; definition: StepDefinition; steps: StepId[]; fromRole: boolean };

/** The pages this journey asked, in order, each with the questions it answered; after the role, those the role answered. */
export function answeredPages(journey: Journey): AnsweredPage[] {
  const pages: AnsweredPage[] = [];
  const page = (step: StepId, fromRole: boolean) => ({ step, definition: pageAsking(journey, step), steps: [step], fromRole });
  journey.replay.asked.forEach((step, index, asked) => {
    const current = pages.at(-1);
    if (current && sharesPageWith(asked[index - 1], step)) current.steps.push(step);
    else pages.push(page(step, false));
    if (step === "workplace") pages.push(...(Object.keys(journey.replay.fromRole) as StepId[]).map((answered) => page(answered, true)));
  });
  return pages;
}

/** The answer a page was given, in the words of its options; for answers no option gives (an old link), each question's own. */
export function pageAnswerLabel({ definition, steps }: AnsweredPage, journey: Journey, locale: Locale): string | undefined {
  const answers = shownAnswers(journey);
  const value = definition.valueIn(answers);
  const chosen = definition.options.find((option) => option.value === value)?.label[locale];
  if (chosen !== undefined || steps.length === 1) return chosen;
  return steps.map((step) => `${stepDefinition(step).question[locale]} ${answerLabel(step, answers, locale) ?? ""}`).join(" ");
}
