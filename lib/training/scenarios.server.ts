import "server-only";
import scenarioSeed from "@/prisma/seed-data/scenarios.json" with { type: "json" };
import type { Prisma } from "../generated/prisma/client";
import { authoredCaseSchema, scenarioSchema, type AuthoredCase, type Scenario } from "./scenario";
import { differencesFromEngine } from "./scenario-check";
import type { Db } from "../db.server";
import { NATIONAL_CASES } from "./library-filter";
import type { RuleId } from "@/machines/rules";
import type { Workplace } from "@/machines/vocabulary";

/** The seeded library, each case checked against the one scenario schema. Throws on a malformed case. */
export const seededScenarios = (): Scenario[] => scenarioSeed.map((record) => scenarioSchema.parse(record));

/** A case's content as its row holds it: an authored case's missing English is "". */
export function caseColumns(content: AuthoredCase) {
  return {
    workplace: content.workplace,
    titleDa: content.title.da,
    titleEn: content.title.en,
    teaserDa: content.teaser.da,
    teaserEn: content.teaser.en,
    narrativeDa: content.narrative.da,
    narrativeEn: content.narrative.en,
    answers: content.answers,
    expectedRule: content.expected.rule,
    expectedPrimary: content.expected.primary,
    expectedAlso: content.expected.also,
    expectedDuties: content.expected.duties,
    firstInstinctDa: content.firstInstinct?.da ?? null,
    firstInstinctEn: content.firstInstinct?.en ?? null,
    learningPoints: content.learningPoints,
    discussionQuestions: content.discussionQuestions,
    sources: content.sources,
  } satisfies Omit<Prisma.ScenarioCreateInput, "slug" | "position">;
}

export type ScenarioRow = Awaited<ReturnType<Db["scenario"]["findFirstOrThrow"]>>;

/** A row as it was written, through the schema it was written with: the English may be missing (""). */
export function authoredFromRow(row: ScenarioRow): AuthoredCase {
  return authoredCaseSchema.parse({
    slug: row.slug,
    workplace: row.workplace,
    title: { da: row.titleDa, en: row.titleEn },
    teaser: { da: row.teaserDa, en: row.teaserEn },
    narrative: { da: row.narrativeDa, en: row.narrativeEn },
    answers: row.answers,
    expected: { rule: row.expectedRule, primary: row.expectedPrimary, also: row.expectedAlso, duties: row.expectedDuties },
    ...(row.firstInstinctDa ? { firstInstinct: { da: row.firstInstinctDa, en: row.firstInstinctEn ?? "" } } : {}),
    learningPoints: row.learningPoints,
    discussionQuestions: row.discussionQuestions,
    sources: row.sources,
  });
}

type Text = { da: string; en: string };

/** The case with each of its texts (in both languages) given by `map`: the one list of a case's texts. */
function mapTexts(content: AuthoredCase, map: (text: Text) => Text): AuthoredCase {
  return {
    ...content,
    title: map(content.title),
    teaser: map(content.teaser),
    narrative: map(content.narrative),
    ...(content.firstInstinct ? { firstInstinct: map(content.firstInstinct) } : {}),
    learningPoints: content.learningPoints.map(map),
    discussionQuestions: content.discussionQuestions.map(map),
    sources: content.sources.map((source) => ({ ...source, note: map(source.note) })),
  };
}

/** Whether some English text of a case is missing. */
export function isUntranslated(content: AuthoredCase): boolean {
  let missing = false;
  mapTexts(content, (text) => {
    missing ||= text.en === "";
    return text;
  });
  return missing;
}

/** A case as the training pages show it: where its English is missing, the Danish stands in, and it says so. */
export type LibraryCase = Scenario & {
  /** Whether some English text is missing and shown in Danish. */
  untranslated: boolean;
  /** The municipality of a local case; null for a national one. */
  municipalityCode: string | null;
  /** False for a draft, which only a preview shows. */
  published: boolean;
};

function fromRow(row: ScenarioRow): LibraryCase {
  const content = authoredFromRow(row);
  return {
    ...scenarioSchema.parse(mapTexts(content, (text) => ({ da: text.da, en: text.en || text.da }))),
    untranslated: isUntranslated(content),
    municipalityCode: row.municipalityCode,
    published: row.publishedAt !== null,
  };
}

/**
 * Writes the library, by default from prisma/seed-data/scenarios.json. Idempotent: each case is
 * upserted by its slug, and a seeded case no longer in the list is retired, not deleted,
 * so that a running group session keeps its scenario. Cases written by trainers are left alone; a seeded
 * slug that a trainer's case has taken stops the seed.
 */
export async function seedScenarios(
  db: Db,
  scenarios: readonly Scenario[] = seededScenarios(),
): Promise<{ scenarios: number; retired: number }> {
  for (const scenario of scenarios) {
    const differences = differencesFromEngine(scenario);
    if (differences.length > 0)
      throw new Error(`The training case ${scenario.slug} disagrees with the statechart: ${differences.join("; ")}`);
  }
  const slugs = scenarios.map((scenario) => scenario.slug);
  const taken = await db.scenario.findMany({ where: { slug: { in: slugs }, authorId: { not: null } }, select: { slug: true } });
  if (taken.length > 0) throw new Error(`A trainer's case has the seeded slug ${taken.map((row) => row.slug).join(", ")}`);
  const now = new Date();
  const [, ...results] = await db.$transaction([
    db.scenario.updateMany({ where: { slug: { notIn: slugs }, retiredAt: null, authorId: null }, data: { retiredAt: now } }),
    ...scenarios.map((scenario, position) => {
      const row = { slug: scenario.slug, position, ...caseColumns(scenario), retiredAt: null };
      return db.scenario.upsert({ where: { slug: row.slug }, create: { ...row, publishedAt: now }, update: row });
    }),
  ]);
  const retired = await db.scenario.count({ where: { retiredAt: { not: null }, authorId: null } });
  return { scenarios: results.length, retired };
}

/** `area`: the national cases (NATIONAL_CASES), or one municipality's local cases by its code. */
export type ScenarioFilter = { workplace?: Workplace; rule?: RuleId; area?: string };

const areaWhere = (area: string | undefined) => (area === undefined ? {} : { municipalityCode: area === NATIONAL_CASES ? null : area });

/** The published cases in the library, in its order, optionally those of one workplace, expected rule or area. */
export async function listScenarios({ db, filter = {} }: { db: Db; filter?: ScenarioFilter }): Promise<LibraryCase[]> {
  const rows = await db.scenario.findMany({
    where: {
      retiredAt: null,
      publishedAt: { not: null },
      workplace: filter.workplace,
      expectedRule: filter.rule,
      ...areaWhere(filter.area),
    },
    orderBy: [{ position: "asc" }, { slug: "asc" }],
  });
  return rows.map(fromRow);
}

/** The municipalities that have published local cases, for the library's filter. */
export async function municipalitiesWithCases(db: Db): Promise<string[]> {
  const rows = await db.scenario.findMany({
    where: { retiredAt: null, publishedAt: { not: null }, municipalityCode: { not: null } },
    distinct: ["municipalityCode"],
    select: { municipalityCode: true },
  });
  return rows.flatMap((row) => (row.municipalityCode ? [row.municipalityCode] : []));
}

/**
 * One published case in the library, or null when there is none (or it has been retired). A group session
 * already running a retired case still reads it, with `includeRetired`; a preview reads a draft with `includeDrafts`.
 */
export async function findScenario({
  db,
  slug,
  includeRetired = false,
  includeDrafts = false,
}: {
  db: Db;
  slug: string;
  includeRetired?: boolean;
  includeDrafts?: boolean;
}): Promise<LibraryCase | null> {
  const row = await db.scenario.findFirst({
    where: { slug, ...(includeRetired ? {} : { retiredAt: null }), ...(includeDrafts ? {} : { publishedAt: { not: null } }) },
  });
  return row ? fromRow(row) : null;
}
