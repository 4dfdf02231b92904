import "server-only";
import { getDb, pingDatabase } from "./db.server";
import { oneLineError } from "./db/one-line-error";

let lastReported: string | undefined;

/** "ok" when the database answers; "down" otherwise, logged once per distinct cause. */
export async function databaseStatus(): Promise<"ok" | "down"> {
  try {
    await pingDatabase(getDb());
    return "ok";
  } catch (error) {
    reportOnce(oneLineError(error));
    return "down";
  }
}

function reportOnce(cause: string) {
  if (cause === lastReported) return;
  lastReported = cause;
  console.warn(`database unavailable: ${cause}`);
}
