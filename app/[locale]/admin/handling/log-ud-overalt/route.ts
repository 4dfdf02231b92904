import { seeOther, signedInHandler } from "@/lib/admin/admin-actions.server";
import { audit } from "@/lib/admin/audit.server";
import { closeEverySession } from "@/lib/admin/sessions.server";
import { adminPath } from "@/lib/admin/paths";

export const POST = signedInHandler(async ({ request, locale, db, admin }) => {
  await closeEverySession(db, admin.id);
  await audit(db, { actorEmail: admin.email, action: "signOutEverywhere" });
  return seeOther(request, adminPath(locale, "signIn", { besked: "logget-ud-overalt" }), { token: undefined });
});
