import "server-only";
import type { Db } from "../db.server";
import { audit } from "./audit.server";
import { isInvitationToken, newInvitationToken } from "./invitation-token";
import { hashPassword } from "./password-hash.server";
import { passwordProblem, type PasswordProblem } from "./password-policy";
import type { AdminRole } from "./roles";
import { closeEverySession, tokenHash } from "./sessions.server";

export type AccountScope = { role: AdminRole; policeDistrictId?: string; municipalityCodes?: string[] };
export type NewAccount = AccountScope & { email: string; password: string };

export type AccountProblem = PasswordProblem | "emailInvalid" | "emailTaken" | "scopeMissing" | "scopeUnknown";

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const INVITATION_HOURS = 72;

/** The account's scope as stored, or the problem with it: an editor needs the units they edit, and those must exist. */
async function checkedScope(
  db: Db,
  account: AccountScope,
): Promise<
  | { scope: { role: AdminRole; policeDistrictId: string | null; municipalityCodes: string[] }; problem?: never }
  | { scope?: never; problem: "scopeMissing" | "scopeUnknown" }
> {
  const municipalityCodes = account.role === "MUNICIPALITY_EDITOR" ? [...new Set(account.municipalityCodes ?? [])] : [];
  const policeDistrictId = account.role === "DISTRICT_EDITOR" ? account.policeDistrictId || null : null;
  if (account.role === "MUNICIPALITY_EDITOR" && municipalityCodes.length === 0) return { problem: "scopeMissing" as const };
  if (account.role === "DISTRICT_EDITOR" && !policeDistrictId) return { problem: "scopeMissing" as const };
  const [knownMunicipalities, knownDistrict] = await Promise.all([
    db.municipality.count({ where: { code: { in: municipalityCodes } } }),
    policeDistrictId ? db.policeDistrict.count({ where: { id: policeDistrictId } }) : 1,
  ]);
  if (knownMunicipalities !== municipalityCodes.length || knownDistrict !== 1) return { problem: "scopeUnknown" as const };
  return { scope: { role: account.role, policeDistrictId, municipalityCodes } };
}

async function addAccount(
  db: Db,
  email: string,
  account: AccountScope,
  secret: { passwordHash: string } | { invitationHash: string },
  createdBy: string | null,
): Promise<{ ok: true; id: string } | { ok: false; problem: AccountProblem }> {
  if (!EMAIL.test(email)) return { ok: false, problem: "emailInvalid" };
  const checked = await checkedScope(db, account);
  if (!checked.scope) return { ok: false, problem: checked.problem };
  if (await db.adminAccount.findUnique({ where: { email }, select: { id: true } })) return { ok: false, problem: "emailTaken" };
  const invitation =
    "invitationHash" in secret
      ? {
          passwordHash: "",
          invitationHash: secret.invitationHash,
          invitationExpiresAt: new Date(Date.now() + INVITATION_HOURS * 3_600_000),
        }
      : secret;
  const created = await db.$transaction(async (tx) => {
    const row = await tx.adminAccount.create({ data: { email, ...checked.scope, ...invitation } });
    await audit(tx, { actorEmail: createdBy, action: "accountCreated", subject: email, after: checked.scope });
    return row;
  });
  return { ok: true, id: created.id };
}

/** Creates an administrator with a password, who sets up a second factor at first sign-in; a problem creates nothing. */
export async function createAccount(db: Db, account: NewAccount, createdBy: string | null) {
  const email = normaliseEmail(account.email);
  const weak = passwordProblem(account.password, email);
  if (weak) return { ok: false as const, problem: weak };
  return addAccount(db, email, account, { passwordHash: await hashPassword(account.password) }, createdBy);
}

/**
 * Invites an administrator: the account exists without a password until they open the one-time link (valid for
 * 72 hours), choose a password and set up their second factor. Returns the link's token, to be shown once.
 */
export async function inviteAccount(db: Db, account: AccountScope & { email: string }, invitedBy: string) {
  const token = newInvitationToken();
  const added = await addAccount(db, normaliseEmail(account.email), account, { invitationHash: tokenHash(token) }, invitedBy);
  return added.ok ? { ok: true as const, token } : added;
}

/** The invited account a link's token stands for, while the invitation is valid. */
export async function findInvitation(db: Db, token: string) {
  if (!isInvitationToken(token)) return undefined;
  const account = await db.adminAccount.findUnique({
    where: { invitationHash: tokenHash(token) },
    select: { id: true, email: true, invitationExpiresAt: true, disabledAt: true },
  });
  return account && !account.disabledAt && account.invitationExpiresAt && account.invitationExpiresAt > new Date() ? account : undefined;
}

/** Sets the invited administrator's password and ends the invitation; a problem changes nothing. */
export async function acceptInvitation(
  db: Db,
  token: string,
  password: string,
): Promise<{ ok: true; accountId: string } | { ok: false; problem: PasswordProblem | "invitationInvalid" }> {
  const invited = await findInvitation(db, token);
  if (!invited) return { ok: false, problem: "invitationInvalid" };
  const weak = passwordProblem(password, invited.email);
  if (weak) return { ok: false, problem: weak };
  const passwordHash = await hashPassword(password);
  const accepted = await db.$transaction(async (tx) => {
    const updated = await tx.adminAccount.updateMany({
      where: { id: invited.id, invitationHash: tokenHash(token) },
      data: { passwordHash, invitationHash: null, invitationExpiresAt: null },
    });
    if (updated.count === 1) await audit(tx, { actorEmail: invited.email, action: "invitationAccepted" });
    return updated.count === 1;
  });
  return accepted ? { ok: true, accountId: invited.id } : { ok: false, problem: "invitationInvalid" };
}

export type AccountView = {
  id: string;
  email: string;
  role: AdminRole;
  policeDistrictId: string | null;
  municipalityCodes: string[];
  status: "invited" | "active" | "disabled";
  secondFactor: boolean;
};

export async function listAccounts(db: Db): Promise<AccountView[]> {
  const accounts = await db.adminAccount.findMany({ orderBy: { email: "asc" } });
  return accounts.map((account) => ({
    id: account.id,
    email: account.email,
    role: account.role,
    policeDistrictId: account.policeDistrictId,
    municipalityCodes: account.municipalityCodes,
    status: account.disabledAt ? "disabled" : account.passwordHash === "" ? "invited" : "active",
    secondFactor: account.totpSecret !== null,
  }));
}

export type AccountChange = "disable" | "enable" | "resetSecondFactor";

/**
 * Disables or enables an account, or clears its second factor so that it enrols again (a lost phone and lost
 * recovery codes). Each ends the account's sessions. Nobody changes their own account this way.
 */
export async function changeAccount(
  db: Db,
  actorEmail: string,
  accountId: string,
  change: AccountChange,
): Promise<"changed" | "notFound" | "own"> {
  const account = await db.adminAccount.findUnique({ where: { id: accountId } });
  if (!account) return "notFound";
  if (account.email === actorEmail) return "own";
  const data =
    change === "disable"
      ? { disabledAt: new Date() }
      : change === "enable"
        ? { disabledAt: null }
        : { totpSecret: null, totpLastStep: null };
  await db.$transaction(async (tx) => {
    await tx.adminAccount.update({ where: { id: accountId }, data });
    if (change === "resetSecondFactor") await tx.adminRecoveryCode.deleteMany({ where: { accountId } });
    await audit(tx, { actorEmail, action: "accountChanged", subject: account.email, after: { change } });
  });
  await closeEverySession(db, accountId);
  return "changed";
}

/** The police districts by name, for choosing a district editor's district and naming it. */
export const policeDistricts = (db: Db) => db.policeDistrict.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } });
