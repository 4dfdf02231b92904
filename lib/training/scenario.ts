import { z } from "zod";
import { answersSchema } from "../journey/answers-schema";
import { RULE_IDS } from "@/machines/rules";
import { BODY_KEYS, DUTY_KEYS, WORKPLACES } from "@/machines/vocabulary";

const localised = z.strictObject({ da: z.string().min(1), en: z.string().min(1) });

/** A scenario's slug: lower-case words joined by hyphens. */
export const SCENARIO_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// Paths under /traening that are pages of their own, so no scenario may take them as its slug.
export const RESERVED_SLUGS = ["model", "rum", "deltag", "kort", "styr"] as const;

/** Where a fact in a scenario comes from, with the date the source shows (or the date it was read). */
const scenarioSourceSchema = z.strictObject({
  note: localised,
  url: z.url({ protocol: /^https$/ }),
  shownAt: z.iso.date(),
});

/**
 * One training case: the one definition that the seed data, the database rows,
 * the pages and the engine check all read.
 */
export const scenarioSchema = z
  .strictObject({
    slug: z
      .string()
      .regex(SCENARIO_SLUG, "lower-case words joined by hyphens")
      .refine((slug) => !(RESERVED_SLUGS as readonly string[]).includes(slug), "a path of its own under /traening"),
    workplace: z.enum(WORKPLACES),
    title: localised,
    teaser: localised,
    narrative: localised,
    answers: answersSchema,
    expected: z.strictObject({
      rule: z.enum(RULE_IDS),
      primary: z.enum(BODY_KEYS),
      also: z.array(z.enum(BODY_KEYS)),
      duties: z.array(z.enum(DUTY_KEYS)),
    }),
    /** Only for a hard case: the plausible first instinct the model corrects. */
    firstInstinct: localised.optional(),
    learningPoints: z.array(localised).min(1),
    discussionQuestions: z.array(localised).min(1),
    sources: z.array(scenarioSourceSchema).min(1),
  })
  .refine(({ workplace, answers }) => answers.workplace === undefined || answers.workplace === workplace, {
    message: "the workplace answer is the scenario's workplace",
    path: ["answers", "workplace"],
  });

export type Scenario = z.infer<typeof scenarioSchema>;
