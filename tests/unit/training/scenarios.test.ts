import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { RESERVED_SLUGS, scenarioSchema, type Scenario } from "@/lib/training/scenario";
import { differencesFromEngine } from "@/lib/training/scenario-check";
import { RULE_IDS } from "@/machines/rules";
import { DUTY_KEYS, WORKPLACES } from "@/machines/vocabulary";
import municipalities from "@/prisma/seed-data/municipalities.json" with { type: "json" };
import scenarioSeed from "@/prisma/seed-data/scenarios.json" with { type: "json" };

const root = fileURLToPath(new URL("../../../", import.meta.url));

// The cases that parse. One that does not fails its own test below, named by its slug, instead of
// stopping the whole file.
const library: Scenario[] = scenarioSeed.flatMap((record) => {
  const parsed = scenarioSchema.safeParse(record);
  return parsed.success ? [parsed.data] : [];
});

/** What is wrong with a seeded record: its schema errors, or else how it differs from the engine. */
function disagreement(record: unknown): string[] {
  const parsed = scenarioSchema.safeParse(record);
  if (!parsed.success) return parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
  return differencesFromEngine(parsed.data);
}

describe("every seeded scenario", () => {
  it.each(scenarioSeed.map((record) => [record.slug, record] as const))("%s parses and agrees with the route engine", (slug, record) => {
    const differences = disagreement(record);
    expect(differences, `The scenario "${slug}" is malformed or disagrees with the route engine:\n${differences.join("\n")}`).toEqual([]);
  });
});

describe("the check of a scenario against the engine", () => {
  const teacher = library.find((scenario) => scenario.slug === "elev-deler-voldelig-propaganda");
  if (!teacher) throw new Error("The teacher's scenario is missing from the seed");
  const expecting = (expected: Partial<Scenario["expected"]>): Scenario => ({ ...teacher, expected: { ...teacher.expected, ...expected } });

  it("agrees with the unaltered case", () => {
    expect(differencesFromEngine(teacher)).toEqual([]);
  });

  it("names a wrong rule, a wrong first contact, a missing other body and a missing duty", () => {
    const altered = expecting({ rule: "R8e", primary: "INFOHOUSE", also: ["INFOHOUSE"], duties: ["SHARING_115"] });
    expect(differencesFromEngine(altered)).toEqual([
      "rule: expected R8e, the engine gives R8d",
      "primary: expected INFOHOUSE, the engine gives SSP",
      "also: expected INFOHOUSE, the engine gives INFOHOUSE, MUNICIPALITY",
      "duties: expected SHARING_115, the engine gives NOTIFY_MUNICIPALITY, SHARING_115",
    ]);
  });

  it("names the first question the answers leave unanswered", () => {
    const { municipalityCode: _, ...withoutMunicipality } = teacher.answers;
    expect(differencesFromEngine({ ...teacher, answers: withoutMunicipality })).toEqual([
      'the answers stop before the route ends: "municipalityCode" is not answered',
    ]);
  });

  it("names answers that the route never asks for", () => {
    // A suspected crime goes straight to the police: the concern, the status questions and advice first are not asked.
    const differences = differencesFromEngine({ ...teacher, answers: { ...teacher.answers, crimeSuspected: "yes" } });
    const unasked = differences.find((line) => line.startsWith("answers the route never asks: "));
    expect(unasked?.replace("answers the route never asks: ", "").split(", ").sort()).toEqual(
      ["adviceFirst", "concern", "inPrisonOrProbation", "inPsychiatricTreatment"].sort(),
    );
  });
});

describe("the library as a whole", () => {
  const missing = <T>(wanted: readonly T[], found: readonly T[]) => wanted.filter((item) => !found.includes(item));

  it("reaches every routing rule", () => {
    expect(
      missing(
        RULE_IDS,
        library.map((scenario) => scenario.expected.rule),
      ),
    ).toEqual([]);
  });

  it("shows every duty", () => {
    expect(
      missing(
        DUTY_KEYS,
        library.flatMap((scenario) => scenario.expected.duties),
      ),
    ).toEqual([]);
  });

  it("has at least two cases for each workplace", () => {
    const fewer = WORKPLACES.filter((workplace) => library.filter((scenario) => scenario.workplace === workplace).length < 2);
    expect(fewer).toEqual([]);
  });

  it("places its cases in at least 8 of the 12 police districts", () => {
    const districtOf = new Map(municipalities.map((municipality) => [municipality.code, municipality.policeDistrictId]));
    const codes = library.flatMap((scenario) => scenario.answers.municipalityCode ?? []);
    const unknown = codes.filter((code) => !districtOf.has(code));
    expect(unknown).toEqual([]);
    expect(new Set(codes.map((code) => districtOf.get(code))).size).toBeGreaterThanOrEqual(8);
  });

  it("has at least three hard cases, each naming the first instinct it corrects", () => {
    expect(library.filter((scenario) => scenario.firstInstinct !== undefined).length).toBeGreaterThanOrEqual(3);
  });

  it("gives every case a unique slug that no page under /traening takes", () => {
    const slugs = library.map((scenario) => scenario.slug);
    expect(slugs.filter((slug, index) => slugs.indexOf(slug) !== index)).toEqual([]);
    expect(slugs.filter((slug) => (RESERVED_SLUGS as readonly string[]).includes(slug))).toEqual([]);
  });

  it("gives every case a narrative of 80 to 160 words, 2 or 3 learning points and discussion questions, and 1 or 2 sources", () => {
    const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
    for (const scenario of library) {
      for (const text of [scenario.narrative.da, scenario.narrative.en]) {
        expect(words(text), `${scenario.slug}: ${text.slice(0, 40)}…`).toBeGreaterThanOrEqual(80);
        expect(words(text), `${scenario.slug}: ${text.slice(0, 40)}…`).toBeLessThanOrEqual(160);
      }
      expect(scenario.learningPoints.length, scenario.slug).toBeGreaterThanOrEqual(2);
      expect(scenario.learningPoints.length, scenario.slug).toBeLessThanOrEqual(3);
      expect(scenario.discussionQuestions.length, scenario.slug).toBeGreaterThanOrEqual(2);
      expect(scenario.discussionQuestions.length, scenario.slug).toBeLessThanOrEqual(3);
      expect(scenario.sources.length, scenario.slug).toBeLessThanOrEqual(2);
    }
  });
});

describe("the sources of the library", () => {
  // Every URL a case cites must already be in the research notes, the rules' sources or the directory,
  // so that none is invented for a case. The scenario file itself does not count.
  const docs = join(root, "docs");
  const seedData = join(root, "prisma/seed-data");
  const knownText = [
    ...readdirSync(docs, { recursive: true, encoding: "utf8" })
      .filter((name) => name.endsWith(".md"))
      .map((name) => join(docs, name)),
    join(root, "machines/sources.ts"),
    ...readdirSync(seedData)
      .filter((name) => name.endsWith(".json") && name !== "scenarios.json")
      .map((name) => join(seedData, name)),
  ]
    .map((path) => readFileSync(path, "utf8"))
    .join("\n");

  it.each(library.flatMap((scenario) => scenario.sources.map((source) => [scenario.slug, source.url] as const)))(
    "%s cites %s, an https address the research notes already hold",
    (_, url) => {
      expect(new URL(url).protocol).toBe("https:");
      expect(knownText.includes(url), `${url} is not in docs/, machines/sources.ts or the directory's seed data`).toBe(true);
    },
  );
});
