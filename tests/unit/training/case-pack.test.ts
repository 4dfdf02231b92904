import { describe, expect, it } from "vitest";
import {
  CASE_PACK_PROBLEM_CODES,
  casePackSchema,
  MAX_CASE_PACK_BYTES,
  MAX_CASES_PER_PACK,
  MAX_LISTED_PROBLEMS,
  readCasePack,
  writeCasePack,
} from "@/lib/training/authoring/case-pack";
import { authoredCaseSchema, type AuthoredCase } from "@/lib/training/scenario";
import da from "@/messages/da.json";
import en from "@/messages/en.json";
import scenarioSeed from "@/prisma/seed-data/scenarios.json" with { type: "json" };

const library: AuthoredCase[] = scenarioSeed.map((record) => authoredCaseSchema.parse(record));
const now = new Date("2026-12-01T09:30:00.000Z");

function seeded(slug: string): AuthoredCase {
  const found = library.find((scenario) => scenario.slug === slug);
  if (!found) throw new Error(`The seed has no case ${slug}`);
  return found;
}

// The teacher's case (SSP first) in the middle, so that paths name the right case.
const cases = [library[1]!, seeded("elev-deler-voldelig-propaganda"), library[2]!];

/** A pack of the three cases as JSON text, its object first changed by `change`. */
function packWith(change: (pack: { cases: Record<string, unknown>[] } & Record<string, unknown>) => void): string {
  const pack = JSON.parse(writeCasePack(cases, now));
  change(pack);
  return JSON.stringify(pack);
}

const problemsOf = (text: string) => {
  const reading = readCasePack(text);
  return reading.ok ? [] : reading.problems;
};

describe("writing a case pack", () => {
  it("writes a pack that the schema accepts, with the cases in their order", () => {
    expect(casePackSchema.parse(JSON.parse(writeCasePack(cases, now)))).toEqual({
      format: "henvis-case-pack",
      version: 1,
      exportedAt: "2026-12-01T09:30:00.000Z",
      cases,
    });
  });

  it("reads back the cases it wrote unchanged", () => {
    expect(readCasePack(writeCasePack(library, now))).toEqual({ ok: true, cases: library });
  });

  it("refuses cases that would not make a pack", () => {
    expect(() => writeCasePack([], now)).toThrow();
    expect(() => writeCasePack([cases[0]!, cases[0]!], now)).toThrow();
  });
});

describe("reading a case pack", () => {
  it("reads a pack saved with a byte order mark", () => {
    expect(readCasePack(`\uFEFF${writeCasePack(cases, now)}`).ok).toBe(true);
  });

  it("refuses a case whose expected first contact the engine does not give", () => {
    const problems = problemsOf(packWith((pack) => (pack.cases[1]!.expected = { ...cases[1]!.expected, primary: "INFOHOUSE" })));
    expect(problems).toEqual([{ path: "cases.1.expected", code: "disagreesWithEngine" }]);
  });

  it.each([
    ["text that is not JSON", '{"format": "henvis-case-pack",', { path: "", code: "notJson" }],
    ["a file that is too large", " ".repeat(MAX_CASE_PACK_BYTES + 1), { path: "", code: "tooLarge" }],
    // Fewer characters than the limit, but more bytes: each "æ" is two bytes in UTF-8.
    ["a file of too many bytes", "æ".repeat(MAX_CASE_PACK_BYTES / 2 + 1), { path: "", code: "tooLarge" }],
    ["a JSON list", "[]", { path: "", code: "notAPack" }],
    ["another format", packWith((pack) => (pack.format = "henvis-directory")), { path: "", code: "notAPack" }],
    ["no format", packWith((pack) => delete pack.format), { path: "", code: "notAPack" }],
    ["an unknown version", packWith((pack) => (pack.version = 2)), { path: "version", code: "unknownVersion" }],
  ])("refuses %s as a whole", (_, text, problem) => {
    expect(readCasePack(text)).toEqual({ ok: false, problems: [problem], unlisted: 0 });
  });

  it.each([
    ["a repeated slug", (pack) => (pack.cases[2]!.slug = cases[0]!.slug), { path: "cases.2.slug", code: "duplicateSlug" }],
    [
      "a missing Danish title",
      (pack) => (pack.cases[0]!.title = { da: " ", en: "A title" }),
      { path: "cases.0.title.da", code: "missing" },
    ],
    ["no title", (pack) => delete pack.cases[0]!.title, { path: "cases.0.title", code: "missing" }],
    [
      "an answer value that does not exist",
      (pack) => (pack.cases[1]!.answers = { ...cases[1]!.answers, concern: "gangs" }),
      { path: "cases.1.answers.concern", code: "notAnOption" },
    ],
    [
      "an answer of the wrong type",
      (pack) => (pack.cases[1]!.answers = { ...cases[1]!.answers, acuteDanger: "no" }),
      { path: "cases.1.answers.acuteDanger", code: "notAnOption" },
    ],
    [
      "a source that is not https",
      (pack) => (pack.cases[0]!.sources = [{ ...cases[0]!.sources[0]!, url: "http://www.example.dk/" }]),
      { path: "cases.0.sources.0.url", code: "badAddress" },
    ],
    [
      "a date that is not a day",
      (pack) => (pack.cases[0]!.sources = [{ ...cases[0]!.sources[0]!, shownAt: "28-11-2026" }]),
      { path: "cases.0.sources.0.shownAt", code: "badDate" },
    ],
    ["a slug with capitals", (pack) => (pack.cases[0]!.slug = "Min-Sag"), { path: "cases.0.slug", code: "badSlug" }],
    ["a slug that a page takes", (pack) => (pack.cases[0]!.slug = "rum"), { path: "cases.0.slug", code: "badSlug" }],
    ["a slug that is too long", (pack) => (pack.cases[0]!.slug = "a".repeat(81)), { path: "cases.0.slug", code: "tooLong" }],
    [
      "a misspelt field",
      (pack) => (pack.cases[0]!.narative = pack.cases[0]!.narrative),
      { path: "cases.0.narative", code: "unknownField" },
    ],
    ["no cases", (pack) => (pack.cases = []), { path: "cases", code: "missing" }],
    ["an export time that is not one", (pack) => (pack.exportedAt = "yesterday"), { path: "exportedAt", code: "badDate" }],
  ] satisfies [string, Parameters<typeof packWith>[0], { path: string; code: string }][])(
    "refuses %s at its path",
    (_, change, problem) => {
      expect(problemsOf(packWith(change))).toEqual([problem]);
    },
  );

  it("refuses more cases than a pack may have", () => {
    const many = Array.from({ length: MAX_CASES_PER_PACK + 1 }, (_, index) => ({ ...cases[0]!, slug: `sag-${index}` }));
    expect(problemsOf(packWith((pack) => (pack.cases = many)))).toEqual([{ path: "cases", code: "tooMany" }]);
  });

  it("lists the problems of every case, case by case", () => {
    const problems = problemsOf(
      packWith((pack) => {
        pack.cases[2]!.sources = [{ ...cases[2]!.sources[0]!, url: "http://www.example.dk/" }];
        delete pack.cases[0]!.title;
        pack.cases[1]!.expected = { ...cases[1]!.expected, primary: "INFOHOUSE" };
        pack.cases[0]!.slug = cases[2]!.slug;
      }),
    );
    expect(problems).toEqual([
      { path: "cases.0.title", code: "missing" },
      { path: "cases.1.expected", code: "disagreesWithEngine" },
      { path: "cases.2.sources.0.url", code: "badAddress" },
      { path: "cases.2.slug", code: "duplicateSlug" },
    ]);
  });

  it("lists the first problems and counts the rest", () => {
    const untitled = Array.from({ length: MAX_CASES_PER_PACK }, (_, index) => ({
      ...cases[0]!,
      slug: `sag-${index}`,
      title: { da: "", en: "" },
    }));
    const reading = readCasePack(packWith((pack) => (pack.cases = untitled)));
    expect(reading).toMatchObject({ ok: false, unlisted: MAX_CASES_PER_PACK - MAX_LISTED_PROBLEMS });
    expect(reading.ok || reading.problems.map((problem) => problem.path)).toEqual(
      Array.from({ length: MAX_LISTED_PROBLEMS }, (_, index) => `cases.${index}.title.da`),
    );
  });

  it("has a text for each problem in both languages", () => {
    for (const messages of [da, en])
      expect(Object.keys(messages.caseAuthoring.packProblems).sort()).toEqual([...CASE_PACK_PROBLEM_CODES].sort());
  });
});
