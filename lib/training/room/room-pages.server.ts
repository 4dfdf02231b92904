import "server-only";
import { FIRST_CONTACT_QUESTION, VOTE_QUESTIONS } from "./vote-fields";
import { headers } from "next/headers";
import { cache } from "react";
import { getDb } from "../../db.server";
import { localeOrDefault } from "../../i18n/locales";
import { clientAddress } from "../../security/client-address";
import { controlTokenSchema, joinCodeSchema } from "./room-input";
import { findScenario, listScenarios } from "../scenarios.server";
import type { Scenario } from "../scenario";
import { withRoute, type ScenarioWithRoute } from "../scenario-page.server";
import { orUnavailable } from "../outage.server";
import { lookUpCode } from "./room-api.server";
import type { QuestionTally } from "./room-summary";
import { findSessionByCode, findSessionByControlToken, tallyOf, type RoomSession, type RoomTally } from "./room.server";

// What the room's pages read, each as found, not found (unknown or expired: the same page) or
// unavailable when the database cannot be reached, so that a page can say which.

export type RoomPageData = { session: RoomSession; scenario: Scenario; tally: RoomTally };
export type Loaded<T> = { found: T } | "not_found" | "unavailable";

async function withScenarioAndTally(session: RoomSession | null): Promise<Loaded<RoomPageData>> {
  if (!session) return "not_found";
  const db = getDb();
  const [scenario, tally] = await Promise.all([
    findScenario({ db, slug: session.scenarioSlug, includeRetired: true }),
    tallyOf({ db, sessionId: session.id, question: FIRST_CONTACT_QUESTION }),
  ]);
  return scenario ? { found: { session, scenario, tally } } : "not_found";
}

/** The session this control token opens, read afresh: the trainer's buttons check the stage against it. */
export const readControlPage = (token: string) =>
  orUnavailable(async () => withScenarioAndTally(await findSessionByControlToken({ db: getDb(), token, now: new Date() })));

// A page and its title read the same session: once per request.

/** The trainer's page. */
export const loadControlPage = cache(readControlPage);

export type RoomSummaryData = ScenarioWithRoute & { session: RoomSession; tallies: QuestionTally[] };

async function readSummary(token: string): Promise<Loaded<RoomSummaryData>> {
  const db = getDb();
  const session = await findSessionByControlToken({ db, token, now: new Date() });
  if (!session) return "not_found";
  const [scenario, tallies] = await Promise.all([
    findScenario({ db, slug: session.scenarioSlug, includeRetired: true }),
    Promise.all(VOTE_QUESTIONS.map(async (question) => ({ question, tally: await tallyOf({ db, sessionId: session.id, question }) }))),
  ]);
  // A case edited into the database may stop before its route ends (see scenarioForPage): there is no route to sum up.
  const found = scenario && withRoute(scenario);
  return found ? { found: { ...found, session, tallies } } : "not_found";
}

/**
 * The summary's page and its CSV file: the case with the model's route and every question's counts, by the control
 * token as its address gives it (one that cannot be a token reads nothing).
 */
export const loadSummaryPage = cache(async (token: string): Promise<Loaded<RoomSummaryData>> => {
  const parsed = controlTokenSchema.safeParse(token);
  return parsed.success ? orUnavailable(() => readSummary(parsed.data)) : "not_found";
});

/** The phone's page and the projector's: the session with this (canonical) join code, or { throttled } for a client that guesses codes. */
export const loadJoinPage = cache(async (code: string) => {
  const now = new Date();
  return lookUpCode(
    clientAddress(await headers()),
    now,
    () => orUnavailable(async () => withScenarioAndTally(await findSessionByCode({ db: getDb(), code, now }))),
    (page) => page === "not_found",
  );
});

/**
 * A page addressed by a join code (a participant's or the projector's): the locale, the code as typed, the code
 * as read (undefined if it cannot be one) and what the room holds.
 */
export async function loadJoinAddress(params: Promise<{ locale: string; code: string }>) {
  const { locale: rawLocale, code: rawCode } = await params;
  const code = joinCodeSchema.safeParse(rawCode);
  return {
    locale: localeOrDefault(rawLocale),
    rawCode,
    code: code.success ? code.data : undefined,
    page: code.success ? await loadJoinPage(code.data) : ("not_found" as const),
  };
}

/** The scenarios a trainer can start a session of. */
export const loadLibrary = () => orUnavailable(() => listScenarios({ db: getDb() }));
