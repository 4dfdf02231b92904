import "server-only";
import { formText } from "../http/request-fields";
import type { NextRequest } from "next/server";
import { CLIENT_GONE, clientGoneResponse, readBytesWithin } from "../http/read-body";
import { getDb, type Db } from "../db.server";
import { reportDatabaseFailure } from "../db/database-failure";
import { withinDeadline } from "../db/deadline";
import { localeOrDefault } from "../i18n/locales";
import { formOf, MAX_FORM_BYTES } from "../security/form-body";
import { isSameSiteRequest } from "../security/same-origin";
import { SESSION_COOKIE, sessionCookie } from "./admin-request.server";
import { formHasControlCharacter } from "../http/control-characters";
import { refusalPage } from "./refusal-page";
import { readSession, type AdminSessionState, type SignedInAdmin } from "./sessions.server";
import type { Locale } from "@/machines/locale";

type Params = { params: Promise<{ locale: string }> };

export type ActionContext = { request: NextRequest; form: FormData; locale: Locale; db: Db; session: AdminSessionState | undefined };

/** A 303 to a page, setting or clearing the session cookie when asked. */
export function seeOther(request: Request, location: string, session?: { token: string | undefined }): Response {
  const headers = new Headers({ Location: location, "Cache-Control": "no-store" });
  if (session) headers.append("Set-Cookie", sessionCookie(request, session.token));
  return new Response(null, { status: 303, headers });
}

/**
 * The answer to a request, or the 503 page when the database fails or does not answer on the way (what it failed
 * on was not written). Any other error is the app's fault and goes on to be logged.
 */
export async function withOutagePage(locale: Locale, answer: () => Promise<Response>): Promise<Response> {
  try {
    return await answer();
  } catch (error) {
    reportDatabaseFailure("admin", error);
    return refusalPage(locale, "unavailable");
  }
}

/** The session a request's cookie stands for, read within the database's deadline. */
export const requestSession = (db: Db, request: NextRequest) => withinDeadline(readSession(db, request.cookies.get(SESSION_COOKIE)?.value));

/**
 * A form handler of the administration. What a request must pass, cheapest first, so that a stranger costs little:
 * a form posted from this site (the browser's Origin header names it; the cookie is SameSite=Strict too), the
 * session `admit` asks for (401 before a byte of the body is read), a body within `maxBytes` by its Content-Length
 * and as it streams (413), form data (400) without control characters in its text (400). During a database outage
 * it answers 503 and changes nothing.
 */
function formHandler<Admitted extends object>(
  admit: (session: AdminSessionState | undefined) => Admitted | undefined,
  maxBytes: number,
  handle: (context: ActionContext & Admitted) => Promise<Response>,
) {
  return async (request: NextRequest, { params }: Params): Promise<Response> => {
    const locale = localeOrDefault((await params).locale);
    if (!isSameSiteRequest(request.headers, request.nextUrl.protocol)) return refusalPage(locale, "notSameSite");
    return withOutagePage(locale, async () => {
      const db = getDb();
      const session = await requestSession(db, request);
      const admitted = admit(session);
      if (!admitted) return refusalPage(locale, "unauthorized");
      const bytes = await readBytesWithin(request, maxBytes);
      if (bytes === CLIENT_GONE) return clientGoneResponse();
      if (bytes === null) return refusalPage(locale, "tooLarge");
      const form = await formOf(bytes, request.headers.get("content-type"));
      if (!form) return refusalPage(locale, "badForm");
      if (formHasControlCharacter(form)) return refusalPage(locale, "controlCharacter");
      return handle({ request, form, locale, db, session, ...admitted });
    });
  };
}

/** A form handler of the administration for anyone, signed in or not (signing in, the second factor, an invitation). */
export const adminFormHandler = (handle: (context: ActionContext) => Promise<Response>) => formHandler(() => ({}), MAX_FORM_BYTES, handle);

/** A handler for signed-in administrators only: anyone else gets 401 and changes nothing. */
export const signedInHandler = (
  handle: (context: ActionContext & { admin: SignedInAdmin }) => Promise<Response>,
  maxBytes = MAX_FORM_BYTES,
) => formHandler((session) => (session?.stage === "signedIn" ? { admin: session.admin } : undefined), maxBytes, handle);

/** A form field as text, or "" when it is missing or a file. */
export const field = (form: FormData, name: string) => formText(form, name) ?? "";
