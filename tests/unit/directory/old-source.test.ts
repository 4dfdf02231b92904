import { describe, expect, it } from "vitest";
import { oldSourceYear, type Contact } from "@/lib/directory/contact";

const today = "2026-12-01";
const contact = (overrides: Partial<Contact>): Contact => ({
  target: "contact:ssp-169",
  body: "SSP",
  name: "SSP Høje-Taastrup",
  phone: "29 62 19 70",
  source: "https://www.htk.dk/ssp",
  verifiedAt: today,
  fallback: false,
  ...overrides,
});

describe("a contact to check before use", () => {
  it("is one whose page is more than two years old, with the year to show", () => {
    expect(oldSourceYear(contact({ sourceDate: "2016-06-06" }), today)).toBe("2016");
    expect(oldSourceYear(contact({ sourceDate: "2025-03" }), today)).toBeUndefined();
    expect(oldSourceYear(contact({}), today)).toBeUndefined();
  });

  it("includes a municipality's switchboard standing in for a body, but not a police district reached on 114", () => {
    expect(oldSourceYear(contact({ fallback: true, phone: "43 59 10 00", sourceDate: "2016" }), today)).toBe("2016");
    expect(oldSourceYear(contact({ body: "INFOHOUSE", fallback: true, phone: "114", sourceDate: "2022-01-18" }), today)).toBeUndefined();
  });
});
