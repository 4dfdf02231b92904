import { DatabaseConfigError } from "./database-config";
import { DatabaseDeadlineError } from "./deadline";
import { reportOutage } from "./outage-log";

/**
 * Whether an error is the database's: a wrong DATABASE_URL, no answer within the deadline, or any error Prisma
 * reports (a server that cannot be reached, a connection lost or timed out). Anything else is a fault of the app.
 */
const isDatabaseFailure = (error: unknown) =>
  error instanceof DatabaseConfigError ||
  error instanceof DatabaseDeadlineError ||
  (error instanceof Error && error.name.startsWith("PrismaClient"));

/** Reports a database failure in the outage log, for the caller to answer without the database; rethrows anything else. */
export function reportDatabaseFailure(scope: string, error: unknown): void {
  if (!isDatabaseFailure(error)) throw error;
  reportOutage(scope, error);
}
