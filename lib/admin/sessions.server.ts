import "server-only";
import { createHash, randomBytes } from "node:crypto";
import type { Db } from "../db.server";
import type { AdminRole, AdminScope } from "./roles";

export const SESSION_IDLE_MS = 30 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
// Between the password and the second factor: long enough to open an authenticator app and enrol.
const HALF_SESSION_MS = 10 * 60 * 1000;
// How often a request moves the idle clock on: not every request needs a write.
const TOUCH_AFTER_MS = 60 * 1000;

export const tokenHash = (token: string) => createHash("sha256").update(token).digest("hex");

export type SignedInAdmin = AdminScope & { id: string; email: string; role: AdminRole };

export type AdminSessionState =
  | { stage: "signedIn"; admin: SignedInAdmin; tokenHash: string }
  | { stage: "secondFactor"; accountId: string; email: string; enrolled: boolean; pendingTotp: string | null; tokenHash: string };

/** Opens a session for the account and returns the cookie's token; the table keeps only the token's hash. */
export async function openSession(db: Pick<Db, "adminSession">, accountId: string, signedIn: boolean): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db.adminSession.create({ data: { tokenHash: tokenHash(token), accountId, secondFactorAt: signedIn ? new Date() : null } });
  return token;
}

/** The session a cookie's token stands for, or undefined when it is unknown, expired or its account disabled. */
export async function readSession(db: Db, token: string | undefined, now = new Date()): Promise<AdminSessionState | undefined> {
  if (!token) return undefined;
  const hash = tokenHash(token);
  const session = await db.adminSession.findUnique({ where: { tokenHash: hash }, include: { account: true } });
  if (!session) return undefined;
  const age = now.getTime() - session.createdAt.getTime();
  const idle = now.getTime() - session.lastSeenAt.getTime();
  const expired = session.secondFactorAt ? age > SESSION_ABSOLUTE_MS || idle > SESSION_IDLE_MS : age > HALF_SESSION_MS;
  if (expired || session.account.disabledAt) {
    await db.adminSession.deleteMany({ where: { tokenHash: hash } });
    return undefined;
  }
  const { account } = session;
  if (!session.secondFactorAt) {
    return {
      stage: "secondFactor",
      accountId: account.id,
      email: account.email,
      enrolled: account.totpSecret !== null,
      pendingTotp: session.pendingTotp,
      tokenHash: hash,
    };
  }
  if (idle > TOUCH_AFTER_MS) await db.adminSession.update({ where: { tokenHash: hash }, data: { lastSeenAt: now } });
  return {
    stage: "signedIn",
    tokenHash: hash,
    admin: {
      id: account.id,
      email: account.email,
      role: account.role,
      policeDistrictId: account.policeDistrictId,
      municipalityCodes: account.municipalityCodes,
    },
  };
}

export const closeSession = (db: Db, hash: string) => db.adminSession.deleteMany({ where: { tokenHash: hash } });

export const closeEverySession = (db: Db, accountId: string) => db.adminSession.deleteMany({ where: { accountId } });
