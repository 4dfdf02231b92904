import { describe, expect, it } from "vitest";
import { DUTIES } from "../../../machines/duties";
import { referralMachine } from "../../../machines/referral.machine";
import { RULES } from "../../../machines/rules";
import { DUTY_KEYS, RULE_IDS } from "../../../machines/vocabulary";

describe("the rules table", () => {
  it("holds every rule id exactly once", () => {
    expect(RULES.map((rule) => rule.id).sort()).toEqual([...RULE_IDS].sort());
  });

  it("gives every rule and duty a description and at least one sourced URL", () => {
    for (const entry of [...RULES, ...DUTY_KEYS.map((key) => DUTIES[key])]) {
      expect(entry.description.trim()).not.toBe("");
      expect(entry.sources.length).toBeGreaterThan(0);
      for (const source of entry.sources) {
        expect(source.ref.trim()).not.toBe("");
        expect(source.url).toMatch(/^https?:\/\/\S+$/);
      }
    }
  });

  it("is what the machine's check-answers guards follow, in first-match order", () => {
    const transitions = referralMachine.root.states.checkAnswers?.transitions.get("answers.confirmed") ?? [];
    const guarded = transitions.map((t) => {
      const guard = t.guard as { type: string; params: { rule: string } };
      return { guard: guard.type, rule: guard.params.rule, target: t.target?.[0]?.key };
    });
    const expected = RULES.filter((rule) => rule.id !== "R0").map((rule) => ({
      guard: "ruleMatches",
      rule: rule.id,
      target: rule.id,
    }));
    expect(guarded).toEqual(expected);
  });
});
