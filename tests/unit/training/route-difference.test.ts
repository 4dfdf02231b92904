import { describe, expect, it } from "vitest";
import { answerDifferences, routeChanges } from "@/lib/training/route-difference";

describe("where a trainee's answers part from the case's", () => {
  it("lists each question answered differently, and one only one of them asked", () => {
    const differences = answerDifferences(
      { acuteDanger: false, crimeSuspected: "yes", workplace: "education" },
      ["acuteDanger", "crimeSuspected", "workplace"],
      { acuteDanger: false, crimeSuspected: "no", concern: "radicalisation", workplace: "education" },
      ["acuteDanger", "crimeSuspected", "concern", "workplace"],
    );
    expect(differences).toEqual([
      { step: "crimeSuspected", given: "yes", expected: "no" },
      { step: "concern", given: undefined, expected: "radicalisation" },
    ]);
  });

  it("finds none when the answers agree", () => {
    expect(answerDifferences({ acuteDanger: true }, ["acuteDanger"], { acuteDanger: true }, ["acuteDanger"])).toEqual([]);
  });
});

describe("what changes between two routes", () => {
  it("says a swap of the first contact once, and the duties that come and go", () => {
    const changes = routeChanges(
      { rule: "R8d", primary: "SSP", also: ["INFOHOUSE", "MUNICIPALITY"], duties: ["NOTIFY_MUNICIPALITY", "SHARING_115"] },
      { rule: "R8f", primary: "INFOHOUSE", also: ["MUNICIPALITY"], duties: ["SHARING_115"] },
    );
    expect(changes).toEqual([
      { kind: "primary", from: "SSP", to: "INFOHOUSE" },
      { kind: "dutyRemoved", duty: "NOTIFY_MUNICIPALITY" },
    ]);
  });

  it("lists bodies added and removed", () => {
    const changes = routeChanges(
      { rule: "R8f", primary: "INFOHOUSE", also: ["MUNICIPALITY"], duties: [] },
      { rule: "R9", primary: "INFOHOUSE", also: ["VISO"], duties: [] },
    );
    expect(changes).toEqual([
      { kind: "alsoAdded", body: "VISO" },
      { kind: "alsoRemoved", body: "MUNICIPALITY" },
    ]);
  });
});
