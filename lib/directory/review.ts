/** How long a checked contact stays trusted: it is due for review this many months after it was verified. */
export const REVIEW_INTERVAL_MONTHS = 12;

/** The day a contact verified on `verifiedAt` is due for review. */
export function reviewDue(verifiedAt: Date): Date {
  const due = new Date(verifiedAt);
  due.setUTCMonth(due.getUTCMonth() + REVIEW_INTERVAL_MONTHS);
  return due;
}

/** Whether a contact due for review on `nextReviewAt` (YYYY-MM-DD) is stale on `today` (YYYY-MM-DD). */
export const isStale = (nextReviewAt: string, today: string) => nextReviewAt < today;
