import type { CHANNEL_LINES } from "./contact-fields";

/**
 * How long a checked contact stays trusted: it is due for review this many months after it was verified. A
 * person's own line changes when the person does, so it is checked twice as often.
 */
export const REVIEW_INTERVAL_MONTHS: Record<(typeof CHANNEL_LINES)[number], number> = { FUNCTION: 12, PERSONAL: 6 };

/** The day a contact verified on `verifiedAt` is due for review. */
export function reviewDue(verifiedAt: Date, line: (typeof CHANNEL_LINES)[number] = "FUNCTION"): Date {
  const due = new Date(verifiedAt);
  due.setUTCMonth(due.getUTCMonth() + REVIEW_INTERVAL_MONTHS[line]);
  return due;
}

/** Whether a contact due for review on `nextReviewAt` (YYYY-MM-DD) is stale on `today` (YYYY-MM-DD). */
export const isStale = (nextReviewAt: string, today: string) => nextReviewAt < today;
