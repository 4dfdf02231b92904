// Every page the statechart can reach, each with one shortest answer path, derived from the machine itself.
import { getShortestPaths } from "xstate/graph";
import { checkPath, resultPath, stepPath } from "../../../lib/journey/paths";
import type { Locale } from "../../../machines/locale";
import { referralMachine } from "../../../machines/referral.machine";
import { RULE_IDS, type RuleId } from "../../../machines/rules";
import { STEP_IDS, type Answers, type StepId } from "../../../machines/vocabulary";
import { eventsFor, serializeState, type Path } from "../../model/chart-graph";

export type MachinePage =
  | { kind: "question"; state: StepId; answers: Answers }
  | { kind: "check"; state: "checkAnswers"; answers: Answers }
  | { kind: "result"; state: RuleId; answers: Answers };

/** The answers a path submits, in order. */
export function answersOf(path: Path): Answers {
  const answers: Answers = {};
  for (const { event } of path.steps) if (event.type === "answer.submitted") Object.assign(answers, event.answers);
  return answers;
}

/** Every state node of the machine (question states, checkAnswers and the final rule states). */
export const MACHINE_STATE_IDS = Object.keys(referralMachine.states);

/**
 * One shortest path to every state node, from xstate's shortest paths over the answer
 * events (no emergency event: a page is reached by answering its questions).
 */
export function shortestPathPerState(): Map<string, Path> {
  const paths = getShortestPaths(referralMachine, { events: (snapshot) => eventsFor(snapshot, false), serializeState });
  const best = new Map<string, Path>();
  for (const path of paths) {
    const state = String(path.state.value);
    const known = best.get(state);
    if (!known || path.weight < known.weight) best.set(state, path);
  }
  return best;
}

export function machinePages(): MachinePage[] {
  const paths = shortestPathPerState();
  return MACHINE_STATE_IDS.map((state) => {
    const path = paths.get(state);
    if (!path) throw new Error(`The machine never reaches ${state}`);
    const answers = answersOf(path);
    if ((STEP_IDS as readonly string[]).includes(state)) return { kind: "question", state: state as StepId, answers };
    if (state === "checkAnswers") return { kind: "check", state, answers };
    if ((RULE_IDS as readonly string[]).includes(state)) return { kind: "result", state: state as RuleId, answers };
    throw new Error(`Unknown kind of state ${state}`);
  });
}

export function urlOf(page: MachinePage, locale: Locale): string {
  if (page.kind === "question") return stepPath(locale, page.state, page.answers);
  if (page.kind === "check") return checkPath(locale, page.answers);
  return resultPath(locale, page.answers);
}
