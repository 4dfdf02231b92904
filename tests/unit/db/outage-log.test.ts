import { describe, expect, it } from "vitest";
import { DatabaseDeadlineError, withinDeadline } from "@/lib/db/deadline";
import { createOutageLog } from "@/lib/db/outage-log";

describe("the outage log", () => {
  const unreachable = new Error("Can't reach database server at `db:5432`");

  function logAt() {
    const lines: string[] = [];
    let clock = 0;
    const report = createOutageLog(
      (line) => lines.push(line),
      () => clock,
    );
    return { lines, report, advance: (ms: number) => (clock += ms) };
  }

  it("writes one line per cause per minute, and then how many it left out", () => {
    const { lines, report, advance } = logAt();
    // A request every 61 ms for 61 s: the first minute's 984 requests give one line, the next one the second.
    for (let request = 0; request < 1000; request++) {
      report("directory", unreachable);
      advance(61);
    }
    const line =
      "directory: database unavailable: DATABASE_URL points at a server that cannot be reached: Can't reach database server at `db:5432`";
    expect(lines).toEqual([line, `${line} (and 983 more time(s) in the minute before)`]);
  });

  it("writes a new cause at once, and the same cause from another part of the app as its own line", () => {
    const { lines, report } = logAt();
    report("directory", unreachable);
    report("directory", new DatabaseDeadlineError(2000));
    report("training", unreachable);
    report("directory", unreachable);
    expect(lines).toEqual([
      "directory: database unavailable: DATABASE_URL points at a server that cannot be reached: Can't reach database server at `db:5432`",
      "directory: database unavailable: the database did not answer within 2000 ms",
      "training: database unavailable: DATABASE_URL points at a server that cannot be reached: Can't reach database server at `db:5432`",
    ]);
  });
});

describe("the database deadline", () => {
  it("gives up on work that does not end in time, and passes on work that does", async () => {
    await expect(withinDeadline(new Promise(() => {}), 50)).rejects.toBeInstanceOf(DatabaseDeadlineError);
    await expect(withinDeadline(Promise.resolve("answer"), 50)).resolves.toBe("answer");
  });

  it("leaves no unhandled rejection when the work fails after the deadline", async () => {
    const late = new Promise((_, reject) => setTimeout(() => reject(new Error("late")), 80));
    await expect(withinDeadline(late, 20)).rejects.toBeInstanceOf(DatabaseDeadlineError);
    await new Promise((resolve) => setTimeout(resolve, 100));
  });
});
