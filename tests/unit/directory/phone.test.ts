import { describe, expect, it } from "vitest";
import { isDanishPhone, normalisePhone } from "@/lib/directory/phone";
import type { BodyKey } from "@/machines/vocabulary";

// Each row: as typed, for which body, and the number as the directory writes it (undefined: refused).
const NUMBERS: [typed: string, body: BodyKey, written: string | undefined][] = [
  ["96301448", "SSP", "96 30 14 48"],
  ["96 30 14 48", "SSP", "96 30 14 48"],
  ["+45 96 30 14 48", "SSP", "96 30 14 48"],
  ["+4596301448", "SSP", "96 30 14 48"],
  ["0045 96 30 14 48", "SSP", "96 30 14 48"],
  ["(+45) 96 30 14 48", "SSP", "96 30 14 48"],
  ["96.30.14.48", "SSP", "96 30 14 48"],
  ["96-30-14-48", "SSP", "96 30 14 48"],
  ["(96) 30 14 48", "SSP", "96 30 14 48"],
  [" 20 10 20 30 ", "HOTLINE", "20 10 20 30"],
  ["112", "EMERGENCY", "112"],
  ["114", "POLICE", "114"],
  ["114", "INFOHOUSE", "114"],
  ["114", "KSP", "114"],
  ["+45 114", "POLICE", "114"],
  ["112", "SSP", undefined],
  ["114", "SSP", undefined],
  ["112", "POLICE", undefined],
  ["114", "EMERGENCY", undefined],
  ["1813", "MUNICIPALITY", undefined],
  ["1234", "POLICE", undefined],
  ["9630144", "SSP", undefined],
  ["963014481", "SSP", undefined],
  ["06301448", "SSP", undefined],
  ["16301448", "SSP", undefined],
  ["0045 06 30 14 48", "SSP", undefined],
  ["+46 96 30 14 48", "SSP", undefined],
  ["96 30 14 4B", "SSP", undefined],
  ["ring 96301448", "SSP", undefined],
  ["", "SSP", undefined],
];

describe("a Danish phone number", () => {
  it.each(NUMBERS)("%j for %s is %j", (typed, body, written) => {
    expect(isDanishPhone(typed, body)).toBe(written !== undefined);
    if (written !== undefined) expect(normalisePhone(typed)).toBe(written);
  });

  it("tells a short number a body may not have from something that is not a number at all", () => {
    expect(normalisePhone("1813")).toBe("1813");
    expect(normalisePhone("112")).toBe("112");
    expect(normalisePhone("5555")).toBeUndefined();
    expect(normalisePhone("1")).toBeUndefined();
    expect(normalisePhone("12345")).toBeUndefined();
  });
});
