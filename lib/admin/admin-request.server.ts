import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getDb } from "../db.server";
import { adminPath } from "../questionnaire/paths";
import { readSession, type AdminSessionState, type SignedInAdmin } from "./sessions.server";
import type { Locale } from "@/machines/locale";

/** The administration's cookie: a random token, HttpOnly and SameSite=Strict, Secure over HTTPS. */
export const SESSION_COOKIE = "henvis_admin";

export async function currentSession(): Promise<AdminSessionState | undefined> {
  return readSession(getDb(), (await cookies()).get(SESSION_COOKIE)?.value);
}

/** The signed-in administrator of a page; anyone else is sent to sign in. */
export async function requireAdminPage(locale: Locale): Promise<SignedInAdmin> {
  const session = await currentSession();
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
