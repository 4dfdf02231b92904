import { DatabaseConfigError } from "./database-config";
import { DatabaseDeadlineError } from "./deadline";

/**
 * Whether an error is the database's: a wrong DATABASE_URL, no answer within the deadline, or any error Prisma
 * reports (a server that cannot be reached, a connection lost or timed out). Anything else is a fault of the app.
 */
export const isDatabaseFailure = (error: unknown) =>
  error instanceof DatabaseConfigError ||
  error instanceof DatabaseDeadlineError ||
  (error instanceof Error && error.name.startsWith("PrismaClient"));
