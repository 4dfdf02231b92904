import { DatabaseConfigError } from "./database-config";
import { DatabaseDeadlineError } from "./deadline";
import { reportOutage } from "./outage-log";

/**
 * Whether an error is the database's: a wrong DATABASE_URL, no answer within the deadline, or any error that comes
 * out of Prisma, which marks each with its clientVersion (a server that cannot be reached is a
 * PrismaClientKnownRequestError, a connection that times out a plain Error). Anything else is a fault of the app.
 */
const isDatabaseFailure = (error: unknown) =>
  error instanceof DatabaseConfigError || error instanceof DatabaseDeadlineError || (error instanceof Error && "clientVersion" in error);

/** Reports a database failure in the outage log, for the caller to answer without the database; rethrows anything else. */
export function reportDatabaseFailure(scope: string, error: unknown): void {
  if (!isDatabaseFailure(error)) throw error;
  reportOutage(scope, error);
}
