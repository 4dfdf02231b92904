import { describe, expect, it } from "vitest";
import { replayAnswers } from "../../machines/replay";
import type { Answers } from "../../machines/vocabulary";
import { everyFullAnswerSet, OPTIONS } from "./answer-space";
import { oracle } from "./oracle";
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
      });
    }
  });

  it("routes through the rules table alone, given the answers the route asks for, to the same outcome", () => {
    for (const answers of all) {
      const expected = oracle(answers);
      const asked = Object.fromEntries(expected.asked.map((step) => [step, answers[step]])) as Answers;
      expect(routeByTable(asked), JSON.stringify(asked)).toEqual(expected.outcome);
    }
  });
});
