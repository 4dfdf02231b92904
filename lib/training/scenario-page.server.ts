import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getDb } from "../db.server";
import { orUnavailable } from "./outage.server";
import { findScenario } from "./scenarios.server";
import { SCENARIO_SLUG } from "./scenario";
import type { Scenario } from "./scenario";
import { replayAnswers } from "@/machines/replay";
import type { Outcome, StepId } from "@/machines/vocabulary";

export type ScenarioWithRoute = { scenario: Scenario; outcome: Outcome; asked: StepId[] };

/** A scenario with the route its answers take, or null when they stop before the route ends. */
export function withRoute(scenario: Scenario): ScenarioWithRoute | null {
  const replay = replayAnswers(scenario.answers);
  return replay.status === "complete" ? { scenario, outcome: replay.outcome, asked: replay.asked } : null;
}

/**
 * The scenario a training page shows, with the route its answers take; a 404 page when there is no such
 * scenario, and "unavailable" when the database cannot be reached (the page says so instead of failing).
 * A page and its metadata share one lookup per request.
 */
export const scenarioForPage = cache(async (slug: string): Promise<ScenarioWithRoute | "unavailable"> => {
  // A path segment that cannot be a slug (say a %00) never reaches the database.
  if (!SCENARIO_SLUG.test(slug)) notFound();
  const scenario = await orUnavailable(() => findScenario({ db: getDb(), slug }));
  if (scenario === "unavailable") return "unavailable";
  // The seed check (tests/unit/training) keeps every scenario complete; a case edited into the database later may not be.
  const found = scenario && withRoute(scenario);
  if (!found) notFound();
  return found;
});
