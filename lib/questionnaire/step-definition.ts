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
  toAnswer: (value: string) => Answers[S];
  fromAnswer: (answer: NonNullable<Answers[S]>) => string;
};

export const REQUIRED = "required";

export function formSchema(values: readonly string[]) {
  return z.object({ answer: z.enum(values as [string, ...string[]], { error: REQUIRED }) });
}

type StepTexts = Pick<StepDefinition, "question" | "hint" | "error" | "urlKey" | "slug">;

export function yesNoStep<S extends StepId>(id: S, texts: StepTexts, labels?: { yes: Localised; no: Localised }): StepDefinition<S> {
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
    toAnswer: (value) => (value === "yes") as Answers[S],
    fromAnswer: (answer) => (answer ? "yes" : "no"),
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
    toAnswer: (value) => value as Answers[S],
    fromAnswer: (answer) => String(answer),
  };
}
