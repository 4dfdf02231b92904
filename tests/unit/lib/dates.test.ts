import { describe, expect, it } from "vitest";
import { formatDate, needsRecheck, todayInDenmark } from "@/lib/dates";

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

  it("is written as precisely as a source gives it: a month, or only a year", () => {
    expect(formatDate("2024-06", "da")).toBe("juni 2024");
    expect(formatDate("2024-06", "en")).toBe("June 2024");
    expect(formatDate("2019", "da")).toBe("2019");
  });
});

describe("a source that must be checked before use", () => {
  const today = "2026-12-01";

  it("is one dated more than two years ago", () => {
    expect(needsRecheck("2024-11-30", today)).toBe(true);
    expect(needsRecheck("2024-12-01", today)).toBe(false);
  });

  it("counts a month or a year as its last day, so a page dated only 2024 is not yet old", () => {
    expect(needsRecheck("2024", today)).toBe(false);
    expect(needsRecheck("2023", today)).toBe(true);
    expect(needsRecheck("2024-11", today)).toBe(true);
    expect(needsRecheck("2024-12", today)).toBe(false);
  });
});
