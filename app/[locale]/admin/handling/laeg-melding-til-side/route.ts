import { field, seeOther, signedInHandler } from "@/lib/admin/admin-actions.server";
import { dismissReport } from "@/lib/admin/contact-reports.server";
import { adminPath } from "@/lib/admin/paths";
import { refusalPage } from "@/lib/admin/refusal-page";

/** Sets a worker's report aside: nothing in it is to change in the directory. */
export const POST = signedInHandler(async ({ request, form, locale, db, admin }) => {
  const outcome = await dismissReport(db, admin, field(form, "id"));
  if (outcome === "forbidden") return refusalPage(locale, "forbidden");
  return seeOther(
    request,
    adminPath(locale, "reports", { besked: outcome === "handled" ? "melding-lagt-til-side" : "melding-ikke-aaben" }),
  );
});
