import "server-only";
import type { NextRequest } from "next/server";
import { getDb, type Db } from "../db.server";
import { localeOrDefault } from "../i18n/locales";
import { requestSession, withOutagePage } from "./admin-actions.server";
import { refusalPage } from "./refusal-page";
import { editsDirectory } from "./roles";
import type { SignedInAdmin } from "./sessions.server";
import type { Locale } from "@/machines/locale";

type Make<P> = (db: Db, params: P, locale: Locale, context: { admin: SignedInAdmin; request: NextRequest }) => Promise<Response>;

/** A file for the administrators whom `may` lets have it: anyone else gets 401 or 403, and an outage 503. */
export function adminDownload(may: (admin: SignedInAdmin) => boolean) {
  return <P>(make: Make<P>) =>
    async (request: NextRequest, { params }: { params: Promise<P & { locale: string }> }): Promise<Response> => {
      const resolved = await params;
      const locale = localeOrDefault(resolved.locale);
      return withOutagePage(locale, async () => {
        const db = getDb();
        const session = await requestSession(db, request);
        if (session?.stage !== "signedIn") return refusalPage(locale, "unauthorized");
        if (!may(session.admin)) return refusalPage(locale, "forbidden");
        return make(db, resolved, locale, { admin: session.admin, request });
      });
    };
}

/** A file for administrators who work with the directory. */
export const directoryDownload = adminDownload(editsDirectory);

export const download = (body: string, type: string, name: string) =>
  new Response(body, {
    headers: { "Content-Type": type, "Content-Disposition": `attachment; filename="${name}"`, "Cache-Control": "no-store" },
  });
