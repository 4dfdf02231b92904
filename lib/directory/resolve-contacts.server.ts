import "server-only";
import type { Db } from "../db.server";
import { reportOutage } from "../db/outage-log";
import { directoryInMemory } from "./directory-memory.server";
import { resolveFromDirectory, resolveWithoutDirectory, type ResolvedContacts } from "./resolve-contacts";
import { lookupInSnapshot } from "./snapshot-lookup";
import type { Locale } from "@/machines/locale";
import type { BodyKey } from "@/machines/vocabulary";

/**
 * The contacts of each body, in the order given, from the directory kept in memory. 112, 114 and the hotline
 * never depend on the database; when the directory cannot be read, the other bodies are left out and
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
    const directory = await directoryInMemory(db());
    return resolveFromDirectory(lookupInSnapshot(directory, municipalityCode, locale), bodies, municipalityCode);
  } catch (error) {
    reportOutage("directory", error);
    return resolveWithoutDirectory(bodies, municipalityCode, locale);
  }
}
