import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getDb, type Db } from "../db.server";
import { reportDatabaseFailure } from "../db/database-failure";
import { withinDeadline } from "../db/deadline";
import { adminPath } from "./paths";
import { readSession, type AdminSessionState, type SignedInAdmin } from "./sessions.server";
import type { Locale } from "@/machines/locale";

/** The administration's cookie: a random token, HttpOnly and SameSite=Strict, Secure over HTTPS. */
export const SESSION_COOKIE = "henvis_admin";

/**
 * What a page reads from the database, within the deadline. During an outage the page gives way to the
 * administration's page that says the directory cannot be changed right now (503).
 */
export async function readForPage<T>(locale: Locale, read: (db: Db) => Promise<T>): Promise<T> {
  try {
    return await withinDeadline(read(getDb()));
  } catch (error) {
    reportDatabaseFailure("admin", error);
    redirect(adminPath(locale, "unavailable"));
  }
}

export async function currentSession(locale: Locale): Promise<AdminSessionState | undefined> {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return readForPage(locale, (db) => readSession(db, token));
}

/** The signed-in administrator of a page; anyone else is sent to sign in. */
export async function requireAdminPage(locale: Locale): Promise<SignedInAdmin> {
  const session = await currentSession(locale);
  if (session?.stage !== "signedIn") redirect(adminPath(locale, "signIn"));
  return session.admin;
}

/** Whether the request reached the app over HTTPS: directly, or through a proxy that says so. */
const overHttps = (request: Request) =>
  new URL(request.url).protocol === "https:" || request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https";

/** The Set-Cookie header for a session token; with no token, one that deletes the cookie. */
export function sessionCookie(request: Request, token: string | undefined): string {
  const attributes = ["Path=/", "HttpOnly", "SameSite=Strict", ...(overHttps(request) ? ["Secure"] : [])];
  return token ? [`${SESSION_COOKIE}=${token}`, ...attributes].join("; ") : [`${SESSION_COOKIE}=`, "Max-Age=0", ...attributes].join("; ");
}
