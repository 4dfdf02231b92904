import { formSchema, type StepDefinition, type StepOption } from "./step-definition";
import { ANSWER_OPTIONS } from "@/machines/answer-domain";
import type { Localised } from "@/machines/locale";
import type { Answers, StepId } from "@/machines/vocabulary";

// Kept apart from step-definition.ts, which the question form loads up front: the vocabulary of answers is
// needed only with the step texts, which the form loads when it first needs them.

type StepTexts = Pick<StepDefinition, "question" | "hint" | "error" | "urlKey" | "slug">;

type ClosedStep = keyof typeof ANSWER_OPTIONS;
type YesNoAnswer = boolean | "unknown";
type YesNoStep = { [K in ClosedStep]: NonNullable<Answers[K]> extends YesNoAnswer ? K : never }[ClosedStep];
type ChoiceStep = Exclude<ClosedStep, YesNoStep>;

// The vocabulary's answers to each closed question, typed per step. The options follow their order,
// which is also the order the URL numbers them in.
const ANSWERS_TO: { [K in ClosedStep]: readonly NonNullable<Answers[K]>[] } = ANSWER_OPTIONS;

type AnswerOption<S extends StepId> = StepOption & { answer: NonNullable<Answers[S]> };

function defineStep<S extends StepId>(
  id: S,
  texts: StepTexts,
  control: StepDefinition["control"],
  options: readonly AnswerOption<S>[],
): StepDefinition<S> {
  return {
    id,
    ...texts,
    control,
    options: options.map(({ answer: _answer, ...option }) => option),
    schema: formSchema(options.map((option) => option.value)),
    valueIn: (answers) => options.find((option) => option.answer === answers[id])?.value,
    answersFor: (value) => {
      const answers: Answers = {};
      const option = options.find((candidate) => candidate.value === value);
      if (option) answers[id] = option.answer;
      return answers;
    },
  };
}

type YesNoValue = "yes" | "no" | "unknown";

const YES_NO: Record<YesNoValue, Localised> = {
  yes: { da: "Ja", en: "Yes" },
  no: { da: "Nej", en: "No" },
  unknown: { da: "Ved ikke", en: "Don't know" },
};

const valueOf = (answer: YesNoAnswer): YesNoValue => (answer === true ? "yes" : answer === false ? "no" : "unknown");

/** Yes and no, and "Ved ikke" where the vocabulary allows "unknown". */
export function yesNoStep<S extends YesNoStep>(
  id: S,
  texts: StepTexts,
  labels: Partial<Record<YesNoValue, Localised>> = {},
): StepDefinition<S> {
  const options = ANSWERS_TO[id].map((answer) => {
    const value = valueOf(answer);
    return { value, label: labels[value] ?? YES_NO[value], answer };
  });
  return defineStep(id, texts, "radios", options);
}

/** A question with one radio per answer in the vocabulary: a new answer there fails the typecheck until it has a label here. */
export function choiceStep<S extends ChoiceStep>(
  id: S,
  texts: StepTexts,
  labels: Record<NonNullable<Answers[S]>, Localised>,
): StepDefinition<S> {
  const options = ANSWERS_TO[id].map((answer) => ({ value: answer, label: labels[answer], answer }));
  return defineStep(id, texts, "radios", options);
}

/** A question with too many options for radios, which are not in the vocabulary: the value is the answer. */
export function selectStep<S extends StepId>(
  id: S,
  texts: StepTexts,
  options: readonly (StepOption & { value: NonNullable<Answers[S]> & string })[],
): StepDefinition<S> {
  return defineStep(
    id,
    texts,
    "select",
    options.map((option) => ({ ...option, answer: option.value })),
  );
}

/**
 * A page that asks a step together with the question the route asks right after it: each option gives the
 * answers to both (or to the first alone, where the route asks nothing more of the two). Links and the
 * statechart keep one answer per question; `field` is the first step's own page, whose address this page keeps.
 */
export function combinedStep<S extends StepId>(
  field: StepDefinition<S>,
  texts: Pick<StepDefinition, "question" | "hint" | "error">,
  options: readonly (StepOption & { answers: Partial<Answers> })[],
): StepDefinition<S> {
  const gives = (option: (typeof options)[number], answers: Answers) =>
    Object.entries(option.answers).every(([step, answer]) => answers[step as StepId] === answer);
  return {
    id: field.id,
    urlKey: field.urlKey,
    slug: field.slug,
    ...texts,
    control: "radios",
    options: options.map(({ answers: _answers, ...option }) => option),
    schema: formSchema(options.map((option) => option.value)),
    valueIn: (answers) => options.find((option) => gives(option, answers))?.value,
    answersFor: (value) => ({ ...options.find((option) => option.value === value)?.answers }),
  };
}
