import { adminFormHandler, field, seeOther } from "@/lib/admin/admin-actions.server";
import { signInWithPassword } from "@/lib/admin/sign-in.server";
import { clientKey } from "@/lib/admin/throttle.server";
import { throttledQuery, withRetryAfter } from "@/lib/admin/throttled-sign-in";
import { adminPath } from "@/lib/admin/paths";
import { clientAddress } from "@/lib/security/client-address";

export const POST = adminFormHandler(async ({ request, form, locale, db }) => {
  const outcome = await signInWithPassword(db, {
    email: field(form, "email"),
    password: field(form, "password"),
    client: clientKey(clientAddress(request.headers)),
  });
  switch (outcome.kind) {
    case "throttled":
      return withRetryAfter(seeOther(request, adminPath(locale, "signIn", throttledQuery(outcome.retryAfter))), outcome.retryAfter);
    case "wrong":
      return seeOther(request, adminPath(locale, "signIn", { fejl: "forkert" }));
    default:
      return seeOther(request, adminPath(locale, "secondFactor"), { token: outcome.token });
  }
});
