import "server-only";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getDb, type Db } from "../db.server";
import { SESSION_COOKIE } from "../admin/admin-request.server";
import { readSession } from "../admin/sessions.server";
import { mayPreview } from "./authoring/cases.server";
import { orUnavailable } from "./outage.server";
import { findScenario, type LibraryCase } from "./scenarios.server";
import { SCENARIO_SLUG } from "./scenario";
import type { Scenario } from "./scenario";
import { replayAnswers } from "@/machines/replay";
import type { Outcome, StepId } from "@/machines/vocabulary";

export type ScenarioWithRoute<S extends Scenario = Scenario> = { scenario: S; outcome: Outcome; asked: StepId[] };

/** A scenario with the route its answers take, or null when they stop before the route ends. */
export function withRoute<S extends Scenario>(scenario: S): ScenarioWithRoute<S> | null {
  const replay = replayAnswers(scenario.answers);
  return replay.status === "complete" ? { scenario, outcome: replay.outcome, asked: replay.asked } : null;
}

/** Whether the browser belongs to an administrator who may see the draft: its author or a national administrator. */
async function mayPreviewDraft(db: Db, slug: string): Promise<boolean> {
  const session = await readSession(db, (await cookies()).get(SESSION_COOKIE)?.value);
  return session?.stage === "signedIn" && (await mayPreview(db, session.admin, slug));
}

/**
 * The scenario a training page shows, with the route its answers take; a 404 page when there is no such
 * scenario, and "unavailable" when the database cannot be reached (the page says so instead of failing).
 * A draft is shown only to whom may preview it, and to anyone else is not there. A page and its metadata share
 * one lookup per request.
 */
export const scenarioForPage = cache(async (slug: string): Promise<ScenarioWithRoute<LibraryCase> | "unavailable"> => {
  // A path segment that cannot be a slug (say a %00) never reaches the database.
  if (!SCENARIO_SLUG.test(slug)) notFound();
  const scenario = await orUnavailable(async () => {
    const db = getDb();
    const found = await findScenario({ db, slug, includeDrafts: true });
    return found && (found.published || (await mayPreviewDraft(db, slug))) ? found : null;
  });
  if (scenario === "unavailable") return "unavailable";
  // The seed check (tests/unit/training) keeps every scenario complete; a case edited into the database later may not be.
  const found = scenario && withRoute(scenario);
  if (!found) notFound();
  return found;
});
