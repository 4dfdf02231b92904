import { describe, expect, it } from "vitest";
import { formatDate, todayInDenmark } from "@/lib/dates";

describe("the date on the handover note", () => {
  it("is the Danish date, not the server's UTC date, just after midnight", () => {
    expect(todayInDenmark(new Date("2026-11-28T23:30:00Z"))).toBe("2026-11-29"); // 00:30 in winter (UTC+1)
    expect(todayInDenmark(new Date("2026-06-30T22:30:00Z"))).toBe("2026-07-01"); // 00:30 in summer (UTC+2)
  });

  it("stays on the same day until Danish midnight", () => {
    expect(todayInDenmark(new Date("2026-11-28T22:59:00Z"))).toBe("2026-11-28");
  });

  it("is written out in the page's language", () => {
    expect(formatDate("2026-11-29", "da")).toBe("29. november 2026");
    expect(formatDate("2026-11-29", "en")).toBe("29 November 2026");
  });
});
