import { acceptInvitation } from "@/lib/admin/accounts.server";
import { adminFormHandler, field, seeOther } from "@/lib/admin/admin-actions.server";
import { isInvitationToken } from "@/lib/admin/invitation-token";
import { openSession } from "@/lib/admin/sessions.server";
import { adminInvitationPath, adminPath } from "@/lib/admin/paths";

/** An invited administrator chooses a password and goes on to set up their second factor. */
export const POST = adminFormHandler(async ({ request, form, locale, db }) => {
  const token = field(form, "token");
  // Any other token gets the invitation page's answer that the link is not valid.
  if (!isInvitationToken(token)) return seeOther(request, adminInvitationPath(locale, "ugyldig"));
  const password = field(form, "password");
  if (password !== field(form, "repeat")) return seeOther(request, `${adminInvitationPath(locale, token)}?fejl=passwordMismatch`);
  const accepted = await acceptInvitation(db, token, password);
  if (!accepted.ok) return seeOther(request, `${adminInvitationPath(locale, token)}?fejl=${accepted.problem}`);
  return seeOther(request, adminPath(locale, "secondFactor"), { token: await openSession(db, accepted.accountId, false) });
});
