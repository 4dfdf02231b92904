import { field, seeOther, signedInHandler } from "@/lib/admin/admin-actions.server";
import { refusalPage } from "@/lib/admin/refusal-page";
import { proposeRetirement } from "@/lib/admin/directory-admin.server";
import { todayInDenmark } from "@/lib/dates";
import { adminPath } from "@/lib/admin/paths";

export const POST = signedInHandler(async ({ request, form, locale, db, admin }) => {
  const outcome = await proposeRetirement(db, admin, field(form, "id"), todayInDenmark());
  if (outcome.kind === "forbidden") return refusalPage(locale, "forbidden");
  return seeOther(
    request,
    adminPath(locale, outcome.kind === "proposed" ? "changes" : "contacts", {
      besked: outcome.kind === "proposed" ? "foreslaaet" : "ukendt",
    }),
  );
});
