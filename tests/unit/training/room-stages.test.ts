import { describe, expect, it } from "vitest";
import { roomStages } from "@/lib/training/room/room-stages";
import { seededScenarios } from "@/lib/training/scenarios.server";

const scenario = (slug: string) => seededScenarios().find((candidate) => candidate.slug === slug)!;
const pupil = scenario("elev-deler-voldelig-propaganda");
const waitingRoom = scenario("trussel-i-ventevaerelset");

describe("the stages of a session", () => {
  it("are the vote, the closed vote, one per question the case's route asks, then the answer, why, the duties and what to take away", () => {
    const kinds = roomStages(pupil).map((stage) => (stage.kind === "question" ? `question ${stage.step}` : stage.kind));
    expect(kinds).toEqual([
      "voting",
      "closed",
      "question acuteDanger",
      "question crimeSuspected",
      "question concern",
      "question workplace",
      "question inPrisonOrProbation",
      "question inPsychiatricTreatment",
      "question ageBand",
      "question municipalityCode",
      "question adviceFirst",
      "route",
      "reasons",
      "duties",
      "learning",
    ]);
  });

  it("leave out the duties on a route that has none, such as a call to 112", () => {
    const kinds = roomStages(waitingRoom).map((stage) => stage.kind);
    expect(kinds).toEqual(["voting", "closed", "question", "route", "reasons", "learning"]);
  });
});
