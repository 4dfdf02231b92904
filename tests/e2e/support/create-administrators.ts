// The administrators of the administration's end-to-end tests, created in one process before their server
// starts (the first of them through `npm run admin:create`, as an operator would create one).
import { createAccount } from "@/lib/admin/accounts.server";
import { createDb } from "@/lib/db.server";
import { readDatabaseConfig } from "@/lib/db/database-config";
import { ADMIN_PASSWORD, ADMINISTRATORS } from "./administrators";

const { db, close } = createDb(readDatabaseConfig(process.env));
try {
  for (const admin of ADMINISTRATORS.slice(1)) {
    const role = ({ national: "NATIONAL", "municipality-editor": "MUNICIPALITY_EDITOR", trainer: "TRAINER" } as const)[admin.role];
    const municipalityCodes = "municipality" in admin ? [admin.municipality] : [];
    const created = await createAccount(db, { email: admin.email, password: ADMIN_PASSWORD, role, municipalityCodes });
    if (!created.ok) throw new Error(`${admin.email}: ${created.problem}`);
  }
  // The tests approve each other's changes at once, which a new account may not do in its first day.
  await db.adminAccount.updateMany({ data: { createdAt: new Date(Date.now() - 2 * 24 * 60 * 60 * 1000) } });
} finally {
  await close();
}
