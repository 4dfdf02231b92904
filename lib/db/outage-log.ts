import { oneLineError } from "./one-line-error";

const WINDOW_MS = 60_000;

/**
 * A logger for database outages that writes one line per cause per minute: during an outage every
 * request fails the same way, and a line each would flood the log. The next line of a cause says how
 * many times it was left out. Never a stack trace, never anything about a request.
 */
export function createOutageLog(write: (line: string) => void = (line) => console.warn(line), now: () => number = Date.now) {
  const lastWritten = new Map<string, { at: number; leftOut: number }>();
  return (scope: string, error: unknown) => {
    const line = `${scope}: database unavailable: ${oneLineError(error)}`;
    const last = lastWritten.get(line);
    if (last && now() - last.at < WINDOW_MS) {
      last.leftOut++;
      return;
    }
    write(last?.leftOut ? `${line} (and ${last.leftOut} more time(s) in the minute before)` : line);
    lastWritten.set(line, { at: now(), leftOut: 0 });
  };
}

export const reportOutage = createOutageLog();
