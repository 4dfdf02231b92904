import { z } from "zod";
import { REACHED_THROUGH_OTHERS } from "../directory/contact";
import { singleValue, type SearchParams } from "../http/request-fields";
import { GUESS_FIELDS } from "./query-fields";
import { BODY_KEYS, DUTY_KEYS } from "@/machines/vocabulary";

/** The bodies a trainee may name: all but those nobody contacts directly (PET). */
export const GUESSABLE_BODIES = BODY_KEYS.filter((body) => !REACHED_THROUGH_OTHERS.has(body));

const many = <T extends z.ZodType>(item: T) => z.preprocess((value) => (value === undefined ? [] : [value].flat()), z.array(item));

/** What a trainee names before the reveal: the first body, and optionally the others and the duties. */
export const guessSchema = z.object({
  first: z.enum(GUESSABLE_BODIES),
  also: many(z.enum(GUESSABLE_BODIES)),
  duties: many(z.enum(DUTY_KEYS)),
});

export type Guess = z.infer<typeof guessSchema>;

/** A guess from a query string (or a submitted form), or undefined when there is none or it is not valid. */
export function readGuess(search: SearchParams): Guess | undefined {
  const parsed = guessSchema.safeParse({
    first: singleValue(search[GUESS_FIELDS.first]),
    also: search[GUESS_FIELDS.also],
    duties: search[GUESS_FIELDS.duties],
  });
  return parsed.success ? parsed.data : undefined;
}
