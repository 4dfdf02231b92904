import { describe, expect, it } from "vitest";
import { placeOf } from "@/lib/journey/journey-place";
import { nextPath, stepPath } from "@/lib/journey/paths";
import { journeyOf } from "@/lib/journey/journey";
import { scenarioPlace } from "@/lib/training/paths";
import { TEACHER_ANSWERS } from "../../helpers/personas";

describe("the place a question posted without JavaScript names", () => {
  it("keeps a training case's place", () => {
    const place = scenarioPlace("skolen-i-aarhus");
    expect(placeOf(place)).toEqual(place);
  });

  it.each([
    ["another host", { home: "//evil.example", afterLastQuestion: "//evil.example/gaet" }],
    ["another host without a dot", { home: "//evil", afterLastQuestion: "//evil/gaet" }],
    ["a full address", { home: "https://evil.example", afterLastQuestion: "https://evil.example/x" }],
    ["a page not below the place", { home: "/traening/a", afterLastQuestion: "/resultat" }],
    ["a backslash", { home: "/\\evil", afterLastQuestion: "/\\evil/x" }],
    ["a query", { home: "/traening/a?x=1", afterLastQuestion: "/traening/a?x=1/gaet" }],
    ["one path only", { home: "/traening/a" }],
  ])("ignores %s: the worker's own journey goes on", (_, fields) => {
    expect(placeOf(fields)).toEqual({});
  });
});

describe("a journey walked in a place", () => {
  const place = scenarioPlace("skolen-i-aarhus");

  it("asks its questions below the place, in either language", () => {
    expect(stepPath("da", "acuteDanger", {}, place)).toMatch(/^\/traening\/skolen-i-aarhus\/trin\/[a-z-]+\?a=/);
    expect(stepPath("en", "acuteDanger", {}, place)).toMatch(/^\/en\/traening\/skolen-i-aarhus\/trin\/[a-z-]+\?a=/);
  });

  it("goes from the last question to the place's own page, not to check your answers", () => {
    const journey = journeyOf(TEACHER_ANSWERS);
    expect(journey.replay.status).toBe("complete");
    expect(nextPath("en", journey, place)).toMatch(/^\/en\/traening\/skolen-i-aarhus\/gaet\?a=/);
    expect(nextPath("en", journey)).toMatch(/^\/en\/tjek\?a=/);
  });
});
