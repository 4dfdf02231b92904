import { describe, expect, it } from "vitest";
import { DUTIES } from "../../../machines/duties";
import { RULE_IDS, RULES } from "../../../machines/rules";
import { DUTY_KEYS } from "../../../machines/vocabulary";

// Which rule wins for which answers is checked against the oracle in tests/model.
describe("the rules table", () => {
  it("gives each rule its own id", () => {
    expect(new Set(RULE_IDS).size).toBe(RULES.length);
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
});
