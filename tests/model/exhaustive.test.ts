import { describe, expect, it } from "vitest";
import { replayAnswers } from "../../machines/replay";
import { routeAnswers } from "../../machines/rules";
import { everyFullAnswerSet } from "./answer-space";
import { oracle } from "./oracle";

// Every combination of answers (one municipality code): thousands of cases, each checked twice.
describe("every full set of answers", () => {
  const all = [...everyFullAnswerSet()];

  it("replays through the machine to the oracle's outcome, asking exactly the oracle's questions", () => {
    expect(all.length).toBe(2 * 3 * 6 * 7 * 2 * 2 * 4 * 2);
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

  it("routes through the rules table alone to the same outcome (the guards' source)", () => {
    for (const answers of all) {
      expect(routeAnswers(answers), JSON.stringify(answers)).toEqual(oracle(answers).outcome);
    }
  });
});
