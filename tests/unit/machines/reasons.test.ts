import { describe, expect, it } from "vitest";
import { REASON_TEXTS } from "../../../machines/reason-texts";
import { explainRoute } from "../../../machines/reasons";
import { replayAnswers } from "../../../machines/replay";
import { DUTY_KEYS, RULE_IDS, type Answers, type Outcome } from "../../../machines/vocabulary";
import { everyFullAnswerSet } from "../../model/answer-space";
import { TEACHER_ANSWERS } from "../../helpers/personas";

function complete(answers: Answers): Outcome {
  const result = replayAnswers(answers);
  if (result.status !== "complete") throw new Error(`incomplete: ${JSON.stringify(answers)}`);
  return result.outcome;
}

const teacher: Answers = TEACHER_ANSWERS;

describe("explainRoute", () => {
  const cases = [...everyFullAnswerSet()].map((answers) => ({ answers, outcome: complete(answers) }));

  it("gives non-empty sentences in both languages for every route, covering every rule and duty", () => {
    const rules = new Set<string>();
    const duties = new Set<string>();
    for (const { answers, outcome } of cases) {
      const da = explainRoute(answers, outcome, "da");
      const en = explainRoute(answers, outcome, "en");
      expect(da.length, JSON.stringify(answers)).toBeGreaterThan(0);
      expect(en.length).toBe(da.length);
      for (const sentence of [...da, ...en]) {
        expect(sentence.trim()).not.toBe("");
        expect(sentence).not.toContain("{role}");
        expect(sentence).toMatch(/[.!]$/);
      }
      rules.add(outcome.rule);
      outcome.duties.forEach((duty) => duties.add(duty));
    }
    expect([...rules].sort()).toEqual([...RULE_IDS].sort());
    expect([...duties].sort()).toEqual([...DUTY_KEYS].sort());
  });

  it("uses every text in the table on some route", () => {
    const said = new Set(cases.flatMap(({ answers, outcome }) => explainRoute(answers, outcome, "da")));
    const all = [...said].join("\n");
    for (const [id, text] of Object.entries(REASON_TEXTS)) {
      const fixedPart = text.da.split("{role}")[0] ?? "";
      expect(all.includes(fixedPart), id).toBe(true);
    }
  });

  it("says why SSP is first for a pupil under 18 (R8d)", () => {
    const outcome = complete(teacher);
    expect(outcome.rule).toBe("R8d");
    expect(explainRoute(teacher, outcome, "da")).toContain("Personen er under 18 år, så SSP i bopælskommunen er første kontakt.");
    expect(explainRoute(teacher, outcome, "en")).toContain(
      "The person is under 18, so SSP in their home municipality is the first contact.",
    );
    expect(explainRoute(teacher, outcome, "da").join(" ")).toContain("skærpet underretningspligt");
  });

  it("keeps the duty to notify on the advice route and places SSP after the hotline", () => {
    const answers = { ...teacher, adviceFirst: true };
    const da = explainRoute(answers, complete(answers), "da");
    expect(da[0]).toContain("Hotline mod radikalisering");
    expect(da).toContain("Personen er under 18 år, så SSP i bopælskommunen er næste kontakt, når du har fået råd.");
    expect(da).toContain("Pligten til at underrette kommunen gælder, selv om du først søger råd.");
  });

  it("explains an emergency with 112 only", () => {
    const outcome: Outcome = { rule: "R0", primary: "EMERGENCY", also: [], duties: [] };
    expect(explainRoute({}, outcome, "da")).toEqual(["Der er akut fare for liv eller helbred, så ring 112 nu."]);
  });
});
