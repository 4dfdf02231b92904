import { describe, expect, it } from "vitest";
import scenarioSeed from "@/prisma/seed-data/scenarios.json" with { type: "json" };
import { mayChangeCase, mayWriteFor, publishProblem } from "@/lib/training/authoring/case-access";
import { answerField, caseFormValues, readCaseForm, sourceField } from "@/lib/training/authoring/case-form";
import { freeSlug, slugFromTitle } from "@/lib/training/authoring/case-slug";
import { MAX_CASE_TEXT, MAX_SLUG_LENGTH, scenarioSchema } from "@/lib/training/scenario";
import { agrees } from "@/lib/training/scenario-check";

const library = scenarioSeed.map((record) => scenarioSchema.parse(record));
const teacher = library.find((scenario) => scenario.slug === "elev-deler-voldelig-propaganda")!;

describe("the case editor's form", () => {
  it("reads every seeded case back from the fields it fills, agreeing with the engine", () => {
    for (const scenario of library) {
      const read = readCaseForm(caseFormValues(scenario, ""), scenario.slug);
      expect(read.errors, scenario.slug).toEqual({});
      expect(read.content, scenario.slug).toEqual(scenario);
      expect(read.check && agrees(read.check), scenario.slug).toBe(true);
    }
  });

  it("shows the engine's route beside an expected first contact that differs, and still reads the case", () => {
    const values = { ...caseFormValues(teacher, ""), primary: "POLICE" };
    const { check, content } = readCaseForm(values, teacher.slug);
    expect(check).toMatchObject({ status: "complete", disagreeing: ["primary"], engine: { primary: "SSP" } });
    expect(content?.expected.primary).toBe("POLICE");
  });

  it("names the question the route still asks when an answer is missing", () => {
    const values = { ...caseFormValues(teacher, ""), [answerField("ageBand")]: "" };
    const read = readCaseForm(values, teacher.slug);
    expect(read.errors[answerField("ageBand")]).toBe("routeAsks");
    expect(read.content).toBeUndefined();
  });

  it("flags the answers a route never asks: acute danger ends it at once", () => {
    const values = { ...caseFormValues(teacher, ""), [answerField("acuteDanger")]: "yes" };
    const { check } = readCaseForm(values, teacher.slug);
    expect(check).toMatchObject({ status: "complete", engine: { primary: "EMERGENCY" } });
    expect(check?.status === "complete" && check.unusedAnswers).toContain("concern");
  });

  it("keeps English optional, but a list's English lines must pair with the Danish ones", () => {
    const danishOnly = { ...caseFormValues(teacher, ""), titleEn: "", narrativeEn: "", learningPointsEn: "" };
    const read = readCaseForm(danishOnly, teacher.slug);
    expect(read.errors).toEqual({});
    expect(read.content?.learningPoints.every((point) => point.en === "")).toBe(true);
    const unpaired = { ...danishOnly, learningPointsEn: "Only one line" };
    expect(readCaseForm(unpaired, teacher.slug).errors).toEqual({ learningPointsEn: "linesDiffer" });
  });

  it("gives each problem to its field: a missing title, a source that is not https and a date that is not one", () => {
    const values = {
      ...caseFormValues(teacher, ""),
      titleDa: " ",
      [sourceField(0, "url")]: "http://example.dk",
      [sourceField(0, "shownAt")]: "1. marts",
    };
    expect(readCaseForm(values, teacher.slug).errors).toEqual({
      titleDa: "required",
      [sourceField(0, "url")]: "badAddress",
      [sourceField(0, "shownAt")]: "badDate",
    });
  });

  it("refuses a narrative over the longest a case holds, and a list of more lines than a room can take", () => {
    const values = {
      ...caseFormValues(teacher, ""),
      narrativeDa: "a".repeat(MAX_CASE_TEXT + 1),
      discussionQuestionsDa: Array.from({ length: 21 }, (_, index) => `Spørgsmål ${index + 1}`).join("\n"),
      discussionQuestionsEn: "",
    };
    expect(readCaseForm(values, teacher.slug).errors).toEqual({ narrativeDa: "tooLong", discussionQuestionsDa: "tooLong" });
  });

  it("warns of what looks like personal data in a text, naming the field, and still reads the case", () => {
    const values = { ...caseFormValues(teacher, ""), narrativeDa: `${teacher.narrative.da} Han bor på Søborg Hovedgade 12.` };
    const read = readCaseForm(values, teacher.slug);
    expect(read.warnings).toEqual([{ field: "narrativeDa", kind: "address", excerpt: "Hovedgade 12" }]);
    expect(read.content).toBeDefined();
  });
});

describe("who may do what with a case", () => {
  const trainer = { id: "t", role: "TRAINER" as const, policeDistrictId: null, municipalityCodes: ["159"] };
  const national = { id: "n", role: "NATIONAL" as const, policeDistrictId: null, municipalityCodes: [] };
  const editor = { id: "e", role: "MUNICIPALITY_EDITOR" as const, policeDistrictId: null, municipalityCodes: ["159"] };
  const owned = { authorId: "t", municipalityCode: "159", published: false, retired: false };

  it("lets the author and a national administrator change a case, and nobody the seeded library", () => {
    expect(mayChangeCase(trainer, owned)).toBe(true);
    expect(mayChangeCase(national, owned)).toBe(true);
    expect(mayChangeCase({ ...trainer, id: "other" }, owned)).toBe(false);
    expect(mayChangeCase({ ...editor, id: "t" }, owned)).toBe(false);
    expect(mayChangeCase(national, { ...owned, authorId: null })).toBe(false);
  });

  it("lets a trainer write for their own municipalities only, and publish only a case that has one", () => {
    expect(mayWriteFor(trainer, "159")).toBe(true);
    expect(mayWriteFor(trainer, "101")).toBe(false);
    expect(publishProblem(trainer, { ...owned, municipalityCode: null })).toBe("needsMunicipality");
    expect(publishProblem(national, { ...owned, municipalityCode: null })).toBeUndefined();
  });
});

describe("a case's address", () => {
  it("is made from its Danish title, the Danish letters spelt out", () => {
    expect(slugFromTitle("Elev på Ærø truer lærer – igen!")).toBe("elev-paa-aeroe-truer-laerer-igen");
    // "kort" is a page of its own under /traening, and a title of signs only has no words.
    expect(slugFromTitle("Kort")).toBe("sag-kort");
    expect(slugFromTitle("?!")).toBe("sag");
  });

  it("takes the next free number when it is taken", () => {
    expect(freeSlug("sag", new Set(["sag", "sag-2"]))).toBe("sag-3");
    expect(freeSlug("ny", new Set(["sag"]))).toBe("ny");
    // The longest address a case may have still takes a number, and stays an address a case may have.
    const longest = `${"a".repeat(39)}-${"b".repeat(40)}`;
    expect(longest).toHaveLength(MAX_SLUG_LENGTH);
    expect(freeSlug(longest, new Set([longest]))).toBe(`${"a".repeat(39)}-${"b".repeat(38)}-2`);
  });
});
