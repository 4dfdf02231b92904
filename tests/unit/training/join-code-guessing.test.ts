import { describe, expect, it } from "vitest";
import { lookUpCode } from "@/lib/training/room/room-api.server";

const NOW = new Date("2026-12-01T09:00:00Z");

/** Looks up a code for `client`, counting the lookups made; `exists` says whether the code leads to a session. */
function lookups(client: string, exists: boolean) {
  const made = { count: 0 };
  const lookUp = () =>
    lookUpCode(
      client,
      NOW,
      async () => {
        made.count += 1;
        return exists ? { found: "session" } : ("not_found" as const);
      },
      (found) => found === "not_found",
    );
  return { made, lookUp };
}

describe("looking up join codes", () => {
  it("refuses a client that guesses codes, before it looks them up, and says when to try again", async () => {
    const guesser = lookups("198.51.100.20", false);
    const outcomes = await Promise.all(Array.from({ length: 100 }, guesser.lookUp));
    const refused = outcomes.filter((outcome) => typeof outcome === "object");
    console.log(`100 guesses at once: ${guesser.made.count} looked up, ${refused.length} refused`);
    expect(guesser.made.count).toBeLessThanOrEqual(30);
    expect(refused[0]).toEqual({ throttled: expect.any(Number) });
    // Another client is not held back.
    const other = lookups("198.51.100.21", false);
    expect(await other.lookUp()).toBe("not_found");
  });

  it("does not count codes that lead to a session, so a classroom's phones and the projector may poll", async () => {
    const classroom = lookups("198.51.100.30", true);
    // Polls arrive one after another (a phone every 3 s, the projector every second), each answered in milliseconds.
    for (let poll = 0; poll < 200; poll++) expect(await classroom.lookUp()).toEqual({ found: "session" });
    expect(classroom.made.count).toBe(200);
  });
});
