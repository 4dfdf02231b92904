import type { StepDefinition } from "./step-definition";
import { acuteDangerStep } from "./steps/acute-danger";
import { adviceFirstStep } from "./steps/advice-first";
import { ageBandStep } from "./steps/age-band";
import { concernStep } from "./steps/concern";
import { crimeSuspectedStep } from "./steps/crime-suspected";
import { inPrisonOrProbationStep } from "./steps/in-prison-or-probation";
import { inPsychiatricTreatmentStep } from "./steps/in-psychiatric-treatment";
import { municipalityStep } from "./steps/municipality";
import { workplaceStep } from "./steps/workplace";
import type { Locale } from "@/machines/locale";
import { STEP_IDS, type Answers, type StepId } from "@/machines/vocabulary";

export const STEPS = {
  acuteDanger: acuteDangerStep,
  crimeSuspected: crimeSuspectedStep,
  concern: concernStep,
  workplace: workplaceStep,
  inPrisonOrProbation: inPrisonOrProbationStep,
  inPsychiatricTreatment: inPsychiatricTreatmentStep,
  ageBand: ageBandStep,
  municipalityCode: municipalityStep,
  adviceFirst: adviceFirstStep,
} satisfies { [S in StepId]: StepDefinition<S> };

export function stepDefinition(step: StepId): StepDefinition {
  return STEPS[step];
}

export function stepBySlug(slug: string): StepId | undefined {
  return STEP_IDS.find((step) => STEPS[step].slug === slug);
}

/** The words of the option `value` of a question, as the page shows them; undefined for no such option. */
export function optionLabel(step: StepId, value: string | undefined, locale: Locale): string | undefined {
  return STEPS[step].options.find((option) => option.value === value)?.label[locale];
}

/** The words of the answer `answers` give to a question, if they give one. */
export const answerLabel = (step: StepId, answers: Answers, locale: Locale) => optionLabel(step, STEPS[step].valueIn(answers), locale);
