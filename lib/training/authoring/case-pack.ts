import { z } from "zod";
import { authoredCaseSchema, type AuthoredCase } from "../scenario";
import { differencesFromEngine } from "../scenario-check";

// A set of cases as one JSON file that trainers share between municipalities. Nothing of an imported pack is used
// unless all of it is valid, and then every problem is listed at once so that a trainer can fix the file in one go.

const CASE_PACK_FORMAT = "henvis-case-pack";
const CASE_PACK_VERSION = 1;
export const MAX_CASES_PER_PACK = 100;
export const MAX_CASE_PACK_BYTES = 1024 * 1024;
// Enough to fix a file by; the rest are counted.
export const MAX_LISTED_PROBLEMS = 50;

const slugOf = (item: unknown) => (typeof item === "object" && item !== null && "slug" in item ? item.slug : undefined);

/** The positions of the cases whose slug an earlier case in the list already has. */
function repeatedSlugs(cases: readonly unknown[]): number[] {
  const seen = new Set<unknown>();
  return cases.flatMap((item, index) => {
    const slug = slugOf(item);
    if (typeof slug !== "string") return [];
    if (seen.has(slug)) return [index];
    seen.add(slug);
    return [];
  });
}

const casesSchema = z
  .array(authoredCaseSchema)
  .min(1)
  .max(MAX_CASES_PER_PACK)
  .superRefine(
    (cases, context) => {
      for (const index of repeatedSlugs(cases)) {
        context.addIssue({
          code: "custom",
          path: [index, "slug"],
          message: "another case in the pack has this slug",
          params: { duplicateSlug: true },
        });
      }
    },
    // Also when other cases have problems, so that an import names them all; the cases are then read as unknown.
    { when: ({ value }) => Array.isArray(value) },
  );

export const casePackSchema = z.strictObject({
  format: z.literal(CASE_PACK_FORMAT),
  version: z.literal(CASE_PACK_VERSION),
  exportedAt: z.iso.datetime({ offset: true }),
  cases: casesSchema,
});
export type CasePack = z.infer<typeof casePackSchema>;

export const CASE_PACK_PROBLEM_CODES = [
  "tooLarge",
  "notJson",
  "notAPack",
  "unknownVersion",
  "tooMany",
  "missing",
  "tooLong",
  "notAnOption",
  "badDate",
  "badAddress",
  "badSlug",
  "duplicateSlug",
  "unknownField",
  "disagreesWithEngine",
  "invalid",
] as const;
export type CasePackProblemCode = (typeof CASE_PACK_PROBLEM_CODES)[number];

/** A problem with an imported pack: where ("cases.2.narrative.da", "" for the whole file), what, and for a route that disagrees with the engine, how. */
export type CasePackProblem = { path: string; code: CasePackProblemCode };

export type CasePackReading = { ok: true; cases: AuthoredCase[] } | { ok: false; problems: CasePackProblem[]; unlisted: number };

/** The cases as a pack file. Throws when they do not make a pack that readCasePack accepts the shape of. */
export function writeCasePack(cases: readonly AuthoredCase[], now: Date): string {
  const pack = casePackSchema.parse({ format: CASE_PACK_FORMAT, version: CASE_PACK_VERSION, exportedAt: now.toISOString(), cases });
  return `${JSON.stringify(pack, null, 2)}\n`;
}

const refused = (problems: CasePackProblem[]): CasePackReading => ({
  ok: false,
  problems: problems.slice(0, MAX_LISTED_PROBLEMS),
  unlisted: Math.max(0, problems.length - MAX_LISTED_PROBLEMS),
});

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** The cases of a pack file, or every problem in it, case by case. */
export function readCasePack(text: string): CasePackReading {
  // A string has no more UTF-16 units than UTF-8 bytes, so a long one is refused before it is encoded.
  if (text.length > MAX_CASE_PACK_BYTES || new TextEncoder().encode(text).byteLength > MAX_CASE_PACK_BYTES) {
    return refused([{ path: "", code: "tooLarge" }]);
  }
  let data: unknown;
  try {
    // An editor on Windows may have saved the file with a byte order mark.
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return refused([{ path: "", code: "notJson" }]);
  }
  // The cases of another kind of file, or of another version of the format, are not worth listing problems for.
  if (!isRecord(data) || data.format !== CASE_PACK_FORMAT) return refused([{ path: "", code: "notAPack" }]);
  if (data.version !== CASE_PACK_VERSION) return refused([{ path: "version", code: "unknownVersion" }]);

  const parsed = casePackSchema.safeParse(data, { reportInput: true });
  const problems = [...(parsed.success ? [] : parsed.error.issues.flatMap(problemsOf)), ...engineProblems(data.cases)];
  if (parsed.success && problems.length === 0) return { ok: true, cases: parsed.data.cases };
  return refused(problems.toSorted((a, b) => caseIndexOf(a.path) - caseIndexOf(b.path)));
}

const caseIndexOf = (path: string) => Number(/^cases\.(\d+)\./.exec(path)?.[1] ?? -1);

/** How each case that is valid on its own disagrees with the route the statechart gives its answers. */
function engineProblems(cases: unknown): CasePackProblem[] {
  if (!Array.isArray(cases)) return [];
  return cases.flatMap((item: unknown, index): CasePackProblem[] => {
    const parsed = authoredCaseSchema.safeParse(item);
    if (!parsed.success) return [];
    const differences = differencesFromEngine(parsed.data);
    return differences.length === 0 ? [] : [{ path: `cases.${index}.expected`, code: "disagreesWithEngine" }];
  });
}

function problemsOf(issue: z.core.$ZodIssue): CasePackProblem[] {
  const path = issue.path.join(".");
  if (issue.code === "unrecognized_keys") return issue.keys.map((key) => ({ path: path ? `${path}.${key}` : key, code: "unknownField" }));
  return [{ path, code: codeOf(issue) }];
}

// The slug is the only text of a case with a pattern.
const FORMAT_PROBLEMS: Partial<Record<string, CasePackProblemCode>> = {
  url: "badAddress",
  date: "badDate",
  datetime: "badDate",
  regex: "badSlug",
};

// Every answer has a fixed set of values, so a value of the wrong type is not one of them either.
const isAnswer = (path: readonly PropertyKey[]) => path.length === 4 && path[2] === "answers";

function codeOf(issue: z.core.$ZodIssue): CasePackProblemCode {
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined || issue.input === null) return "missing";
      return isAnswer(issue.path) ? "notAnOption" : "invalid";
    case "too_small":
      // An empty text or an empty list.
      return "missing";
    case "too_big":
      return issue.origin === "array" ? "tooMany" : "tooLong";
    case "invalid_value":
    case "invalid_union":
      return "notAnOption";
    case "invalid_format":
      return FORMAT_PROBLEMS[issue.format] ?? "invalid";
    case "custom":
      if (issue.params?.duplicateSlug === true) return "duplicateSlug";
      return issue.path.at(-1) === "slug" ? "badSlug" : "invalid";
    default:
      return "invalid";
  }
}
