import { describe, expect, it } from "vitest";
import { journeyOf } from "@/lib/journey/journey";
import { nextPath, pathAfterAnswer, stepPath } from "@/lib/journey/paths";
import { decodeAnswers } from "@/lib/journey/url-state";
import { TEACHER_ANSWERS } from "@/tests/helpers/personas";

const answered = (url: string) => decodeAnswers(new URL(url, "http://x").searchParams.get("a")).answers;

describe("the paths of the journey", () => {
  it("starts at the first question, in Danish at / and in English under /en", () => {
    expect(nextPath("da", journeyOf({}))).toBe("/trin/akut-fare?a=1");
    expect(nextPath("en", journeyOf({}))).toBe("/en/trin/akut-fare?a=1");
  });

  it("goes straight to the result when someone is in danger", () => {
    expect(pathAfterAnswer("da", {}, "acuteDanger", "danger")).toBe("/resultat?a=1.d0");
  });

  it("takes a suspected crime from the first page, which asks about danger and crime at once", () => {
    expect(pathAfterAnswer("da", {}, "acuteDanger", "crime")).toBe("/trin/arbejdsplads?a=1.d1.c0");
    expect(pathAfterAnswer("da", {}, "acuteDanger", "unknown")).toBe("/trin/bekymring?a=1.d1.c2");
  });

  it("asks the next question the route needs", () => {
    expect(pathAfterAnswer("da", { acuteDanger: false }, "crimeSuspected", "yes")).toBe("/trin/arbejdsplads?a=1.d1.c0");
  });

  it("goes to check your answers when nothing is missing", () => {
    const path = pathAfterAnswer(
      "da",
      { acuteDanger: false, crimeSuspected: "no", concern: "general_prevention" },
      "workplace",
      "education",
    );
    expect(path).toBe("/tjek?a=1.d1.c1.k4.w0");
  });

  it("drops answers a changed answer makes irrelevant and re-asks only what is missing", () => {
    const teacher = TEACHER_ANSWERS;
    const toGeneral = pathAfterAnswer("da", teacher, "concern", "general_prevention");
    expect(toGeneral).toMatch(/^\/tjek\?/);
    expect(answered(toGeneral)).toEqual({
      acuteDanger: false,
      crimeSuspected: "no",
      concern: "general_prevention",
      workplace: "education",
    });
    const toTravel = pathAfterAnswer("da", teacher, "concern", "travel");
    expect(toTravel).toMatch(/^\/tjek\?/);
    const toPrivate = pathAfterAnswer("da", { ...teacher, concern: "travel" }, "workplace", "private");
    expect(toPrivate).toMatch(/^\/tjek\?/);
    const changedAge = pathAfterAnswer(
      "da",
      { acuteDanger: false, crimeSuspected: "no", concern: "exit_gang", workplace: "education", municipalityCode: "101" },
      "concern",
      "wellbeing",
    );
    expect(changedAge).toBe("/trin/alder?a=1.d1.c1.k5.w0.m101");
  });

  it("writes a question's address with the answers so far", () => {
    const journey = journeyOf({ acuteDanger: false, crimeSuspected: "no" });
    expect(stepPath("en", "concern", journey.answers)).toBe("/en/trin/bekymring?a=1.d1.c1");
  });
});
