import { inviteAccount } from "@/lib/admin/accounts.server";
import { field, seeOther, signedInHandler } from "@/lib/admin/admin-actions.server";
import { refusalPage } from "@/lib/admin/refusal-page";
import { ADMIN_ROLES, managesAccounts } from "@/lib/admin/roles";
import { adminPath } from "@/lib/admin/paths";

/** A national administrator invites another administrator; the page shows the one-time link once. */
export const POST = signedInHandler(async ({ request, form, locale, db, admin }) => {
  if (!managesAccounts(admin)) return refusalPage(locale, "forbidden");
  const values = {
    email: field(form, "email"),
    rolle: field(form, "role"),
    kreds: field(form, "district"),
    kommuner: field(form, "municipalities"),
  };
  const role = ADMIN_ROLES.find((candidate) => candidate === values.rolle);
  if (!role) return seeOther(request, adminPath(locale, "accounts", { ...values, fejl: "role" }));
  const invited = await inviteAccount(
    db,
    {
      email: values.email,
      role,
      policeDistrictId: values.kreds,
      municipalityCodes: values.kommuner.split(/[\s,;]+/).filter(Boolean),
    },
    admin,
  );
  if (!invited.ok) return seeOther(request, adminPath(locale, "accounts", { ...values, fejl: invited.problem }));
  return seeOther(
    request,
    adminPath(locale, "accounts", {
      invitation: invited.token,
      til: values.email.trim().toLowerCase(),
      ...(role === "NATIONAL" ? { besked: "konto-afventer" } : {}),
    }),
  );
});
