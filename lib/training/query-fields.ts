import type { BodyKey, DutyKey } from "@/machines/vocabulary";

// The training pages' query parameters. Without zod: the question pages' navigation imports this through
// lib/journey/paths.ts.

/** What-if: the variation's answers, and the answer to a question the variation brings. */
export const WHAT_IF_FIELDS = { variation: "b", newAnswer: "svar" } as const;

/** The guess page shown again because no first contact was chosen. */
export const GUESS_ERROR = { name: "fejl", value: "1" } as const;

/** The library's filter: a workplace and the rule a case reaches. */
export const LIBRARY_FILTER_FIELDS = { workplace: "rolle", rule: "regel", area: "sager" } as const;

// The query parameters of a guess; a checkbox group repeats its name.
export const GUESS_FIELDS = { first: "forst", also: "ogsaa", duties: "pligt" } as const;

export function guessQuery(guess: { first: BodyKey; also: readonly BodyKey[]; duties: readonly DutyKey[] }): string {
  const params = new URLSearchParams([[GUESS_FIELDS.first, guess.first]]);
  for (const body of guess.also) params.append(GUESS_FIELDS.also, body);
  for (const duty of guess.duties) params.append(GUESS_FIELDS.duties, duty);
  return params.toString();
}
