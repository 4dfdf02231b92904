import { describe, expect, it } from "vitest";
import { chartEdges } from "../../machines/chart-edges";
import { pathThrough } from "../../machines/path-through";
import { PREDICATES, type PredicateName } from "../../machines/predicates";
import { replayAnswers } from "../../machines/replay";
import { answersFromRole } from "../../machines/role-answers";
import { isRuleId, ruleMatches } from "../../machines/rules";
import type { Answers } from "../../machines/vocabulary";
import { simplePathsToFinal, type Path } from "./chart-graph";

const EDGES = new Map(chartEdges().map((edge) => [edge.id, edge]));

/** The answers a path submits, one question after another. */
function answersOf(path: Path): Answers[] {
  const prefixes: Answers[] = [{}];
  for (const { event } of path.steps) {
    if (event.type === "answer.submitted") prefixes.push({ ...prefixes[prefixes.length - 1], ...event.answers });
  }
  return prefixes;
}

/**
 * Whether an edge's guard holds for the answers given so far and those the role gives, read from the predicates,
 * the rules and the role's answers, not the machine.
 */
function holds(edgeId: string, given: Answers): boolean {
  const answers = given.workplace ? { ...given, ...answersFromRole({ ...given, workplace: given.workplace }, given) } : given;
  const edge = EDGES.get(edgeId)!;
  if (edge.event === "answers.confirmed") return isRuleId(edge.target) && ruleMatches(edge.target, answers);
  if (edge.guard === "answerGiven") return true;
  return PREDICATES[edge.guard as PredicateName](answers);
}

describe("the path through the statechart", () => {
  const paths = simplePathsToFinal(false).paths;

  it("visits the states of every simple path, by the transitions the diagram draws, to the outcome replay gives", () => {
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      const answers = answersOf(path).at(-1)!;
      const through = pathThrough(answers);
      const replayed = replayAnswers(answers);
      const message = JSON.stringify(answers);
      expect(through.states, message).toEqual(path.steps.map((step) => String(step.state.value)));
      expect(through.status, message).toBe("complete");
      expect(replayed.status, message).toBe("complete");
      if (through.status !== "complete" || replayed.status !== "complete") continue;
      expect(through.outcome, message).toEqual(replayed.outcome);
      expect(through.asked, message).toEqual(replayed.asked);
      expect(through.edges.length, message).toBe(through.states.length - 1);
      through.edges.forEach((id, index) => {
        const edge = EDGES.get(id);
        expect(edge, `${message}: ${id}`).toBeDefined();
        expect([edge?.source, edge?.target], `${message}: ${id}`).toEqual([through.states[index], through.states[index + 1]]);
      });
    }
  });

  it("takes, at each state, the first transition whose guard holds in the machine's order", () => {
    for (const path of paths) {
      const answers = answersOf(path).at(-1)!;
      for (const id of pathThrough(answers).edges) {
        const taken = EDGES.get(id)!;
        const competing = [...EDGES.values()].filter((edge) => edge.source === taken.source && edge.event === taken.event);
        const first = competing.find((edge) => holds(edge.id, answers));
        expect(first?.id, `${JSON.stringify(answers)} at ${taken.source}`).toBe(id);
      }
    }
  });

  it("stops an incomplete route at the question replay asks next", () => {
    for (const path of paths) {
      const prefixes = answersOf(path);
      for (const answers of prefixes.slice(0, -1)) {
        const through = pathThrough(answers);
        const replayed = replayAnswers(answers);
        expect(through.status).toBe("incomplete");
        expect(replayed.status).toBe("incomplete");
        if (through.status !== "incomplete" || replayed.status !== "incomplete") continue;
        expect(through.next).toBe(replayed.next);
        expect(through.states.at(-1)).toBe(replayed.next);
        expect(through.asked).toEqual(replayed.asked);
      }
    }
  });
});
