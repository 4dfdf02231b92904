import { adminFormHandler, field, seeOther } from "@/lib/admin/admin-actions.server";
import { giveSecondFactor } from "@/lib/admin/sign-in.server";
import { clientKey } from "@/lib/admin/throttle.server";
import { throttledQuery, withRetryAfter } from "@/lib/admin/throttled-sign-in";
import { adminPath } from "@/lib/admin/paths";
import { clientAddress } from "@/lib/security/client-address";

export const POST = adminFormHandler(async ({ request, form, locale, db, session }) => {
  if (session?.stage !== "secondFactor") return seeOther(request, adminPath(locale, "signIn", { fejl: "udloebet" }));
  const outcome = await giveSecondFactor(db, session, { code: field(form, "code"), client: clientKey(clientAddress(request.headers)) });
  switch (outcome.kind) {
    case "throttled":
      return withRetryAfter(seeOther(request, adminPath(locale, "secondFactor", throttledQuery(outcome.retryAfter))), outcome.retryAfter);
    case "tooManyCodes":
      return seeOther(request, adminPath(locale, "signIn", { fejl: "koder" }), { token: undefined });
    case "wrong":
      return seeOther(request, adminPath(locale, "secondFactor", { fejl: "kode" }));
    default:
      return seeOther(request, adminPath(locale, "home"), { token: outcome.token });
  }
});
