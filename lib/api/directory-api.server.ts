import "server-only";
import { todayInDenmark } from "../dates";
import { getDb } from "../db.server";
import { withinDeadline } from "../db/deadline";
import { reportOutage } from "../db/outage-log";
import { loadDirectorySnapshot } from "../directory/directory-queries.server";
import type { DirectorySnapshot } from "../directory/directory-snapshot";

type DirectoryAnswer =
  { status: 200; body: DirectorySnapshot } | { status: 503; body: { error: "directory_unavailable"; message: string } };

/** The whole directory as it is today, or 503 when the database does not answer within the deadline. */
export async function directoryAnswer(): Promise<DirectoryAnswer> {
  try {
    return { status: 200, body: await withinDeadline(loadDirectorySnapshot({ db: getDb(), today: todayInDenmark() })) };
  } catch (error) {
    reportOutage("directory", error);
    return { status: 503, body: { error: "directory_unavailable", message: "The directory cannot be read right now." } };
  }
}
