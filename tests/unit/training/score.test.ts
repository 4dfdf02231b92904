import { describe, expect, it } from "vitest";
import { scoreGuess } from "@/lib/training/score";

const route = { primary: "SSP", also: ["INFOHOUSE", "MUNICIPALITY"], duties: ["NOTIFY_MUNICIPALITY", "SHARING_115"] } as const;
const expected = { primary: route.primary, also: [...route.also], duties: [...route.duties] };

describe("scoring a trainee's guess", () => {
  it("gives every point for the whole route", () => {
    const score = scoreGuess(
      { first: "SSP", also: ["INFOHOUSE", "MUNICIPALITY"], duties: ["NOTIFY_MUNICIPALITY", "SHARING_115"] },
      expected,
    );
    expect(score).toMatchObject({ score: 5, outOf: 5 });
    expect(score.points.every((point) => !("right" in point) || point.right)).toBe(true);
  });

  it("names the guessed and the expected first contact when the first is wrong", () => {
    const score = scoreGuess({ first: "POLICE", also: [], duties: [] }, expected);
    expect(score.points[0]).toEqual({ kind: "first", right: false, guessed: "POLICE", expected: "SSP" });
    expect(score).toMatchObject({ score: 0, outOf: 5 });
  });

  it("counts the others and duties named, and says which named ones are not on the route", () => {
    const score = scoreGuess({ first: "SSP", also: ["INFOHOUSE", "HOTLINE"], duties: ["HEALTH_DISCLOSURE", "SHARING_115"] }, expected);
    expect(score.score).toBe(3);
    expect(score.points).toContainEqual({ kind: "also", right: false, body: "MUNICIPALITY" });
    expect(score.points).toContainEqual({ kind: "alsoNotOnRoute", body: "HOTLINE" });
    expect(score.points).toContainEqual({ kind: "duty", right: false, duty: "NOTIFY_MUNICIPALITY" });
    expect(score.points).toContainEqual({ kind: "dutyNotOnRoute", duty: "HEALTH_DISCLOSURE" });
  });

  it("counts a body named first that the route has among the others, and does not repeat the first among them", () => {
    const score = scoreGuess({ first: "INFOHOUSE", also: ["INFOHOUSE", "SSP"], duties: [] }, expected);
    expect(score.points).toContainEqual({ kind: "also", right: true, body: "INFOHOUSE" });
    expect(score.points.filter((point) => point.kind === "alsoNotOnRoute")).toEqual([]);
  });
});

describe("a route that explains PET", () => {
  it("does not ask the trainee to name PET, whom nobody contacts directly", () => {
    const score = scoreGuess({ first: "INFOHOUSE", also: [], duties: [] }, { primary: "INFOHOUSE", also: ["PET"], duties: [] });
    expect(score).toMatchObject({ score: 1, outOf: 1 });
  });
});
