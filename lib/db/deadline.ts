/** How long a page or an API request waits on the database before it answers without it. */
export const DATABASE_DEADLINE_MS = 2_000;

export class DatabaseDeadlineError extends Error {
  override name = "DatabaseDeadlineError";
  constructor(readonly ms: number) {
    super(`the database did not answer within ${ms} ms`);
  }
}

/**
 * The work's result, or a DatabaseDeadlineError once `ms` have passed. The driver's own timeouts end the
 * query itself (PostgreSQL); this guard holds for both databases, whatever the driver does.
 */
export function withinDeadline<T>(work: Promise<T>, ms = DATABASE_DEADLINE_MS): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DatabaseDeadlineError(ms)), ms);
  });
  // A query that fails after the deadline has been answered for: its error is not left unhandled.
  work.catch(() => {});
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}
