import "server-only";
import { cookies } from "next/headers";
import { getDb, type Db } from "../db.server";
import { SESSION_COOKIE } from "./admin-request.server";
import { refused } from "./admin-actions.server";
import { editsDirectory } from "./roles";
import { readSession } from "./sessions.server";

/** A file for administrators who work with the directory: anyone else gets 401 or 403. */
export function directoryDownload<P>(make: (db: Db, params: P) => Promise<Response>) {
  return async (_request: Request, { params }: { params: Promise<P> }): Promise<Response> => {
    const db = getDb();
    const session = await readSession(db, (await cookies()).get(SESSION_COOKIE)?.value);
    if (session?.stage !== "signedIn") return refused.unauthorized();
    if (!editsDirectory(session.admin)) return refused.forbidden();
    return make(db, await params);
  };
}

export const download = (body: string, type: string, name: string) =>
  new Response(body, {
    headers: { "Content-Type": type, "Content-Disposition": `attachment; filename="${name}"`, "Cache-Control": "no-store" },
  });
