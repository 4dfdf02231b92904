import { changeAccount, type AccountChange } from "@/lib/admin/accounts.server";
import { field, seeOther, signedInHandler } from "@/lib/admin/admin-actions.server";
import { refusalPage } from "@/lib/admin/refusal-page";
import { managesAccounts } from "@/lib/admin/roles";
import { adminPath } from "@/lib/questionnaire/paths";

const CHANGES: readonly AccountChange[] = ["disable", "enable", "resetSecondFactor"];

/** Disables, enables or resets the second factor of another administrator's account. */
export const POST = signedInHandler(async ({ request, form, locale, db, admin }) => {
  if (!managesAccounts(admin)) return refusalPage(locale, "forbidden");
  const change = CHANGES.find((candidate) => candidate === field(form, "change"));
  if (!change) return refusalPage(locale, "badForm");
  const outcome = await changeAccount(db, admin.email, field(form, "account"), change);
  return seeOther(
    request,
    adminPath(locale, "accounts", { besked: { changed: "konto-aendret", notFound: "ukendt-konto", own: "egen-konto" }[outcome] }),
  );
});
