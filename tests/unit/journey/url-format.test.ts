import { describe, expect, it } from "vitest";
import { decodeAnswers, encodeAnswers } from "@/lib/journey/url-state";
import type { Answers, StepId } from "@/machines/vocabulary";

// Version 1 of the answers parameter, written out by hand: each step's letter, and its options in the order
// whose positions stand for them (d0 is acuteDanger true). Saved and shared links hold these tokens, so
// inserting, removing or reordering an option in the vocabulary would silently change what old links say.
// A new option must be appended (and added here), or the format version raised.
const FORMAT_1 = {
  acuteDanger: { letter: "d", options: [true, false] },
  crimeSuspected: { letter: "c", options: ["yes", "no", "unknown"] },
  concern: { letter: "k", options: ["radicalisation", "travel", "exit_extremism", "exit_gang", "general_prevention", "wellbeing"] },
  workplace: { letter: "w", options: ["education", "psychiatry", "health", "prison_probation", "social_services", "other", "private"] },
  inPrisonOrProbation: { letter: "p", options: [true, false, "unknown"] },
  inPsychiatricTreatment: { letter: "h", options: [true, false, "unknown"] },
  ageBand: { letter: "a", options: ["under18", "18to24", "25plus", "unknown"] },
  adviceFirst: { letter: "r", options: [true, false] },
} satisfies { [S in Exclude<StepId, "municipalityCode">]: { letter: string; options: readonly NonNullable<Answers[S]>[] } };

const pinned = Object.entries(FORMAT_1).map(([step, { letter, options }]) => ({ step, letter, options }));

describe("version 1 of the answers in the URL", () => {
  it.each(pinned)("writes $step as $letter and the position of its option, and reads it back", ({ step, letter, options }) => {
    options.forEach((answer, position) => {
      const token = `1.${letter}${position}`;
      expect(encodeAnswers({ [step]: answer })).toBe(token);
      expect(decodeAnswers(token)).toEqual({ answers: { [step]: answer }, intact: true });
    });
  });

  it.each(pinned)("has no option of $step beyond those pinned here", ({ letter, options }) => {
    expect(decodeAnswers(`1.${letter}${options.length}`).intact).toBe(false);
  });

  it("writes the municipality as m and its code", () => {
    expect(encodeAnswers({ municipalityCode: "751" })).toBe("1.m751");
    expect(decodeAnswers("1.m751")).toEqual({ answers: { municipalityCode: "751" }, intact: true });
  });
});
