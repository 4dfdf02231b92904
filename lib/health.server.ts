import "server-only";
import { getDb, pingDatabase } from "./db.server";
import { withinDeadline } from "./db/deadline";
import { reportOutage } from "./db/outage-log";

/** "ok" when the database answers within the deadline; "down" otherwise, logged once per cause per minute. */
export async function databaseStatus(): Promise<"ok" | "down"> {
  try {
    await withinDeadline(pingDatabase(getDb()));
    return "ok";
  } catch (error) {
    reportOutage("health", error);
    return "down";
  }
}
