// The answer options as the spec lists them, for filling in and enumerating answers in tests.
import { AGE_BANDS, CONCERNS, CRIME_ANSWERS, WORKPLACES, type Answers, type StepId } from "../../machines/vocabulary";
import type { FullAnswers } from "./oracle";
import { pick } from "./prng";

export const MUNICIPALITY_CODES = ["101", "787"] as const;

export const OPTIONS: { [K in StepId]: readonly FullAnswers[K][] } = {
  acuteDanger: [true, false],
  crimeSuspected: CRIME_ANSWERS,
  concern: CONCERNS,
  workplace: WORKPLACES,
  inPrisonOrProbation: [true, false, "unknown"],
  inPsychiatricTreatment: [true, false, "unknown"],
  ageBand: AGE_BANDS,
  municipalityCode: MUNICIPALITY_CODES,
  adviceFirst: [true, false],
};

const FIELDS = Object.keys(OPTIONS) as StepId[];

function fill(partial: Answers, choose: <K extends StepId>(field: K) => FullAnswers[K]): FullAnswers {
  const full: Record<string, unknown> = { ...partial };
  for (const field of FIELDS) if (full[field] === undefined) full[field] = choose(field);
  return full as FullAnswers;
}

/** A few full answer sets that agree with `partial` where it has an answer. */
export function completions(partial: Answers, rng: () => number, randomCount = 2): FullAnswers[] {
  const first = fill(partial, (field) => OPTIONS[field][0] as FullAnswers[typeof field]);
  const last = fill(partial, (field) => OPTIONS[field][OPTIONS[field].length - 1] as FullAnswers[typeof field]);
  const random = Array.from({ length: randomCount }, () => fill(partial, (field) => pick(rng, OPTIONS[field])));
  return [first, last, ...random];
}

/** Every full answer set (one municipality code, since no rule reads it). */
export function* everyFullAnswerSet(): Generator<FullAnswers> {
  function* extend(fields: readonly StepId[], acc: Answers): Generator<FullAnswers> {
    const [field, ...rest] = fields;
    if (field === undefined) {
      yield acc as FullAnswers;
      return;
    }
    const options = field === "municipalityCode" ? OPTIONS.municipalityCode.slice(0, 1) : OPTIONS[field];
    for (const value of options) yield* extend(rest, { ...acc, [field]: value });
  }
  yield* extend(FIELDS, {});
}
