import { describe, expect, it } from "vitest";
import { BodyKey as DatabaseBodyKey } from "@/lib/generated/prisma/enums";
import da from "@/messages/da.json";
import en from "@/messages/en.json";
import { BODY_KEYS } from "@/machines/vocabulary";

// A new body kind needs a name on the result page and a value in the database's enum
// (a schema change and a migration); forgetting either fails here rather than on a page.
describe("every body kind", () => {
  it("has a name in Danish and in English", () => {
    for (const body of BODY_KEYS) {
      expect(da.bodies[body]?.trim(), body).toBeTruthy();
      expect(en.bodies[body]?.trim(), body).toBeTruthy();
    }
    expect(Object.keys(da.bodies).sort()).toEqual([...BODY_KEYS].sort());
  });

  it("is a value of the database's BodyKey enum, and the enum holds nothing else", () => {
    expect(Object.values(DatabaseBodyKey).sort()).toEqual([...BODY_KEYS].sort());
  });
});
