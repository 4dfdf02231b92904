import { stepDefinition } from "./steps";
import { STEP_IDS, type Answers, type StepId } from "@/machines/vocabulary";

// Version 1: "1" then one token per answer in question order, joined by ".":
// the step's letter and the option's position (or, for the municipality, its code).
// The positions are those of the answers in machines/answer-domain.ts, so a new answer is appended there;
// tests/unit/journey/url-format.test.ts pins them.
const VERSION = "1";
const SEPARATOR = ".";

const stepByKey = new Map(STEP_IDS.map((step) => [stepDefinition(step).urlKey, step]));

function encodeAnswer(step: StepId, answers: Answers): string | undefined {
  const definition = stepDefinition(step);
  const value = definition.valueIn(answers);
  if (value === undefined) return undefined;
  const token = definition.control === "select" ? value : String(definition.options.findIndex((option) => option.value === value));
  return `${definition.urlKey}${token}`;
}

export function encodeAnswers(answers: Answers): string {
  const tokens = STEP_IDS.map((step) => encodeAnswer(step, answers)).filter((token) => token !== undefined);
  return [VERSION, ...tokens].join(SEPARATOR);
}

function decodeToken(token: string): Partial<Answers> | undefined {
  const step = stepByKey.get(token.charAt(0));
  if (!step) return undefined;
  const definition = stepDefinition(step);
  const raw = token.slice(1);
  const value = definition.control === "select" ? raw : /^\d$/.test(raw) ? definition.options[Number(raw)]?.value : undefined;
  const parsed = definition.schema.safeParse({ answer: value });
  return parsed.success ? definition.answersFor(parsed.data.answer) : undefined;
}

/**
 * The answers in a URL parameter. Reading stops at the first token that is not
 * valid; `intact` says whether everything could be read.
 */
export function decodeAnswers(param: string | undefined | null): { answers: Answers; intact: boolean } {
  if (!param) return { answers: {}, intact: true };
  const [version, ...tokens] = param.split(SEPARATOR);
  if (version !== VERSION) return { answers: {}, intact: false };
  const answers: Answers = {};
  for (const token of tokens) {
    const answer = decodeToken(token);
    if (!answer) return { answers, intact: false };
    Object.assign(answers, answer);
  }
  return { answers, intact: true };
}
