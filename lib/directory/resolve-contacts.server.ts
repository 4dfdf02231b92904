import "server-only";
import type { Db } from "../db.server";
import { withinDeadline } from "../db/deadline";
import { reportOutage } from "../db/outage-log";
import { findContacts, findPlace } from "./directory-queries.server";
import { resolveFromDirectory, resolveWithoutDirectory, type ResolvedContacts } from "./resolve-contacts";
import type { Locale } from "@/machines/locale";
import type { BodyKey } from "@/machines/vocabulary";

/**
 * The contacts of each body, in the order given. 112, 114 and the hotline never
 * depend on the database; when it is down, the other bodies are left out and
 * `directory` says so.
 */
export async function resolveContacts({
  db,
  bodies,
  municipalityCode,
  locale,
}: {
  db: () => Db;
  bodies: BodyKey[];
  municipalityCode?: string;
  locale: Locale;
}): Promise<ResolvedContacts> {
  try {
    const { place, verified } = await withinDeadline(
      (async () => {
        const client = db();
        const place = municipalityCode ? await findPlace({ db: client, municipalityCode }) : null;
        return { place, verified: await findContacts({ db: client, bodies: [...bodies, "CDE"], place }) };
      })(),
    );
    return resolveFromDirectory({ place, verified, locale }, bodies, municipalityCode);
  } catch (error) {
    reportOutage("directory", error);
    return resolveWithoutDirectory(bodies, municipalityCode, locale);
  }
}
