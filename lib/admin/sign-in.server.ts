import "server-only";
import type { Db } from "../db.server";
import { normaliseEmail } from "./accounts.server";
import { audit } from "./audit.server";
import { passwordMatches } from "./password-hash.server";
import { acceptedTotpStep, looksLikeRecoveryCode, newRecoveryCodes, newTotpSecret, recoveryCodeHash } from "./second-factor";
import { closeSession, openSession, type AdminSessionState } from "./sessions.server";
import { forgetAttempt, reserveAttempt } from "./throttle.server";

type Throttled = { kind: "throttled"; retryAfter: number };
type Wrong = { kind: "wrong" };
export type PasswordOutcome = Throttled | Wrong | { kind: "secondFactor"; token: string };
export type CodeOutcome = Throttled | Wrong | { kind: "tooManyCodes" } | { kind: "signedIn"; token: string };

/** Codes one half-signed-in session may try; then it is closed and the administrator starts again. */
export const MAX_CODES_PER_HALF_SESSION = 5;

async function refuse(db: Db, email: string, reason: string): Promise<Wrong> {
  await audit(db, { actorEmail: email, action: "signInFailed", subject: reason });
  return { kind: "wrong" };
}

/** An attempt reserved before the password or code is checked (see reserveAttempt), or the refusal to make one. */
async function reserve(db: Db, email: string, client: string): Promise<{ reserved: bigint } | Throttled> {
  const reservation = await reserveAttempt(db, email, client);
  if ("reserved" in reservation) return reservation;
  await audit(db, { actorEmail: email, action: "signInThrottled", subject: `${reservation.retryAfter} s` });
  return { kind: "throttled", retryAfter: reservation.retryAfter };
}

/** The first step: e-mail address and password. Success opens a session that can only give the second factor. */
export async function signInWithPassword(db: Db, input: { email: string; password: string; client: string }): Promise<PasswordOutcome> {
  const email = normaliseEmail(input.email).slice(0, 320);
  const attempt = await reserve(db, email, input.client);
  if (!("reserved" in attempt)) return attempt;
  const account = await db.adminAccount.findUnique({ where: { email } });
  const matches = await passwordMatches(account?.passwordHash, input.password.slice(0, 1024));
  if (!account || !matches || account.disabledAt) return refuse(db, email, "password");
  await forgetAttempt(db, attempt.reserved);
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
 * the recovery codes) or a recovery code, used once. Success replaces the half session by a signed-in one. A half
 * session may try five codes; the sixth closes it.
 */
export async function giveSecondFactor(
  db: Db,
  session: Extract<AdminSessionState, { stage: "secondFactor" }>,
  input: { code: string; client: string; now?: number },
): Promise<CodeOutcome> {
  // One statement counts the code and checks the count, so parallel requests cannot try more than the limit.
  const counted = await db.adminSession.updateMany({
    where: { tokenHash: session.tokenHash, codeAttempts: { lt: MAX_CODES_PER_HALF_SESSION } },
    data: { codeAttempts: { increment: 1 } },
  });
  if (counted.count !== 1) {
    await closeSession(db, session.tokenHash);
    await audit(db, { actorEmail: session.email, action: "signInThrottled", subject: "codes" });
    return { kind: "tooManyCodes" };
  }
  const attempt = await reserve(db, session.email, input.client);
  if (!("reserved" in attempt)) return attempt;
  const [account, row] = await Promise.all([
    db.adminAccount.findUniqueOrThrow({ where: { id: session.accountId } }),
    db.adminSession.findUnique({ where: { tokenHash: session.tokenHash }, select: { pendingTotp: true } }),
  ]);
  const code = input.code.slice(0, 64);
  const pending = !account.totpSecret && row?.pendingTotp ? (JSON.parse(row.pendingTotp) as Pending) : undefined;
  const secret = account.totpSecret ?? pending?.secret;
  if (!secret) return refuse(db, session.email, "noSecondFactor");

  if (account.totpSecret && looksLikeRecoveryCode(code)) {
    const used = await db.adminRecoveryCode.updateMany({
      where: { accountId: account.id, codeHash: recoveryCodeHash(code), usedAt: null },
      data: { usedAt: new Date() },
    });
    if (used.count !== 1) return refuse(db, session.email, "recoveryCode");
    await audit(db, { actorEmail: session.email, action: "recoveryCodeUsed" });
  } else {
    const step = acceptedTotpStep(secret, code, account.totpLastStep, input.now);
    if (step === undefined) return refuse(db, session.email, "code");
    // Only one request can move the step on: the same code posted twice at once is accepted once.
    const moved = await db.adminAccount.updateMany({
      where: { id: account.id, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
      data: { totpLastStep: step, ...(pending ? { totpSecret: pending.secret } : {}) },
    });
    if (moved.count !== 1) return refuse(db, session.email, "codeReused");
    if (pending) {
      await db.adminRecoveryCode.createMany({
        data: pending.recoveryCodes.map((recovery) => ({ accountId: account.id, codeHash: recoveryCodeHash(recovery) })),
      });
      await audit(db, { actorEmail: session.email, action: "secondFactorEnrolled" });
    }
  }
  await forgetAttempt(db, attempt.reserved);
  await closeSession(db, session.tokenHash);
  const token = await openSession(db, account.id, true);
  await audit(db, { actorEmail: session.email, action: "signIn" });
  return { kind: "signedIn", token };
}
