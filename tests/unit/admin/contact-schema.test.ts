import { describe, expect, it } from "vitest";
import { contactFieldsSchema, fieldErrors } from "@/lib/admin/contact-schema";

const valid = {
  body: "SSP",
  unit: "municipality:101",
  nameDa: "SSP København",
  nameEn: "SSP Copenhagen",
  phone: "",
  email: "",
  url: "https://www.kk.dk/ssp",
  hoursDa: "",
  hoursEn: "",
  notes: "",
  source: "https://www.kk.dk/ssp",
  sourceDate: "",
  verifiedAt: "2026-11-02",
  verifiedBy: "Redaktionen",
  nextReviewAt: "",
};

const problems = (input: Record<string, string>) => {
  const parsed = contactFieldsSchema.safeParse(input);
  return parsed.success ? {} : fieldErrors(parsed.error.issues);
};

describe("a contact's fields", () => {
  it("keeps a checked contact with empty fields left out and the review due a year after the check", () => {
    const parsed = contactFieldsSchema.parse({ ...valid, phone: "+45 33 66 33 66" });
    expect(parsed).toMatchObject({ phone: "33 66 33 66", nextReviewAt: "2027-11-02", unit: "municipality:101" });
    expect(parsed.email).toBeUndefined();
    expect(parsed.notes).toBeUndefined();
  });

  it("names each field's problem with a message key", () => {
    expect(
      problems({ ...valid, unit: "municipality:999", nameDa: " ", email: "ikke en adresse", url: "ftp://kk.dk", verifiedAt: "2026-13-01" }),
    ).toEqual({ unit: "unit", nameDa: "required", email: "email", url: "url", verifiedAt: "date" });
    expect(problems({ ...valid, phone: "5555" })).toEqual({ phone: "phone" });
    expect(problems({ ...valid, phone: "1234" })).toEqual({ phone: "shortNumber" });
  });

  it("asks for at least one channel, keeps 112 and 114 to the bodies they belong to, and refuses dates out of order", () => {
    expect(problems({ ...valid, url: "" })).toEqual({ phone: "noChannel" });
    expect(problems({ ...valid, phone: "112" })).toEqual({ phone: "shortNumber" });
    expect(problems({ ...valid, body: "POLICE", unit: "district:koebenhavns-politi", phone: "114" })).toEqual({});
    expect(problems({ ...valid, verifiedAt: "2999-01-01" })).toEqual({ verifiedAt: "future" });
    expect(problems({ ...valid, nextReviewAt: "2026-11-01" })).toEqual({ nextReviewAt: "reviewBeforeVerified" });
    expect(problems({ ...valid, sourceDate: "juni 2024" })).toEqual({ sourceDate: "sourceDate" });
    expect(problems({ ...valid, notes: "x".repeat(1001) })).toEqual({ notes: "tooLong" });
  });
});
