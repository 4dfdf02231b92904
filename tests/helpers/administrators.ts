import { createAccount } from "@/lib/admin/accounts.server";
import { administeredContact } from "@/lib/admin/contact-writes.server";
import type { AdminRole } from "@/lib/admin/roles";
import type { SignedInAdmin } from "@/lib/admin/sessions.server";
import type { Db } from "@/lib/db.server";

export const TEST_PASSWORD = "Sommerferie på Ærø 2026";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * An administrator as a signed-in session carries them, created as an operator would on the command line and
 * dated `ageDays` back (a new account approves nothing in its first day).
 */
export async function administrator(
  db: Db,
  email: string,
  role: AdminRole,
  options: { municipalityCodes?: string[]; ageDays?: number } = {},
): Promise<SignedInAdmin> {
  const created = await createAccount(db, { email, password: TEST_PASSWORD, role, municipalityCodes: options.municipalityCodes });
  if (!created.ok) throw new Error(`${email}: ${created.problem}`);
  return datedBack(db, created.id, options.ageDays ?? 2);
}

/** The account as a signed-in session carries it, with its creation moved `ageDays` back. */
export async function datedBack(db: Db, id: string, ageDays: number): Promise<SignedInAdmin> {
  const account = await db.adminAccount.update({ where: { id }, data: { createdAt: new Date(Date.now() - ageDays * DAY_MS) } });
  return {
    id: account.id,
    email: account.email,
    role: account.role,
    policeDistrictId: account.policeDistrictId,
    municipalityCodes: account.municipalityCodes,
  };
}

/** The contact as the last write in the audit log left it, and as the directory holds it now. */
export async function liveAndAudited(db: Db, id: string) {
  const [row, written] = await Promise.all([
    db.contact.findUniqueOrThrow({ where: { id } }),
    db.auditEvent.findFirst({ where: { subject: id, action: { in: ["contactEdited", "changeApplied"] } }, orderBy: { id: "desc" } }),
  ]);
  return { live: { ...administeredContact(row), version: row.version }, audited: written?.after };
}
