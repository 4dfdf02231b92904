import { describe, expect, it } from "vitest";
import { mayApprove, mayEditUnit, type AdminScope } from "@/lib/admin/roles";
import type { UnitKey } from "@/lib/directory/units";

const national: AdminScope = { role: "NATIONAL", policeDistrictId: null, municipalityCodes: [] };
const district: AdminScope = { role: "DISTRICT_EDITOR", policeDistrictId: "oestjyllands-politi", municipalityCodes: [] };
const municipalities: AdminScope = { role: "MUNICIPALITY_EDITOR", policeDistrictId: null, municipalityCodes: ["101", "147"] };
const trainer: AdminScope = { role: "TRAINER", policeDistrictId: null, municipalityCodes: [] };

const UNITS: UnitKey[] = [
  "national",
  "region:hovedstaden",
  "district:oestjyllands-politi",
  "district:koebenhavns-politi",
  "municipality:101",
  "municipality:751",
];

describe("who may change which contacts", () => {
  it.each([
    ["a national administrator", national, UNITS],
    ["a district editor", district, ["district:oestjyllands-politi"]],
    ["a municipality editor", municipalities, ["municipality:101"]],
    ["a trainer", trainer, []],
  ] as const)("%s edits exactly their units", (_, scope, allowed) => {
    expect(UNITS.filter((unit) => mayEditUnit(scope, unit))).toEqual(allowed);
  });

  it("lets another administrator with scope over every unit approve a change, never its author", () => {
    const change = { authorEmail: "kbh@example.dk", units: ["municipality:101"] as UnitKey[] };
    expect(mayApprove({ ...national, email: "anne@example.dk" }, change)).toBe(true);
    expect(mayApprove({ ...municipalities, email: "kbh@example.dk" }, change)).toBe(false);
    expect(mayApprove({ ...municipalities, email: "frb@example.dk" }, change)).toBe(true);
    expect(mayApprove({ ...municipalities, email: "frb@example.dk" }, { ...change, units: ["municipality:101", "municipality:751"] })).toBe(
      false,
    );
    expect(mayApprove({ ...trainer, email: "t@example.dk" }, change)).toBe(false);
  });
});
