import type { Scenario } from "./scenario";
import { replayAnswers } from "@/machines/replay";
import type { Answers, BodyKey, DutyKey, Outcome, StepId } from "@/machines/vocabulary";

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((item) => b.includes(item));
const list = (items: readonly string[]) => (items.length === 0 ? "none" : items.join(", "));

/** The route a case says the model gives: its first contact, the others and the duties. */
export type ExpectedRoute = { primary: BodyKey; also: readonly BodyKey[]; duties: readonly DutyKey[] };
export type RoutePart = "primary" | "also" | "duties";

/** What the statechart makes of a case's answers, beside the route the case expects. */
export type EngineCheck =
  { status: "incomplete"; next: StepId } | { status: "complete"; engine: Outcome; disagreeing: RoutePart[]; unusedAnswers: StepId[] };

export function checkAgainstEngine(answers: Answers, expected: ExpectedRoute): EngineCheck {
  const replay = replayAnswers(answers);
  if (replay.status === "incomplete") return { status: "incomplete", next: replay.next };
  const engine = replay.outcome;
  const disagreeing: RoutePart[] = [
    ...(engine.primary === expected.primary ? [] : ["primary" as const]),
    ...(sameSet(engine.also, expected.also) ? [] : ["also" as const]),
    ...(sameSet(engine.duties, expected.duties) ? [] : ["duties" as const]),
  ];
  // An answer the role gives (F18) may stand in the case as the worker would give it.
  const unusedAnswers = (Object.keys(answers) as StepId[]).filter((step) => !replay.asked.includes(step) && !(step in replay.fromRole));
  return { status: "complete", engine, disagreeing, unusedAnswers };
}

/** Whether a check finds the case's answers routing exactly as the case expects. */
export const agrees = (check: EngineCheck) =>
  check.status === "complete" && check.disagreeing.length === 0 && check.unusedAnswers.length === 0;

/**
 * How a scenario's expected route differs from the route the statechart gives its
 * answers: one line per difference, none when they agree.
 */
export function differencesFromEngine(scenario: Pick<Scenario, "answers" | "expected">): string[] {
  const { expected } = scenario;
  const check = checkAgainstEngine(scenario.answers, expected);
  if (check.status === "incomplete") return [`the answers stop before the route ends: "${check.next}" is not answered`];
  const { engine } = check;
  const differences: string[] = [];
  if (engine.rule !== expected.rule) differences.push(`rule: expected ${expected.rule}, the engine gives ${engine.rule}`);
  if (check.disagreeing.includes("primary")) differences.push(`primary: expected ${expected.primary}, the engine gives ${engine.primary}`);
  if (check.disagreeing.includes("also")) differences.push(`also: expected ${list(expected.also)}, the engine gives ${list(engine.also)}`);
  if (check.disagreeing.includes("duties"))
    differences.push(`duties: expected ${list(expected.duties)}, the engine gives ${list(engine.duties)}`);
  if (check.unusedAnswers.length > 0) differences.push(`answers the route never asks: ${check.unusedAnswers.join(", ")}`);
  return differences;
}
