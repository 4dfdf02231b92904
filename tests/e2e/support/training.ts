// The training library as the e2e tests see it: the seed file, checked with the app's own schema.
import { readFileSync } from "node:fs";
import { scenarioSchema, type Scenario } from "../../../lib/training/scenario";
import type { Locale } from "../../../machines/locale";
import { replayAnswers } from "../../../machines/replay";
import type { BodyKey, Outcome, StepId } from "../../../machines/vocabulary";

const messages = (locale: Locale) => JSON.parse(readFileSync(`messages/${locale}.json`, "utf8")) as { bodies: Record<BodyKey, string> };

/** The name the pages give a body. */
export const bodyName = (body: BodyKey, locale: Locale = "da") => messages(locale).bodies[body];

export type SeededCase = { scenario: Scenario; outcome: Outcome; asked: StepId[] };

export function seededCases(): SeededCase[] {
  const records = JSON.parse(readFileSync("prisma/seed-data/scenarios.json", "utf8")) as unknown[];
  return records.map((record) => {
    const scenario = scenarioSchema.parse(record);
    const replay = replayAnswers(scenario.answers);
    if (replay.status !== "complete") throw new Error(`${scenario.slug}: the answers stop before the route ends`);
    return { scenario, outcome: replay.outcome, asked: replay.asked };
  });
}

/** A case that routes a child to SSP with the duty to notify: the reveal and what-if tests change its answers. */
export function teacherCase(): SeededCase {
  const found = seededCases().find(({ outcome }) => outcome.rule === "R8d" && outcome.duties.includes("NOTIFY_MUNICIPALITY"));
  if (!found) throw new Error("The library has no case routed to SSP for a child with the duty to notify");
  return found;
}
