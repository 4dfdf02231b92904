import "server-only";
import { withinDeadline } from "../db/deadline";
import { reportOutage } from "../db/outage-log";

/**
 * Runs a read or write of the training library or room; when the database is down, unreachable or does
 * not answer within the deadline, the result is "unavailable" (a 503, or a page that says so).
 */
export async function orUnavailable<T>(work: () => Promise<T>): Promise<T | "unavailable"> {
  try {
    return await withinDeadline(work());
  } catch (error) {
    reportOutage("training", error);
    return "unavailable";
  }
}
