import "server-only";
import type { Db } from "../db.server";
import { audit } from "./audit.server";
import { isInvitationToken, newInvitationToken } from "./invitation-token";
import { hashPassword } from "./password-hash.server";
import { passwordProblem, type PasswordProblem } from "./password-policy";
import type { AdminRole, IndependenceProblem } from "./roles";
import { secondPersonProblem } from "./second-person.server";
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
  const municipalityCodes =
    account.role === "MUNICIPALITY_EDITOR" || account.role === "TRAINER" ? [...new Set(account.municipalityCodes ?? [])] : [];
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

/** Who asked for an account to be made: an administrator in the app, or (null) an operator on the command line. */
type Creator = { id: string; email: string } | null;

async function addAccount(
  db: Db,
  email: string,
  account: AccountScope,
  secret: { passwordHash: string } | { invitationHash: string },
  createdBy: Creator,
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
  // A national account made in the app is a change like any other: it stays disabled until a second national
  // administrator approves it. An operator on the command line already holds the database.
  const awaitingApproval =
    createdBy && checked.scope.role === "NATIONAL" ? { disabledAt: new Date(), activationRequestedById: createdBy.id } : {};
  const created = await db.$transaction(async (tx) => {
    const row = await tx.adminAccount.create({
      data: { email, ...checked.scope, ...invitation, invitedById: createdBy?.id ?? null, ...awaitingApproval },
    });
    await audit(tx, {
      actorEmail: createdBy?.email ?? null,
      action: "accountCreated",
      subject: email,
      after: { ...checked.scope, awaitingApproval: "disabledAt" in awaitingApproval },
    });
    return row;
  });
  return { ok: true, id: created.id };
}

/**
 * Creates an administrator with a password, from the command line, who sets up a second factor at first
 * sign-in; a problem creates nothing.
 */
export async function createAccount(db: Db, account: NewAccount) {
  const email = normaliseEmail(account.email);
  const weak = passwordProblem(account.password, email);
  if (weak) return { ok: false as const, problem: weak };
  return addAccount(db, email, account, { passwordHash: await hashPassword(account.password) }, null);
}

/**
 * Invites an administrator: the account exists without a password until they open the one-time link (valid for
 * 72 hours), choose a password and set up their second factor. Returns the link's token, to be shown once.
 */
export async function inviteAccount(db: Db, account: AccountScope & { email: string }, invitedBy: { id: string; email: string }) {
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
  status: "invited" | "active" | "disabled" | "awaitingApproval";
  /** Who asked for an account awaiting approval to become active. */
  requestedBy: string | null;
  secondFactor: boolean;
};

export async function listAccounts(db: Db): Promise<AccountView[]> {
  const accounts = await db.adminAccount.findMany({ orderBy: { email: "asc" } });
  const emails = new Map(accounts.map((account) => [account.id, account.email]));
  return accounts.map((account) => ({
    id: account.id,
    email: account.email,
    role: account.role,
    policeDistrictId: account.policeDistrictId,
    municipalityCodes: account.municipalityCodes,
    status: account.activationRequestedById
      ? "awaitingApproval"
      : account.disabledAt
        ? "disabled"
        : account.passwordHash === ""
          ? "invited"
          : "active",
    requestedBy: account.activationRequestedById ? (emails.get(account.activationRequestedById) ?? null) : null,
    secondFactor: account.totpSecret !== null,
  }));
}

export type AccountChange = "disable" | "enable" | "resetSecondFactor";

type Actor = { id: string; email: string };

/**
 * Disables or enables an account, or clears its second factor so that it enrols again (a lost phone and lost
 * recovery codes). Each ends the account's sessions. Enabling a national account only asks for it: a second
 * national administrator approves it. Nobody changes their own account this way.
 */
export async function changeAccount(
  db: Db,
  actor: Actor,
  accountId: string,
  change: AccountChange,
): Promise<"changed" | "awaitingApproval" | "notFound" | "own"> {
  const account = await db.adminAccount.findUnique({ where: { id: accountId } });
  if (!account) return "notFound";
  if (account.id === actor.id) return "own";
  const asksApproval = change === "enable" && account.role === "NATIONAL";
  const data =
    change === "disable"
      ? { disabledAt: new Date(), activationRequestedById: null }
      : asksApproval
        ? { activationRequestedById: actor.id }
        : change === "enable"
          ? { disabledAt: null }
          : { totpSecret: null, totpLastStep: null };
  await db.$transaction(async (tx) => {
    await tx.adminAccount.update({ where: { id: accountId }, data });
    if (change === "resetSecondFactor") await tx.adminRecoveryCode.deleteMany({ where: { accountId } });
    await audit(tx, { actorEmail: actor.email, action: "accountChanged", subject: account.email, after: { change, asksApproval } });
  });
  await closeEverySession(db, accountId);
  return asksApproval ? "awaitingApproval" : "changed";
}

/**
 * Makes a national account that is new or enabled again active, as a second national administrator: not the
 * one who asked, not one of them invited by the other, not an account in its first day. An invitation that ran
 * out while it waited gets its 72 hours again.
 */
export async function approveActivation(
  db: Db,
  approver: Actor,
  accountId: string,
): Promise<"activated" | "notFound" | IndependenceProblem> {
  const account = await db.adminAccount.findUnique({ where: { id: accountId } });
  if (!account?.activationRequestedById || account.id === approver.id) return "notFound";
  const requester = account.activationRequestedById;
  const problem = await secondPersonProblem(db, approver.id, requester);
  if (problem) return problem === "unknownAccount" ? "notFound" : problem;
  const invitationHours = account.invitationHash ? { invitationExpiresAt: new Date(Date.now() + INVITATION_HOURS * 3_600_000) } : {};
  return db.$transaction(async (tx) => {
    const activated = await tx.adminAccount.updateMany({
      where: { id: accountId, activationRequestedById: requester },
      data: { disabledAt: null, activationRequestedById: null, ...invitationHours },
    });
    if (activated.count !== 1) return "notFound";
    await audit(tx, { actorEmail: approver.email, action: "accountActivated", subject: account.email });
    return "activated";
  });
}

/** The police districts by name, for choosing a district editor's district and naming it. */
export const policeDistricts = (db: Db) => db.policeDistrict.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } });
