import { describe, expect, it } from "vitest";
import { createDb } from "@/lib/db.server";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { CODE_ALPHABET } from "@/lib/training/room/room-input";
import {
  deleteExpiredSessions,
  findSessionByCode,
  findSessionByControlToken,
  moveStage,
  recordVote,
  startSession,
  tallyOf,
} from "@/lib/training/room/room.server";
import { MAX_VOTERS_PER_QUESTION } from "@/lib/training/room/room-settings";
import { seededScenarios, seedScenarios } from "@/lib/training/scenarios.server";
import { testDatabase, testDatabaseTargets } from "@/tests/helpers/test-database";

const HOUR_MS = 60 * 60 * 1000;
const TWELVE_HOURS_MS = 12 * HOUR_MS;
const START = new Date("2026-12-01T09:00:00Z");
const later = (ms: number) => new Date(START.getTime() + ms);
const SCENARIO = seededScenarios()[0]!.slug;

let tokens = 0;
/** A fresh voter token of the page's format: 22 characters of base64url. */
const voterToken = () => `voter${String(tokens++).padStart(17, "0")}`;
const vote = (choice: "SSP" | "POLICE" | "INFOHOUSE", voter = voterToken()) => ({ question: "first" as const, choice, voter });

describe.each(testDatabaseTargets())("group sessions on $name", ({ create }) => {
  // On disk rather than in memory, so that a restart has something to come back to.
  const database = testDatabase(create, { contents: "migrated", prepare: (db) => seedScenarios(db), onDisk: true });

  const start = () => startSession({ db: database.db, scenarioSlug: SCENARIO, now: START, lifetimeMs: TWELVE_HOURS_MS });

  it("starts a session with a six-character code from the unambiguous alphabet and a control token it stores only hashed", async () => {
    const started = await start();
    expect(started?.code).toMatch(new RegExp(`^[${CODE_ALPHABET}]{6}$`));
    expect(Buffer.from(started!.controlToken, "base64url").length).toBe(32);
    expect(started!.expiresAt).toEqual(later(TWELVE_HOURS_MS));
    const row = await database.db.trainingSession.findUniqueOrThrow({ where: { code: started!.code } });
    expect(row.controlTokenHash).not.toContain(started!.controlToken);
    expect(await findSessionByControlToken({ db: database.db, token: started!.controlToken, now: START })).toMatchObject({
      code: started!.code,
    });
  });

  it("starts nothing for a scenario that is not in the library", async () => {
    expect(await startSession({ db: database.db, scenarioSlug: "findes-ikke", now: START, lifetimeMs: TWELVE_HOURS_MS })).toBeNull();
  });

  it("counts one vote per voter token and question, and tallies the choices", async () => {
    const { code } = (await start())!;
    const once = voterToken();
    expect(await recordVote({ db: database.db, code, vote: vote("SSP", once), now: START })).toBe("counted");
    expect(await recordVote({ db: database.db, code, vote: vote("POLICE", once), now: START })).toBe("already_voted");
    expect(await recordVote({ db: database.db, code, vote: vote("SSP"), now: START })).toBe("counted");
    expect(await recordVote({ db: database.db, code, vote: vote("INFOHOUSE"), now: START })).toBe("counted");
    const session = (await findSessionByCode({ db: database.db, code, now: START }))!;
    expect(await tallyOf({ db: database.db, sessionId: session.id, question: "first" })).toEqual({
      counts: { SSP: 2, INFOHOUSE: 1 },
      voters: 3,
    });
  });

  it("refuses a vote for an unknown code, and after the trainer has closed the vote", async () => {
    const { code, controlToken } = (await start())!;
    expect(await recordVote({ db: database.db, code: "ZZZZZZ", vote: vote("SSP"), now: START })).toBe("not_found");
    expect(await moveStage({ db: database.db, token: controlToken, stage: 1, now: START })).toMatchObject({ stage: 1 });
    expect(await recordVote({ db: database.db, code, vote: vote("SSP"), now: START })).toBe("closed");
  });

  it(`takes at most ${MAX_VOTERS_PER_QUESTION} voters on a question, even when they all vote at once`, async () => {
    const { code } = (await start())!;
    const outcomes = await Promise.all(
      Array.from({ length: MAX_VOTERS_PER_QUESTION + 5 }, () => recordVote({ db: database.db, code, vote: vote("SSP"), now: START })),
    );
    expect(outcomes.filter((outcome) => outcome === "counted")).toHaveLength(MAX_VOTERS_PER_QUESTION);
    expect(outcomes.filter((outcome) => outcome === "full")).toHaveLength(5);
    const session = (await findSessionByCode({ db: database.db, code, now: START }))!;
    expect(await tallyOf({ db: database.db, sessionId: session.id, question: "first" })).toEqual({
      counts: { SSP: MAX_VOTERS_PER_QUESTION },
      voters: MAX_VOTERS_PER_QUESTION,
    });
  });

  it("moves the stage only with the control token", async () => {
    const { code, controlToken } = (await start())!;
    expect(await moveStage({ db: database.db, token: "x".repeat(43), stage: 3, now: START })).toBeNull();
    expect((await findSessionByCode({ db: database.db, code, now: START }))!.stage).toBe(0);
    expect(await moveStage({ db: database.db, token: controlToken, stage: 3, now: START })).toMatchObject({ code, stage: 3 });
  });

  it("forgets a session after 12 hours: its row, its voters and its counts are gone", async () => {
    await deleteExpiredSessions({ db: database.db, now: later(100 * HOUR_MS) });
    const { code, controlToken } = (await start())!;
    await recordVote({ db: database.db, code, vote: vote("SSP"), now: START });
    const rows = async () => [
      await database.db.trainingSession.count(),
      await database.db.trainingVoter.count(),
      await database.db.trainingTally.count(),
    ];
    expect(await rows()).toEqual([1, 1, 1]);

    const justBefore = later(TWELVE_HOURS_MS - 1);
    expect(await findSessionByCode({ db: database.db, code, now: justBefore })).not.toBeNull();
    const expired = later(TWELVE_HOURS_MS);
    expect(await findSessionByCode({ db: database.db, code, now: expired })).toBeNull();
    expect(await findSessionByControlToken({ db: database.db, token: controlToken, now: expired })).toBeNull();
    expect(await recordVote({ db: database.db, code, vote: vote("SSP"), now: expired })).toBe("not_found");
    expect(await deleteExpiredSessions({ db: database.db, now: expired })).toBe(0);
    expect(await rows()).toEqual([0, 0, 0]);
  });

  it("deletes expired sessions in one sweep and keeps the live ones", async () => {
    const old = (await start())!;
    const fresh = (await startSession({ db: database.db, scenarioSlug: SCENARIO, now: later(6 * HOUR_MS), lifetimeMs: TWELVE_HOURS_MS }))!;
    await recordVote({ db: database.db, code: old.code, vote: vote("SSP"), now: START });
    await recordVote({ db: database.db, code: fresh.code, vote: vote("POLICE"), now: later(6 * HOUR_MS) });
    expect(await deleteExpiredSessions({ db: database.db, now: later(13 * HOUR_MS) })).toBeGreaterThanOrEqual(1);
    expect(await database.db.trainingSession.findUnique({ where: { code: old.code } })).toBeNull();
    expect(await database.db.trainingSession.count()).toBe(1);
    expect(await database.db.trainingVoter.count()).toBe(1);
    expect(await database.db.trainingTally.findMany({ select: { choice: true } })).toEqual([{ choice: "POLICE" }]);
  });

  it("shows two app instances on one database the same session and the same tally", async () => {
    // On PostgreSQL a second client is a second pool of connections, as a second instance has;
    // PGlite serves one process, so there the second client shares its driver.
    const second =
      database.config.kind === "postgres"
        ? createDb(database.config)
        : { db: new PrismaClient({ adapter: database.factory }), close: async () => {} };
    try {
      const { code, controlToken } = (await start())!;
      await recordVote({ db: database.db, code, vote: vote("SSP"), now: START });
      await recordVote({ db: second.db, code, vote: vote("POLICE"), now: START });
      await moveStage({ db: second.db, token: controlToken, stage: 2, now: START });
      for (const instance of [database.db, second.db]) {
        const session = (await findSessionByCode({ db: instance, code, now: START }))!;
        expect(session.stage).toBe(2);
        expect(await tallyOf({ db: instance, sessionId: session.id, question: "first" })).toEqual({
          counts: { SSP: 1, POLICE: 1 },
          voters: 2,
        });
      }
    } finally {
      await second.close();
    }
  });

  it("finds a session again after a restart", async () => {
    const { code } = (await start())!;
    await recordVote({ db: database.db, code, vote: vote("INFOHOUSE"), now: START });
    await database.reopen();
    const session = await findSessionByCode({ db: database.db, code, now: START });
    expect(session).not.toBeNull();
    expect(await tallyOf({ db: database.db, sessionId: session!.id, question: "first" })).toEqual({ counts: { INFOHOUSE: 1 }, voters: 1 });
  });
});
