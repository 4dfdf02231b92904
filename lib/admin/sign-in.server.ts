import "server-only";
import type { Db } from "../db.server";
import { normaliseEmail } from "./accounts.server";
import { audit } from "./audit.server";
import { passwordMatches } from "./password-hash.server";
import { acceptedTotpStep, looksLikeRecoveryCode, newRecoveryCodes, newTotpSecret, recoveryCodeHash } from "./second-factor";
import { closeSession, openSession, type AdminSessionState } from "./sessions.server";
import { recordFailure, retryAfterSeconds } from "./throttle.server";

export type SignInOutcome =
  | { kind: "throttled"; retryAfter: number }
  | { kind: "wrong" }
  | { kind: "secondFactor"; token: string }
  | { kind: "signedIn"; token: string };

async function refuse(db: Db, email: string, client: string, reason: string): Promise<SignInOutcome> {
  await recordFailure(db, email, client);
  await audit(db, { actorEmail: email, action: "signInFailed", subject: reason });
  return { kind: "wrong" };
}

async function throttled(db: Db, email: string, client: string): Promise<SignInOutcome | undefined> {
  const retryAfter = await retryAfterSeconds(db, email, client);
  if (retryAfter === 0) return undefined;
  await audit(db, { actorEmail: email, action: "signInThrottled", subject: `${retryAfter} s` });
  return { kind: "throttled", retryAfter };
}

/** The first step: e-mail address and password. Success opens a session that can only give the second factor. */
export async function signInWithPassword(db: Db, input: { email: string; password: string; client: string }): Promise<SignInOutcome> {
  const email = normaliseEmail(input.email).slice(0, 320);
  const stop = await throttled(db, email, input.client);
  if (stop) return stop;
  const account = await db.adminAccount.findUnique({ where: { email } });
  const matches = await passwordMatches(account?.passwordHash, input.password.slice(0, 1024));
  if (!account || !matches || account.disabledAt) return refuse(db, email, input.client, "password");
  return { kind: "secondFactor", token: await openSession(db, account.id, false) };
}

type Pending = { secret: string; recoveryCodes: string[] };

/** The secret and recovery codes offered to an administrator who has no second factor yet, kept until confirmed. */
export async function pendingEnrolment(db: Db, session: Extract<AdminSessionState, { stage: "secondFactor" }>): Promise<Pending> {
  if (session.pendingTotp) return JSON.parse(session.pendingTotp) as Pending;
  const pending: Pending = { secret: newTotpSecret(), recoveryCodes: newRecoveryCodes() };
  await db.adminSession.update({ where: { tokenHash: session.tokenHash }, data: { pendingTotp: JSON.stringify(pending) } });
  return pending;
}

/**
 * The second step: a code from the authenticator app (which, at enrolment, confirms the new secret and stores
 * the recovery codes) or a recovery code, used once. Success replaces the half session by a signed-in one.
 */
export async function giveSecondFactor(
  db: Db,
  session: Extract<AdminSessionState, { stage: "secondFactor" }>,
  input: { code: string; client: string; now?: number },
): Promise<SignInOutcome> {
  const stop = await throttled(db, session.email, input.client);
  if (stop) return stop;
  const [account, row] = await Promise.all([
    db.adminAccount.findUniqueOrThrow({ where: { id: session.accountId } }),
    db.adminSession.findUnique({ where: { tokenHash: session.tokenHash }, select: { pendingTotp: true } }),
  ]);
  const code = input.code.slice(0, 64);
  const pending = !account.totpSecret && row?.pendingTotp ? (JSON.parse(row.pendingTotp) as Pending) : undefined;
  const secret = account.totpSecret ?? pending?.secret;
  if (!secret) return refuse(db, session.email, input.client, "noSecondFactor");

  if (account.totpSecret && looksLikeRecoveryCode(code)) {
    const used = await db.adminRecoveryCode.updateMany({
      where: { accountId: account.id, codeHash: recoveryCodeHash(code), usedAt: null },
      data: { usedAt: new Date() },
    });
    if (used.count !== 1) return refuse(db, session.email, input.client, "recoveryCode");
    await audit(db, { actorEmail: session.email, action: "recoveryCodeUsed" });
  } else {
    const step = acceptedTotpStep(secret, code, account.totpLastStep, input.now);
    if (step === undefined) return refuse(db, session.email, input.client, "code");
    // Only one request can move the step on: the same code posted twice at once is accepted once.
    const moved = await db.adminAccount.updateMany({
      where: { id: account.id, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
      data: { totpLastStep: step, ...(pending ? { totpSecret: pending.secret } : {}) },
    });
    if (moved.count !== 1) return refuse(db, session.email, input.client, "codeReused");
    if (pending) {
      await db.adminRecoveryCode.createMany({
        data: pending.recoveryCodes.map((recovery) => ({ accountId: account.id, codeHash: recoveryCodeHash(recovery) })),
      });
      await audit(db, { actorEmail: session.email, action: "secondFactorEnrolled" });
    }
  }
  await closeSession(db, session.tokenHash);
  const token = await openSession(db, account.id, true);
  await audit(db, { actorEmail: session.email, action: "signIn" });
  return { kind: "signedIn", token };
}
