import { adminFormHandler, field, seeOther } from "@/lib/admin/admin-actions.server";
import { refusalPage } from "@/lib/admin/refusal-page";
import { clientAddress } from "@/lib/admin/admin-request.server";
import { signInWithPassword } from "@/lib/admin/sign-in.server";
import { clientKey } from "@/lib/admin/throttle.server";
import { adminPath } from "@/lib/questionnaire/paths";

export const POST = adminFormHandler(async ({ request, form, locale, db }) => {
  const outcome = await signInWithPassword(db, {
    email: field(form, "email"),
    password: field(form, "password"),
    client: clientKey(clientAddress(request)),
  });
  switch (outcome.kind) {
    case "throttled":
      return refusalPage(locale, "throttled", { retryAfter: outcome.retryAfter });
    case "wrong":
      return seeOther(request, adminPath(locale, "signIn", { fejl: "forkert" }));
    default:
      return seeOther(request, adminPath(locale, "secondFactor"), { token: outcome.token });
  }
});
