import { AGE_BANDS, CONCERNS, CRIME_ANSWERS, STATUS_ANSWERS, WORKPLACES, type Answers, type StepId } from "./vocabulary";

const BOOLEANS = [true, false] as const;

type ClosedStep = Exclude<StepId, "municipalityCode">;

// The one list of each closed question's answers: the step pages, the API schema and the URL codec read it.
// Links number an answer by its position here (format version 1, pinned in tests/unit/journey/url-format.test.ts),
// so a new answer is appended, never inserted.
export const ANSWER_OPTIONS = {
  acuteDanger: BOOLEANS,
  crimeSuspected: CRIME_ANSWERS,
  concern: CONCERNS,
  workplace: WORKPLACES,
  inPrisonOrProbation: STATUS_ANSWERS,
  inPsychiatricTreatment: STATUS_ANSWERS,
  ageBand: AGE_BANDS,
  adviceFirst: BOOLEANS,
} as const satisfies { [K in ClosedStep]: readonly NonNullable<Answers[K]>[] };

export function isValidAnswer<K extends StepId>(step: K, value: unknown): value is NonNullable<Answers[K]> {
  if (step === "municipalityCode") return typeof value === "string" && value.trim() !== "";
  const options: readonly unknown[] = ANSWER_OPTIONS[step as ClosedStep];
  return options.includes(value);
}

// The code is opaque here (lib checks it is one of the 98) and no guard reads it,
// so one representative stands for all codes when exploring the chart.
const REPRESENTATIVE_MUNICIPALITY_CODE = "101";

export const REPRESENTATIVE_ANSWERS: { [K in StepId]: readonly NonNullable<Answers[K]>[] } = {
  ...ANSWER_OPTIONS,
  municipalityCode: [REPRESENTATIVE_MUNICIPALITY_CODE],
};
