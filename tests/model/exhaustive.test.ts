import { describe, expect, it } from "vitest";
import { replayAnswers } from "../../machines/replay";
import type { Answers } from "../../machines/vocabulary";
import { everyFullAnswerSet, OPTIONS } from "./answer-space";
import { answeredByRole, oracle } from "./oracle";
import { routeByTable } from "./route-by-table";

// Every combination of answers (one municipality code): thousands of cases, each checked twice.
describe("every full set of answers", () => {
  const all = [...everyFullAnswerSet()];

  it("is every combination of the options, each once", () => {
    const combinations = Object.entries(OPTIONS)
      .map(([step, options]) => (step === "municipalityCode" ? 1 : options.length))
      .reduce((product, count) => product * count, 1);
    expect(new Set(all.map((answers) => JSON.stringify(answers))).size).toBe(combinations);
    expect(all.length).toBe(combinations);
  });

  it("replays through the machine to the oracle's outcome, asking exactly the oracle's questions", () => {
    for (const answers of all) {
      const expected = oracle(answers);
      const result = replayAnswers(answers);
      expect(result, JSON.stringify(answers)).toEqual({
        status: "complete",
        outcome: expected.outcome,
        asked: expected.asked,
        fromRole: answeredByRole(answers),
      });
    }
  });

  it("routes through the rules table alone, given the answers the route asks for and the role gives, to the same outcome", () => {
    for (const answers of all) {
      const expected = oracle(answers);
      const asked = Object.fromEntries(expected.asked.map((step) => [step, answers[step]])) as Answers;
      const given = { ...asked, ...answeredByRole(answers) };
      expect(routeByTable(given), JSON.stringify(given)).toEqual(expected.outcome);
    }
  });

  // F18 changes which questions are asked, never where a route leads: the worker's answers alone (without the
  // question the role answers) reach the outcome the rules table gives when that answer is given explicitly,
  // as the journey did before F18; where the role answers nothing, the route is the one the answers give.
  it("changes no outcome: the answers a worker gives, without those the role gives, lead where they led before", () => {
    let answeredThisWay = 0;
    for (const answers of all) {
      const { asked } = oracle(answers);
      const given = Object.fromEntries(asked.map((step) => [step, answers[step]])) as Answers;
      const fromRole = answeredByRole(answers);
      const before = routeByTable({ ...given, ...fromRole });
      const now = replayAnswers(given);
      expect(now.status === "complete" && now.outcome, JSON.stringify(given)).toEqual(before);
      if (Object.keys(fromRole).length > 0) answeredThisWay++;
    }
    expect(answeredThisWay).toBeGreaterThan(0);
  });
});
