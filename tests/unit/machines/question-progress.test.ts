import { describe, expect, it } from "vitest";
import { questionProgress, replayAnswers } from "../../../machines/replay";
import type { Answers } from "../../../machines/vocabulary";
import { everyFullAnswerSet } from "../../model/answer-space";
import { createRng } from "../../model/prng";

describe("questionProgress", () => {
  it("counts from question 1 of at most 9 (the longest route in the chart)", () => {
    expect(questionProgress({})).toEqual({ number: 1, atMost: 9 });
    expect(questionProgress({ acuteDanger: false })).toEqual({ number: 2, atMost: 9 });
  });

  it("shrinks the bound as soon as the route is shorter", () => {
    expect(questionProgress({ acuteDanger: false, crimeSuspected: "yes" })).toEqual({ number: 3, atMost: 4 });
    const calm: Answers = { acuteDanger: false, crimeSuspected: "no" };
    expect(questionProgress({ ...calm, concern: "general_prevention" })).toEqual({ number: 4, atMost: 4 });
    expect(questionProgress({ ...calm, concern: "radicalisation", workplace: "private" })).toEqual({ number: 5, atMost: 5 });
    // Crime "unknown" skips adviceFirst.
    expect(questionProgress({ ...calm, crimeSuspected: "unknown", concern: "radicalisation" })).toEqual({
      number: 4,
      atMost: 8,
    });
  });

  it("reports the questions asked once the route is complete", () => {
    expect(questionProgress({ acuteDanger: true })).toEqual({ number: 1, atMost: 1 });
  });

  it("along any route: n rises by one, m never rises, and the route ends within m", () => {
    const rng = createRng(20240601);
    const all = [...everyFullAnswerSet()];
    for (let i = 0; i < 300; i++) {
      const full = all[Math.floor(rng() * all.length)] as Answers;
      const result = replayAnswers(full);
      if (result.status !== "complete") throw new Error("a full answer set must complete");
      let previous = { number: 0, atMost: Number.POSITIVE_INFINITY };
      const prefix: Answers = {};
      for (const step of result.asked) {
        const progress = questionProgress(prefix);
        expect(progress.number, JSON.stringify(prefix)).toBe(previous.number + 1);
        expect(progress.atMost).toBeLessThanOrEqual(previous.atMost);
        expect(result.asked.length).toBeLessThanOrEqual(progress.atMost);
        previous = progress;
        Object.assign(prefix, { [step]: full[step] });
      }
      expect(questionProgress(full)).toEqual({ number: result.asked.length, atMost: result.asked.length });
    }
  });
});
