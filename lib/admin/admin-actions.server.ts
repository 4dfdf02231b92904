import "server-only";
import { cookies } from "next/headers";
import { getDb, type Db } from "../db.server";
import { localeOrDefault } from "../i18n/locales";
import { isSameOrigin, serverOrigin } from "../security/same-origin";
import { SESSION_COOKIE, sessionCookie } from "./admin-request.server";
import { readSession, type AdminSessionState, type SignedInAdmin } from "./sessions.server";
import type { Locale } from "@/machines/locale";

type Params = { params: Promise<{ locale: string }> };

export type ActionContext = { request: Request; form: FormData; locale: Locale; db: Db; session: AdminSessionState | undefined };

const text = (status: number, body: string, headers: Record<string, string> = {}) =>
  new Response(`${body}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", ...headers } });

export const refused = {
  unauthorized: () => text(401, "Du er ikke logget ind. / You are not signed in."),
  forbidden: () => text(403, "Det har du ikke adgang til. / You may not do that."),
  notSameSite: () => text(403, "Formularen skal sendes fra Henvis selv. / The form must be posted from Henvis itself."),
  notFound: () => text(404, "Filen findes ikke. / There is no such file."),
  badForm: () => text(400, "Formularen kunne ikke læses. / The form could not be read."),
};

/** A 303 to a page, setting or clearing the session cookie when asked. */
export function seeOther(request: Request, location: string, session?: { token: string | undefined }): Response {
  const headers = new Headers({ Location: location, "Cache-Control": "no-store" });
  if (session) headers.append("Set-Cookie", sessionCookie(request, session.token));
  return new Response(null, { status: 303, headers });
}

const sameSite = (request: Request) =>
  isSameOrigin(request.headers.get("origin"), serverOrigin(request.headers, new URL(request.url).protocol));

/**
 * A form handler of the administration: only a form posted from this site (the browser's Origin header names
 * it; the cookie is SameSite=Strict too) reaches `handle`, with the session the cookie stands for.
 */
export function adminFormHandler(handle: (context: ActionContext) => Promise<Response>) {
  return async (request: Request, { params }: Params): Promise<Response> => {
    if (!sameSite(request)) return refused.notSameSite();
    let form: FormData;
    try {
      form = await request.formData();
    } catch {
      return refused.badForm();
    }
    const locale = localeOrDefault((await params).locale);
    const db = getDb();
    const session = await readSession(db, (await cookies()).get(SESSION_COOKIE)?.value);
    return handle({ request, form, locale, db, session });
  };
}

/** A handler for signed-in administrators only: anyone else gets 401 and changes nothing. */
export function signedInHandler(handle: (context: ActionContext & { admin: SignedInAdmin }) => Promise<Response>) {
  return adminFormHandler(async (context) => {
    if (context.session?.stage !== "signedIn") return refused.unauthorized();
    return handle({ ...context, admin: context.session.admin });
  });
}

/** A form field as text, or "" when it is missing or a file. */
export const field = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};
