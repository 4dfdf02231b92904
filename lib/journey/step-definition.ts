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
