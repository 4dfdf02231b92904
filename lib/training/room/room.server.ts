import "server-only";
import { createHash, randomBytes, randomInt } from "node:crypto";
import { Prisma } from "../../generated/prisma/client";
import type { Db } from "../../db.server";
import { CODE_ALPHABET, CODE_LENGTH, type VoteInput, type VoteQuestion } from "./room-input";
import { MAX_VOTERS_PER_QUESTION } from "./room-settings";
import { VOTING_STAGE } from "./room-stages";
import type { BodyKey } from "@/machines/vocabulary";

// The only code that reads and writes group sessions. A session holds its scenario, its stage and
// anonymous counts; a voter is a hash of a random token from the participant's page, kept apart
// from the choice. Expired sessions are never returned, and deleted on the way (see each function).

export type RoomSession = { id: string; code: string; scenarioSlug: string; stage: number; expiresAt: Date };
export type RoomTally = { counts: Partial<Record<BodyKey, number>>; voters: number };
export type VoteOutcome = "counted" | "already_voted" | "full" | "closed" | "not_found";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const SESSION_FIELDS = { id: true, code: true, scenarioSlug: true, stage: true, expiresAt: true } as const;
const CODE_ATTEMPTS = 5;
// Votes on one session wait for each other (see recordVote); 200 phones voting at once may queue.
const VOTE_TRANSACTION = { maxWait: 15_000, timeout: 15_000 };

const newCode = () => Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join("");
const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

/**
 * Starts a session of a scenario in the library. Returns the join code and the control token,
 * which exists only here and in the trainer's link (the database keeps its SHA-256);
 * null when the scenario is not in the library (or is a draft).
 */
export async function startSession({
  db,
  scenarioSlug,
  now,
  lifetimeMs,
}: {
  db: Db;
  scenarioSlug: string;
  now: Date;
  lifetimeMs: number;
}): Promise<{ code: string; controlToken: string; expiresAt: Date } | null> {
  await deleteExpiredSessions({ db, now });
  const scenario = await db.scenario.findFirst({
    where: { slug: scenarioSlug, retiredAt: null, publishedAt: { not: null } },
    select: { slug: true },
  });
  if (!scenario) return null;
  const controlToken = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + lifetimeMs);
  for (let attempt = 1; ; attempt++) {
    const code = newCode();
    try {
      await db.trainingSession.create({
        data: { code, controlTokenHash: sha256(controlToken), scenarioSlug, createdAt: now, expiresAt },
      });
      return { code, controlToken, expiresAt };
    } catch (error) {
      if (!isUniqueViolation(error) || attempt === CODE_ATTEMPTS) throw error;
    }
  }
}

// An expired session found on the way is deleted at once, so it is gone even before the next sweep.
async function live(db: Db, row: RoomSession | null, now: Date): Promise<RoomSession | null> {
  if (!row) return null;
  if (row.expiresAt > now) return row;
  await db.trainingSession.deleteMany({ where: { id: row.id, expiresAt: { lte: now } } });
  return null;
}

/** The live session with this join code, or null (never started, or expired: the two look the same). */
export async function findSessionByCode({ db, code, now }: { db: Db; code: string; now: Date }): Promise<RoomSession | null> {
  return live(db, await db.trainingSession.findUnique({ where: { code }, select: SESSION_FIELDS }), now);
}

/** The live session the control token belongs to, or null. */
export async function findSessionByControlToken({ db, token, now }: { db: Db; token: string; now: Date }): Promise<RoomSession | null> {
  const row = await db.trainingSession.findUnique({ where: { controlTokenHash: sha256(token) }, select: SESSION_FIELDS });
  return live(db, row, now);
}

/** Moves the session to `stage` (the caller checks that the scenario has it); null when the token opens no live session. */
export async function moveStage({
  db,
  token,
  stage,
  now,
}: {
  db: Db;
  token: string;
  stage: number;
  now: Date;
}): Promise<RoomSession | null> {
  const { count } = await db.trainingSession.updateMany({
    where: { controlTokenHash: sha256(token), expiresAt: { gt: now } },
    data: { stage },
  });
  return count === 0 ? null : findSessionByControlToken({ db, token, now });
}

/**
 * Counts one vote, in one transaction: the voter's hash is written (a second vote with the same
 * token finds it), then the choice's count goes up by one. Votes on one session take its row lock
 * in turn, so the cap holds when many arrive at once, and closing the vote cannot cross a vote.
 */
export async function recordVote({ db, code, vote, now }: { db: Db; code: string; vote: VoteInput; now: Date }): Promise<VoteOutcome> {
  return db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "TrainingSession" WHERE code = ${code} FOR UPDATE`;
    const sessionId = locked[0]?.id;
    if (!sessionId) return "not_found";
    const session = await tx.trainingSession.findUniqueOrThrow({ where: { id: sessionId }, select: { stage: true, expiresAt: true } });
    if (session.expiresAt <= now) return "not_found";
    if (session.stage !== VOTING_STAGE) return "closed";
    const voter = { sessionId, question: vote.question, voterHash: sha256(vote.voter) };
    if (await tx.trainingVoter.findUnique({ where: { sessionId_question_voterHash: voter } })) return "already_voted";
    if ((await tx.trainingVoter.count({ where: { sessionId, question: vote.question } })) >= MAX_VOTERS_PER_QUESTION) return "full";
    await tx.trainingVoter.create({ data: voter });
    await tx.trainingTally.upsert({
      where: { sessionId_question_choice: { sessionId, question: vote.question, choice: vote.choice } },
      create: { sessionId, question: vote.question, choice: vote.choice, count: 1 },
      update: { count: { increment: 1 } },
    });
    return "counted";
  }, VOTE_TRANSACTION);
}

/** The counts of one question; each voter adds one to one count, so the voters are their sum. */
export async function tallyOf({ db, sessionId, question }: { db: Db; sessionId: string; question: VoteQuestion }): Promise<RoomTally> {
  const rows = await db.trainingTally.findMany({ where: { sessionId, question }, select: { choice: true, count: true } });
  return {
    counts: Object.fromEntries(rows.map((row) => [row.choice, row.count])),
    voters: rows.reduce((sum, row) => sum + row.count, 0),
  };
}

/** Deletes every expired session; the database deletes its voters and counts with it. Returns how many. */
export async function deleteExpiredSessions({ db, now }: { db: Db; now: Date }): Promise<number> {
  const { count } = await db.trainingSession.deleteMany({ where: { expiresAt: { lte: now } } });
  return count;
}
