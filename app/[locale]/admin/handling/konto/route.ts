import { approveActivation, changeAccount, type AccountChange } from "@/lib/admin/accounts.server";
import { field, seeOther, signedInHandler } from "@/lib/admin/admin-actions.server";
import { refusalPage } from "@/lib/admin/refusal-page";
import { managesAccounts } from "@/lib/admin/roles";
import { adminPath } from "@/lib/admin/paths";

const CHANGES: readonly (AccountChange | "approveActivation")[] = ["disable", "enable", "resetSecondFactor", "approveActivation"];

const NOTICE = {
  changed: "konto-aendret",
  awaitingApproval: "konto-afventer",
  activated: "konto-godkendt",
  notFound: "ukendt-konto",
  own: "egen-konto",
  ownChange: "egen-konto-anmodning",
  invitedBy: "inviteret-af",
  tooNew: "ny-konto",
} as const;

/** Disables, enables or resets the second factor of another administrator's account, or approves a national one. */
export const POST = signedInHandler(async ({ request, form, locale, db, admin }) => {
  if (!managesAccounts(admin)) return refusalPage(locale, "forbidden");
  const change = CHANGES.find((candidate) => candidate === field(form, "change"));
  if (!change) return refusalPage(locale, "badForm");
  const account = field(form, "account");
  const outcome =
    change === "approveActivation" ? await approveActivation(db, admin, account) : await changeAccount(db, admin, account, change);
  return seeOther(request, adminPath(locale, "accounts", { besked: NOTICE[outcome] }));
});
