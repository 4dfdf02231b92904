import { describe, expect, it } from "vitest";
import { directoryHealth, type HealthContact, type HealthRow } from "@/lib/admin/directory-health";
import { isOverdue, REPORT_OVERDUE_DAYS } from "@/lib/admin/open-report";
import type { UnitKey } from "@/lib/directory/units";
import type { BodyKey } from "@/machines/vocabulary";

const TODAY = "2027-03-01";
const FRESH = "2027-12-01";
const OVERDUE = "2027-02-28";

const contact = (id: string, body: BodyKey, unit: UnitKey, nextReviewAt = FRESH, retiredAt?: string): HealthContact => ({
  id,
  body,
  unit,
  nextReviewAt,
  ...(retiredAt ? { retiredAt } : {}),
});

// København has a current SSP contact, Frederiksberg an overdue one, Ballerup only a retired one, and Brøndby's has a change waiting.
const units = { municipalityCodes: ["101", "147", "151", "153"], policeDistrictIds: ["kbh", "vestegn"], regionIds: ["hovedstaden"] };

const contacts = [
  contact("ssp-101", "SSP", "municipality:101"),
  contact("ssp-147", "SSP", "municipality:147", OVERDUE),
  contact("ssp-151-old", "SSP", "municipality:151", FRESH, "2026-12-01"),
  contact("ssp-153", "SSP", "municipality:153"),
  contact("infohouse-kbh", "INFOHOUSE", "district:kbh", OVERDUE),
  contact("cde", "CDE", "national"),
  contact("viso", "VISO", "national", OVERDUE),
];

const health = (input: Partial<Parameters<typeof directoryHealth>[0]> = {}) =>
  directoryHealth({ contacts, pendingContactIds: new Set(["ssp-153"]), units, today: TODAY, ...input });

const rowOf = (rows: HealthRow[], kind: HealthRow["kind"], level: HealthRow["level"]) => {
  const row = rows.find((candidate) => candidate.kind === kind && candidate.level === level);
  if (!row) throw new Error(`No row for ${kind} at ${level}`);
  return row;
};

describe("the directory's health", () => {
  it("counts a body's municipalities by whether their own contact is current, overdue, waiting or missing", () => {
    expect(rowOf(health(), "SSP", "municipality")).toEqual({
      kind: "SSP",
      level: "municipality",
      units: 4,
      verified: 2,
      stale: 1,
      pending: 1,
      fallback: [{ body: "SSP", unit: "municipality:151" }],
    });
  });

  it("counts a contact due for review today as current, and one due yesterday as stale", () => {
    const rows = health({ contacts: [contact("ssp-101", "SSP", "municipality:101", TODAY)] });
    expect(rowOf(rows, "SSP", "municipality")).toMatchObject({ verified: 1, stale: 0 });
    const overdue = health({ contacts: [contact("ssp-101", "SSP", "municipality:101", "2027-02-28")] });
    expect(rowOf(overdue, "SSP", "municipality")).toMatchObject({ verified: 0, stale: 1 });
  });

  it("lists every unit of an expected body when the directory has no contact for it", () => {
    const rows = health();
    expect(rowOf(rows, "MUNICIPALITY", "municipality").fallback.map((slot) => slot.unit)).toEqual([
      "municipality:101",
      "municipality:147",
      "municipality:151",
      "municipality:153",
    ]);
    expect(rowOf(rows, "KSP", "district")).toMatchObject({
      units: 2,
      verified: 0,
      fallback: [{ unit: "district:kbh" }, { unit: "district:vestegn" }],
    });
    expect(rowOf(rows, "INFOHOUSE", "district")).toMatchObject({
      units: 2,
      verified: 0,
      stale: 1,
      fallback: [{ unit: "district:vestegn" }],
    });
    expect(rowOf(rows, "PSP", "region")).toMatchObject({ units: 1, fallback: [{ body: "PSP", unit: "region:hovedstaden" }] });
  });

  it("gathers the national bodies in one row, leaving out 112, 114 and the hotline, which reach workers from code", () => {
    const national = rowOf(health(), "national", "national");
    expect(national).toMatchObject({ level: "national", units: 6, verified: 1, stale: 1, pending: 0 });
    expect(national.fallback).toEqual([
      { body: "KRIMINALFORSORGEN", unit: "national" },
      { body: "STUK", unit: "national" },
      { body: "NFC_EXIT", unit: "national" },
      { body: "PET", unit: "national" },
    ]);
  });

  it("counts a national contact of a body reached from code once the directory holds one", () => {
    const rows = health({ contacts: [contact("hotline", "HOTLINE", "national", OVERDUE)] });
    expect(rowOf(rows, "national", "national")).toMatchObject({ units: 7, verified: 0, stale: 1 });
  });

  it("gives a row to a body held at a level where none is expected, so that every contact is counted", () => {
    const rows = health({ contacts: [contact("ssp-vestegn", "SSP", "district:vestegn")] });
    expect(rowOf(rows, "SSP", "district")).toMatchObject({ units: 2, verified: 1, fallback: [{ unit: "district:kbh" }] });
    expect(health().some((row) => row.kind === "SSP" && row.level === "district")).toBe(false);
  });

  it("counts the units passed in, not a fixed number", () => {
    const rows = health({ units: { municipalityCodes: ["101"], policeDistrictIds: [], regionIds: [] } });
    expect(rowOf(rows, "SSP", "municipality")).toMatchObject({ units: 1, verified: 1, fallback: [] });
    expect(rowOf(rows, "KSP", "district")).toMatchObject({ units: 0, fallback: [] });
  });
});

describe("a worker's report about a contact", () => {
  it("is flagged on the health page once it has waited more than 90 days without action", () => {
    const now = new Date("2026-12-07T12:00:00Z");
    const daysAgo = (days: number) => ({ createdAt: new Date(now.getTime() - days * 24 * 60 * 60 * 1000) });
    expect(isOverdue(daysAgo(REPORT_OVERDUE_DAYS), now)).toBe(false);
    expect(isOverdue(daysAgo(REPORT_OVERDUE_DAYS + 1), now)).toBe(true);
  });
});
