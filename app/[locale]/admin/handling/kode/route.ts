import { adminFormHandler, field, seeOther } from "@/lib/admin/admin-actions.server";
import { refusalPage } from "@/lib/admin/refusal-page";
import { clientAddress } from "@/lib/admin/admin-request.server";
import { giveSecondFactor } from "@/lib/admin/sign-in.server";
import { clientKey } from "@/lib/admin/throttle.server";
import { adminPath } from "@/lib/questionnaire/paths";

export const POST = adminFormHandler(async ({ request, form, locale, db, session }) => {
  if (session?.stage !== "secondFactor") return seeOther(request, adminPath(locale, "signIn", { fejl: "udloebet" }));
  const outcome = await giveSecondFactor(db, session, { code: field(form, "code"), client: clientKey(clientAddress(request)) });
  switch (outcome.kind) {
    case "throttled":
      return refusalPage(locale, "throttled", { retryAfter: outcome.retryAfter });
    case "wrong":
      return seeOther(request, adminPath(locale, "secondFactor", { fejl: "kode" }));
    default:
      return seeOther(request, adminPath(locale, "home"), { token: outcome.token });
  }
});
