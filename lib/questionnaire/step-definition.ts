// zod/mini: the question form ships these schemas to the browser, where it weighs about half as much as full zod.
import { z } from "zod/mini";
import type { Localised } from "@/machines/locale";
import type { Answers, StepId } from "@/machines/vocabulary";

export type StepOption = { value: string; label: Localised; hint?: Localised };

/** One question page: its texts, its options and the schema the form and the server both check. */
export type StepDefinition<S extends StepId = StepId> = {
  id: S;
  /** A letter that stands for the step in the answers parameter of the URL. */
  urlKey: string;
  /** The page's path segment. */
  slug: string;
  question: Localised;
  hint?: Localised;
  /** Shown in the error summary and next to the field when nothing is chosen. */
  error: Localised;
  control: "radios" | "select";
  options: readonly StepOption[];
  schema: z.ZodMiniObject<{ answer: z.ZodMiniType<string> }>;
  /** The value of the option that is this step's answer in `answers`, if it has one. */
  valueIn: (answers: Answers) => string | undefined;
  /** The answers that choosing the option `value` gives, to merge into the others. */
  answersFor: (value: string) => Partial<Answers>;
};

export const REQUIRED = "required";

export function formSchema(values: readonly string[]) {
  return z.object({ answer: z.enum(values as [string, ...string[]], { error: REQUIRED }) });
}

type StepTexts = Pick<StepDefinition, "question" | "hint" | "error" | "urlKey" | "slug">;

type YesNoStep = { [K in StepId]: NonNullable<Answers[K]> extends boolean ? K : never }[StepId];

export function yesNoStep<S extends YesNoStep>(id: S, texts: StepTexts, labels?: { yes: Localised; no: Localised }): StepDefinition<S> {
  const options = [
    { value: "yes", label: labels?.yes ?? { da: "Ja", en: "Yes" } },
    { value: "no", label: labels?.no ?? { da: "Nej", en: "No" } },
  ];
  return {
    id,
    ...texts,
    control: "radios",
    options,
    schema: formSchema(options.map((option) => option.value)),
    valueIn: (answers) => {
      const answer = answers[id];
      return answer === undefined ? undefined : answer ? "yes" : "no";
    },
    answersFor: (value) => {
      const answers: Answers = {};
      answers[id] = value === "yes";
      return answers;
    },
  };
}

export function choiceStep<S extends StepId>(
  id: S,
  texts: StepTexts,
  options: readonly (StepOption & { value: NonNullable<Answers[S]> & string })[],
  control: "radios" | "select" = "radios",
): StepDefinition<S> {
  return {
    id,
    ...texts,
    control,
    options,
    schema: formSchema(options.map((option) => option.value)),
    valueIn: (answers) => options.find((option) => option.value === answers[id])?.value,
    answersFor: (value) => {
      const answers: Answers = {};
      const option = options.find((candidate) => candidate.value === value);
      if (option) answers[id] = option.value;
      return answers;
    },
  };
}
