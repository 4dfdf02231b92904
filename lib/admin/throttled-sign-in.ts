import { THROTTLE_WINDOW_MS } from "./throttle.server";

const WINDOW_MINUTES = THROTTLE_WINDOW_MS / 60_000;

/** The query that sends a throttled administrator back to a sign-in page: the error and the minutes to wait. */
export const throttledQuery = (retryAfterSeconds: number) => ({ fejl: "for-mange", vent: String(Math.ceil(retryAfterSeconds / 60)) });

/** The minutes to wait as the page reads them from its address: a whole number within the window. */
export const minutesToWait = (vent: string | undefined) => Math.min(WINDOW_MINUTES, Math.max(1, Math.ceil(Number(vent)) || WINDOW_MINUTES));

/** A 303 back to a sign-in page that says when to try again; Retry-After says it in seconds. */
export function withRetryAfter(seeOther: Response, retryAfterSeconds: number): Response {
  seeOther.headers.set("Retry-After", String(retryAfterSeconds));
  return seeOther;
}
