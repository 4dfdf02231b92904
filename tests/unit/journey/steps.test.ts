import { describe, expect, it } from "vitest";
import municipalities from "@/prisma/seed-data/municipalities.json" with { type: "json" };
import { MUNICIPALITY_NAMES } from "@/lib/directory/municipality-names";
import { REQUIRED } from "@/lib/journey/step-definition";
import { STEPS, stepDefinition } from "@/lib/journey/steps";
import { ANSWER_OPTIONS } from "@/machines/answer-domain";
import { STEP_IDS } from "@/machines/vocabulary";

describe("the question steps", () => {
  it.each(STEP_IDS)("%s offers exactly the answers the statechart accepts", (step) => {
    const definition = stepDefinition(step);
    const answers = definition.options.map((option) => definition.answersFor(option.value)[step]);
    if (step === "municipalityCode") {
      expect(answers).toHaveLength(98);
    } else {
      expect(new Set(answers)).toEqual(new Set<unknown>(ANSWER_OPTIONS[step]));
    }
  });

  it.each(STEP_IDS)("%s has every text in Danish and English, and a unique slug and URL letter", (step) => {
    const definition = stepDefinition(step);
    for (const text of [definition.question, definition.error, ...definition.options.map((o) => o.label)]) {
      expect(text.da.trim()).not.toBe("");
      expect(text.en.trim()).not.toBe("");
    }
    const others = STEP_IDS.filter((other) => other !== step).map((other) => STEPS[other]);
    expect(others.map((other) => other.slug)).not.toContain(definition.slug);
    expect(others.map((other) => other.urlKey)).not.toContain(definition.urlKey);
  });

  it("rejects a missing or unknown answer with the required code, which the page turns into its own words", () => {
    const schema = stepDefinition("concern").schema;
    for (const answer of [undefined, "", "weather"]) {
      const result = schema.safeParse({ answer });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe(REQUIRED);
    }
    expect(schema.safeParse({ answer: "travel" }).success).toBe(true);
  });

  it("lists the same 98 municipalities for the browser as the directory seed", () => {
    expect(MUNICIPALITY_NAMES.map(([code, name]) => ({ code, name }))).toEqual(municipalities.map(({ code, name }) => ({ code, name })));
  });
});
