// Signing in to the administration with requests alone: the password, then the authenticator's first code.
import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { Secret, TOTP } from "otpauth";
import { ADMIN_PASSWORD } from "./administrators";

/**
 * A request context of `base` signed in as `email`, an administrator who has not yet enrolled an authenticator:
 * it enrols one and signs in with its code. Each account can be signed in this way once per server.
 */
export async function signedInRequests(base: string, email: string): Promise<APIRequestContext> {
  const context = await playwrightRequest.newContext({ baseURL: base, extraHTTPHeaders: { Origin: base } });
  await context.post("/admin/handling/log-ind", { form: { email, password: ADMIN_PASSWORD }, maxRedirects: 0 });
  const enrolment = await (await context.get("/admin/log-ind/kode")).text();
  const secret = /data-testid="totp-secret">([A-Z2-7]+)</.exec(enrolment)?.[1];
  if (!secret) throw new Error(`${email} was not asked to enrol an authenticator`);
  const code = new TOTP({ secret: Secret.fromBase32(secret) }).generate();
  const signedIn = await context.post("/admin/handling/kode", { form: { code }, maxRedirects: 0 });
  if (signedIn.headers()["location"] !== "/admin") throw new Error(`${email} could not sign in: ${signedIn.status()}`);
  return context;
}
