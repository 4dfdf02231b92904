import "server-only";
import type { Db } from "../db.server";
import { audit } from "./audit.server";
import { hashPassword } from "./password-hash.server";
import { passwordProblem, type PasswordProblem } from "./password-policy";
import type { AdminRole } from "./roles";

export type NewAccount = {
  email: string;
  password: string;
  role: AdminRole;
  policeDistrictId?: string;
  municipalityCodes?: string[];
};

export type AccountProblem = PasswordProblem | "emailInvalid" | "emailTaken" | "scopeMissing" | "scopeUnknown";

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Creates an administrator, who must set up a second factor at first sign-in; a problem creates nothing. */
export async function createAccount(
  db: Db,
  account: NewAccount,
  createdBy: string | null,
): Promise<{ ok: true; id: string } | { ok: false; problem: AccountProblem }> {
  const email = normaliseEmail(account.email);
  if (!EMAIL.test(email)) return { ok: false, problem: "emailInvalid" };
  const weak = passwordProblem(account.password, email);
  if (weak) return { ok: false, problem: weak };
  const municipalityCodes = account.role === "MUNICIPALITY_EDITOR" ? (account.municipalityCodes ?? []) : [];
  const policeDistrictId = account.role === "DISTRICT_EDITOR" ? (account.policeDistrictId ?? null) : null;
  if (account.role === "MUNICIPALITY_EDITOR" && municipalityCodes.length === 0) return { ok: false, problem: "scopeMissing" };
  if (account.role === "DISTRICT_EDITOR" && !policeDistrictId) return { ok: false, problem: "scopeMissing" };
  const [knownMunicipalities, knownDistrict] = await Promise.all([
    db.municipality.count({ where: { code: { in: municipalityCodes } } }),
    policeDistrictId ? db.policeDistrict.count({ where: { id: policeDistrictId } }) : 1,
  ]);
  if (knownMunicipalities !== new Set(municipalityCodes).size || knownDistrict !== 1) return { ok: false, problem: "scopeUnknown" };
  if (await db.adminAccount.findUnique({ where: { email }, select: { id: true } })) return { ok: false, problem: "emailTaken" };
  const passwordHash = await hashPassword(account.password);
  const created = await db.$transaction(async (tx) => {
    const row = await tx.adminAccount.create({
      data: { email, passwordHash, role: account.role, policeDistrictId, municipalityCodes: [...new Set(municipalityCodes)] },
    });
    await audit(tx, {
      actorEmail: createdBy,
      action: "accountCreated",
      subject: email,
      after: { role: account.role, policeDistrictId, municipalityCodes },
    });
    return row;
  });
  return { ok: true, id: created.id };
}
