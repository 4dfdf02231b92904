import "server-only";
import { todayInDenmark } from "../dates";
import { getDb } from "../db.server";
import { reportOutage } from "../db/outage-log";
import { directoryInMemory } from "./directory-memory.server";
import type { DirectorySnapshot } from "./directory-snapshot";

type DirectoryAnswer =
  { status: 200; body: DirectorySnapshot } | { status: 503; body: { error: "directory_unavailable"; message: string } };

/** The whole directory as it is today, or 503 when the database does not answer within the deadline. */
export async function directoryAnswer(): Promise<DirectoryAnswer> {
  try {
    // The copy in memory is kept current, so it is the directory as it is today.
    return { status: 200, body: { asOf: todayInDenmark(), ...(await directoryInMemory(getDb())) } };
  } catch (error) {
    reportOutage("directory", error);
    return { status: 503, body: { error: "directory_unavailable", message: "The directory cannot be read right now." } };
  }
}
