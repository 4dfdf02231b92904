import { describe, expect, it } from "vitest";
import { answersBefore, isAskable, journeyOf, previousStep } from "@/lib/journey/journey";
import type { Answers } from "@/machines/vocabulary";
import { TEACHER_ANSWERS } from "@/tests/helpers/personas";

// The teacher's route asks every question: radicalisation leads through prison, psychiatry and age to advice.
// With a concern about travel, the route goes from the workplace straight to the age.
const { ageBand: _ageBand, municipalityCode: _municipalityCode, adviceFirst: _adviceFirst, ...teacherBeforeAge } = TEACHER_ANSWERS;
const traveller: Answers = { ...TEACHER_ANSWERS, concern: "travel" };

describe("the journey", () => {
  it("knows the question page before each one: danger and crime share the first", () => {
    const journey = journeyOf({ acuteDanger: false, crimeSuspected: "no" });
    expect(previousStep(journey, "acuteDanger")).toBeUndefined();
    expect(previousStep(journey, "crimeSuspected")).toBe("acuteDanger");
    expect(previousStep(journey, "concern")).toBe("acuteDanger");
  });

  it("may show the next question and those answered, but not one it has not reached", () => {
    const journey = journeyOf({ acuteDanger: false });
    expect(isAskable(journey, "acuteDanger")).toBe(true);
    expect(isAskable(journey, "crimeSuspected")).toBe(true);
    expect(isAskable(journey, "concern")).toBe(false);
    expect(isAskable(journeyOf({}), "acuteDanger")).toBe(true);
  });

  it("does not show a question it has not reached, even if the URL holds its answer", () => {
    const journey = journeyOf({ acuteDanger: false, concern: "travel" });
    expect(isAskable(journey, "crimeSuspected")).toBe(true);
    expect(isAskable(journey, "concern")).toBe(false);
  });

  it("shows no question the route skipped, and none once someone is in danger", () => {
    const journey = journeyOf(traveller);
    expect(isAskable(journey, "ageBand")).toBe(true);
    expect(isAskable(journey, "inPrisonOrProbation")).toBe(false);
    expect(isAskable(journey, "inPsychiatricTreatment")).toBe(false);
    expect(isAskable(journeyOf({ acuteDanger: true }), "crimeSuspected")).toBe(false);
  });

  it("has no answers before the first question", () => {
    expect(answersBefore(journeyOf(TEACHER_ANSWERS), "acuteDanger")).toEqual({});
    expect(answersBefore(journeyOf({}), "acuteDanger")).toEqual({});
  });

  it("gives exactly the answers asked before a question", () => {
    expect(answersBefore(journeyOf(TEACHER_ANSWERS), "ageBand")).toEqual(teacherBeforeAge);
    expect(answersBefore(journeyOf(traveller), "ageBand")).toEqual({
      acuteDanger: false,
      crimeSuspected: "no",
      concern: "travel",
      workplace: "education",
    });
  });

  it("gives every answer asked so far before the next question, and none it has not asked yet", () => {
    expect(answersBefore(journeyOf({ acuteDanger: false, concern: "travel" }), "crimeSuspected")).toEqual({ acuteDanger: false });
  });
});
