import "server-only";
import { createHash } from "node:crypto";
import type { Db } from "../db.server";
import { audit } from "./audit.server";

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
/** Failed attempts within the window: for one account from one client, from one client, and for one account. */
export const ATTEMPT_LIMITS = { accountAndClient: 5, client: 20, accountCeiling: 50 } as const;

/** A client as the attempts table knows it: a hash of its address, not the address. */
export const clientKey = (address: string) => createHash("sha256").update(`henvis-sign-in:${address}`).digest("hex").slice(0, 32);

export type Reservation = { reserved: bigint } | { retryAfter: number };

type Attempt = { email: string; clientKey: string; at: Date };

/** Seconds until fewer than `limit` of the attempts (newest first) are inside the window; 0 when they already are. */
function secondsUntilBelow(attempts: Attempt[], limit: number, now: Date): number {
  const oldestCounted = attempts[limit - 1];
  return oldestCounted ? Math.max(1, Math.ceil((oldestCounted.at.getTime() + THROTTLE_WINDOW_MS - now.getTime()) / 1000)) : 0;
}

/**
 * Reserves one attempt to check a password or a code for `email` from `client`, before it is checked. The
 * transaction takes an advisory lock for the account and for the client, counts their attempts of the last
 * 15 minutes and records this one, so that parallel requests are counted one after another: at most the limit is
 * ever checked. Refused when the account has had 5 from this client, the client 20, or the account 50 from
 * anyone (its ceiling, written to the audit log when reached). A successful attempt forgets its reservation
 * (`forgetAttempt`), so only failures and attempts under way count.
 */
export async function reserveAttempt(db: Db, email: string, client: string, now = new Date()): Promise<Reservation> {
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(key) FROM (
      SELECT DISTINCT hashtextextended(name, 0) AS key FROM unnest(ARRAY[${`account:${email}`}, ${`client:${client}`}]) AS name ORDER BY key
    ) AS keys`;
    const attempts = await tx.signInAttempt.findMany({
      where: { at: { gt: since }, OR: [{ email }, { clientKey: client }] },
      orderBy: { at: "desc" },
      select: { email: true, clientKey: true, at: true },
    });
    const ofAccount = attempts.filter((attempt) => attempt.email === email);
    const retryAfter = Math.max(
      secondsUntilBelow(
        ofAccount.filter((attempt) => attempt.clientKey === client),
        ATTEMPT_LIMITS.accountAndClient,
        now,
      ),
      secondsUntilBelow(
        attempts.filter((attempt) => attempt.clientKey === client),
        ATTEMPT_LIMITS.client,
        now,
      ),
      secondsUntilBelow(ofAccount, ATTEMPT_LIMITS.accountCeiling, now),
    );
    if (retryAfter > 0) return { retryAfter };
    const { id } = await tx.signInAttempt.create({ data: { email, clientKey: client, at: now }, select: { id: true } });
    if (ofAccount.length + 1 === ATTEMPT_LIMITS.accountCeiling) {
      await audit(tx, { actorEmail: email, action: "signInCeilingReached", subject: `${ATTEMPT_LIMITS.accountCeiling}` });
    }
    await tx.signInAttempt.deleteMany({ where: { at: { lt: since } } });
    return { reserved: id };
  });
}

/** Forgets a reservation whose attempt succeeded. */
export async function forgetAttempt(db: Db, reservation: bigint): Promise<void> {
  await db.signInAttempt.deleteMany({ where: { id: reservation } });
}

/** The accounts that have reached their ceiling, and when each may be tried again: the overview shows them. */
export async function accountsAtCeiling(db: Db, now = new Date()): Promise<{ email: string; until: Date }[]> {
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  const counted = await db.signInAttempt.groupBy({
    by: ["email"],
    where: { at: { gt: since } },
    having: { email: { _count: { gte: ATTEMPT_LIMITS.accountCeiling } } },
  });
  return Promise.all(
    counted.map(async ({ email }) => {
      const attempts = await db.signInAttempt.findMany({
        where: { email, at: { gt: since } },
        orderBy: { at: "desc" },
        take: ATTEMPT_LIMITS.accountCeiling,
        select: { at: true },
      });
      return { email, until: new Date(attempts.at(-1)!.at.getTime() + THROTTLE_WINDOW_MS) };
    }),
  );
}
