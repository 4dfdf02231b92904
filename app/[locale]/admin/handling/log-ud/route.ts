import { seeOther, signedInHandler } from "@/lib/admin/admin-actions.server";
import { audit } from "@/lib/admin/audit.server";
import { closeSession } from "@/lib/admin/sessions.server";
import { adminPath } from "@/lib/admin/paths";

export const POST = signedInHandler(async ({ request, locale, db, admin, session }) => {
  await closeSession(db, session!.tokenHash);
  await audit(db, { actorEmail: admin.email, action: "signOut" });
  return seeOther(request, adminPath(locale, "signIn", { besked: "logget-ud" }), { token: undefined });
});
