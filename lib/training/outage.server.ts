import "server-only";
import { oneLineError } from "../db/one-line-error";

let lastReported: string | undefined;

/**
 * Runs a read or write of the training library or room; when the database is down or unreachable, the
 * result is "unavailable" (a 503, or a page that says so) and the cause is logged once.
 */
export async function orUnavailable<T>(work: () => Promise<T>): Promise<T | "unavailable"> {
  try {
    return await work();
  } catch (error) {
    const cause = oneLineError(error);
    if (cause !== lastReported) console.warn(`training: database unavailable: ${cause}`);
    lastReported = cause;
    return "unavailable";
  }
}
