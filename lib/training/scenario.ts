import { z } from "zod";
import { answersSchema } from "../journey/answers-schema";
import { RULE_IDS } from "@/machines/rules";
import { BODY_KEYS, DUTY_KEYS, WORKPLACES } from "@/machines/vocabulary";

/** The longest text of a case (a narrative is about 800 characters), and the most items in one of its lists. */
export const MAX_CASE_TEXT = 4000;
const MAX_ITEMS = 20;
const localised = z.strictObject({ da: z.string().min(1).max(MAX_CASE_TEXT), en: z.string().min(1).max(MAX_CASE_TEXT) });
/** A text of a case written in the administration: Danish first, English ("" while it is missing) optional. */
const danishFirst = z.strictObject({ da: z.string().trim().min(1).max(MAX_CASE_TEXT), en: z.string().trim().max(MAX_CASE_TEXT) });

/** A scenario's slug: lower-case words joined by hyphens. */
export const SCENARIO_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const MAX_SLUG_LENGTH = 80;

// Paths under /traening that are pages of their own, so no scenario may take them as its slug.
export const RESERVED_SLUGS = ["model", "rum", "deltag", "kort", "styr", "projektor"] as const;

const slugSchema = z
  .string()
  .max(MAX_SLUG_LENGTH)
  .regex(SCENARIO_SLUG, "lower-case words joined by hyphens")
  .refine((slug) => !(RESERVED_SLUGS as readonly string[]).includes(slug), "a path of its own under /traening");

/** The expected route as a case names it: the rule is the engine's name for it. */
const expectedSchema = z.strictObject({
  rule: z.enum(RULE_IDS),
  primary: z.enum(BODY_KEYS),
  also: z.array(z.enum(BODY_KEYS)),
  duties: z.array(z.enum(DUTY_KEYS)),
});

/** A list of a case's texts, in English for every item or (while it is missing) for none, so that the lines pair. */
const listOf = <Text extends typeof localised | typeof danishFirst>(text: Text) =>
  z
    .array(text)
    .min(1)
    .max(MAX_ITEMS)
    .refine(
      (items) => items.every((item) => item.en === "") || items.every((item) => item.en !== ""),
      "English for every item or for none",
    );

/** The one shape of a case, with the text a language may hold: both languages for the library, Danish first for a case a trainer writes. */
function caseSchema<Text extends typeof localised | typeof danishFirst>(text: Text) {
  const sourceSchema = z.strictObject({ note: text, url: z.url({ protocol: /^https$/ }), shownAt: z.iso.date() });
  return z
    .strictObject({
      slug: slugSchema,
      workplace: z.enum(WORKPLACES),
      title: text,
      teaser: text,
      narrative: text,
      answers: answersSchema,
      expected: expectedSchema,
      /** Only for a hard case: the plausible first instinct the model corrects. */
      firstInstinct: text.optional(),
      learningPoints: listOf(text),
      discussionQuestions: listOf(text),
      /** Where a fact in a scenario comes from, with the date the source shows (or the date it was read). */
      sources: z.array(sourceSchema).min(1).max(MAX_ITEMS),
    })
    .refine(({ workplace, answers }) => answers.workplace === undefined || answers.workplace === workplace, {
      message: "the workplace answer is the scenario's workplace",
      path: ["answers", "workplace"],
    });
}

/**
 * One training case: the one definition that the seed data, the database rows,
 * the pages and the engine check all read.
 */
export const scenarioSchema = caseSchema(localised);
export type Scenario = z.infer<typeof scenarioSchema>;

/** A case as a trainer writes it and a case pack carries it: its English may be missing (""). */
export const authoredCaseSchema = caseSchema(danishFirst);
export type AuthoredCase = z.infer<typeof authoredCaseSchema>;
