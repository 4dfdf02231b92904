import "server-only";
import scenarioSeed from "@/prisma/seed-data/scenarios.json" with { type: "json" };
import type { Prisma } from "../generated/prisma/client";
import { scenarioSchema, type Scenario } from "./scenario";
import { differencesFromEngine } from "./scenario-check";
import type { Db } from "../db.server";
import type { RuleId } from "@/machines/rules";
import type { Workplace } from "@/machines/vocabulary";

/** The seeded library, each case checked against the one scenario schema. Throws on a malformed case. */
export const seededScenarios = (): Scenario[] => scenarioSeed.map((record) => scenarioSchema.parse(record));

function toRow(scenario: Scenario, position: number): Prisma.ScenarioCreateInput {
  return {
    slug: scenario.slug,
    position,
    workplace: scenario.workplace,
    titleDa: scenario.title.da,
    titleEn: scenario.title.en,
    teaserDa: scenario.teaser.da,
    teaserEn: scenario.teaser.en,
    narrativeDa: scenario.narrative.da,
    narrativeEn: scenario.narrative.en,
    answers: scenario.answers,
    expectedRule: scenario.expected.rule,
    expectedPrimary: scenario.expected.primary,
    expectedAlso: scenario.expected.also,
    expectedDuties: scenario.expected.duties,
    firstInstinctDa: scenario.firstInstinct?.da ?? null,
    firstInstinctEn: scenario.firstInstinct?.en ?? null,
    learningPoints: scenario.learningPoints,
    discussionQuestions: scenario.discussionQuestions,
    sources: scenario.sources,
    retiredAt: null,
  };
}

type ScenarioRow = Awaited<ReturnType<Db["scenario"]["findFirstOrThrow"]>>;

// A row is read back through the same schema it was written with, so the pages get a checked Scenario.
function fromRow(row: ScenarioRow): Scenario {
  return scenarioSchema.parse({
    slug: row.slug,
    workplace: row.workplace,
    title: { da: row.titleDa, en: row.titleEn },
    teaser: { da: row.teaserDa, en: row.teaserEn },
    narrative: { da: row.narrativeDa, en: row.narrativeEn },
    answers: row.answers,
    expected: { rule: row.expectedRule, primary: row.expectedPrimary, also: row.expectedAlso, duties: row.expectedDuties },
    ...(row.firstInstinctDa && row.firstInstinctEn ? { firstInstinct: { da: row.firstInstinctDa, en: row.firstInstinctEn } } : {}),
    learningPoints: row.learningPoints,
    discussionQuestions: row.discussionQuestions,
    sources: row.sources,
  });
}

/**
 * Writes the library, by default from prisma/seed-data/scenarios.json. Idempotent: each case is
 * upserted by its slug, and a case no longer in the list is retired, not deleted,
 * so that a running group session keeps its scenario.
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
  const rows = scenarios.map(toRow);
  const [, ...results] = await db.$transaction([
    db.scenario.updateMany({
      where: { slug: { notIn: rows.map((row) => row.slug) }, retiredAt: null },
      data: { retiredAt: new Date() },
    }),
    ...rows.map((row) => db.scenario.upsert({ where: { slug: row.slug }, create: row, update: row })),
  ]);
  const retired = await db.scenario.count({ where: { retiredAt: { not: null } } });
  return { scenarios: results.length, retired };
}

export type ScenarioFilter = { workplace?: Workplace; rule?: RuleId };

/** The cases in the library, in its order, optionally those of one workplace or one expected rule. */
export async function listScenarios({ db, filter = {} }: { db: Db; filter?: ScenarioFilter }): Promise<Scenario[]> {
  const rows = await db.scenario.findMany({
    where: { retiredAt: null, workplace: filter.workplace, expectedRule: filter.rule },
    orderBy: { position: "asc" },
  });
  return rows.map(fromRow);
}

/**
 * One case in the library, or null when there is none (or it has been retired). A group session
 * already running a retired case still reads it, with `includeRetired`.
 */
export async function findScenario({
  db,
  slug,
  includeRetired = false,
}: {
  db: Db;
  slug: string;
  includeRetired?: boolean;
}): Promise<Scenario | null> {
  const row = await db.scenario.findFirst({ where: { slug, ...(includeRetired ? {} : { retiredAt: null }) } });
  return row ? fromRow(row) : null;
}
