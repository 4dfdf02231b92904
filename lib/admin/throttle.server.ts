import "server-only";
import { createHash } from "node:crypto";
import type { Db } from "../db.server";

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_CLIENT = 20;

/** A client as the attempts table knows it: a hash of its address, not the address. */
export const clientKey = (address: string) => createHash("sha256").update(`henvis-sign-in:${address}`).digest("hex").slice(0, 32);

/**
 * Seconds until one more attempt may be made, or 0 when it may be made now: after 5 failures for one account
 * or 20 from one client within 15 minutes, until the oldest of them is 15 minutes old. Counted in the
 * database, so that it holds across app instances.
 */
export async function retryAfterSeconds(db: Db, email: string, client: string, now = new Date()): Promise<number> {
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  const [byAccount, byClient] = await Promise.all([
    db.signInAttempt.findMany({
      where: { email, at: { gt: since } },
      orderBy: { at: "desc" },
      take: MAX_FAILURES_PER_ACCOUNT,
      select: { at: true },
    }),
    db.signInAttempt.findMany({
      where: { clientKey: client, at: { gt: since } },
      orderBy: { at: "desc" },
      take: MAX_FAILURES_PER_CLIENT,
      select: { at: true },
    }),
  ]);
  const waits = [
    byAccount.length >= MAX_FAILURES_PER_ACCOUNT ? byAccount.at(-1)!.at : undefined,
    byClient.length >= MAX_FAILURES_PER_CLIENT ? byClient.at(-1)!.at : undefined,
  ].map((oldest) => (oldest ? Math.ceil((oldest.getTime() + THROTTLE_WINDOW_MS - now.getTime()) / 1000) : 0));
  return Math.max(0, ...waits);
}

/** Records a failed attempt, and forgets those older than the window. */
export async function recordFailure(db: Db, email: string, client: string): Promise<void> {
  await db.$transaction([
    db.signInAttempt.create({ data: { email, clientKey: client } }),
    db.signInAttempt.deleteMany({ where: { at: { lt: new Date(Date.now() - THROTTLE_WINDOW_MS) } } }),
  ]);
}
