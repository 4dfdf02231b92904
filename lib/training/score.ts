import { GUESSABLE_BODIES, type Guess } from "./guess";
import type { BodyKey, DutyKey, Outcome } from "@/machines/vocabulary";

/** One point of a trainee's guess against the model's route; the page says each in one sentence. */
export type ScorePoint =
  | { kind: "first"; right: true; body: BodyKey }
  | { kind: "first"; right: false; guessed: BodyKey; expected: BodyKey }
  | { kind: "also"; right: boolean; body: BodyKey }
  | { kind: "alsoNotOnRoute"; body: BodyKey }
  | { kind: "duty"; right: boolean; duty: DutyKey }
  | { kind: "dutyNotOnRoute"; duty: DutyKey };

export type Score = { points: ScorePoint[]; score: number; outOf: number };

type Expected = Pick<Outcome, "primary" | "also" | "duties">;

/**
 * Scores a guess: a point for the right first contact, one for each other body
 * and each duty of the route that the trainee named. Naming something the route
 * does not hold costs nothing, but is said.
 */
export function scoreGuess(guess: Guess, expected: Expected): Score {
  // PET is explained on a route, never contacted, so it is not something to name.
  const expectedAlso = expected.also.filter((body) => (GUESSABLE_BODIES as readonly BodyKey[]).includes(body));
  const guessedAlso: readonly BodyKey[] = guess.also.filter((body) => body !== guess.first);
  const first: ScorePoint =
    guess.first === expected.primary
      ? { kind: "first", right: true, body: expected.primary }
      : { kind: "first", right: false, guessed: guess.first, expected: expected.primary };
  const points: ScorePoint[] = [
    first,
    ...expectedAlso.map((body): ScorePoint => ({ kind: "also", right: guessedAlso.includes(body) || guess.first === body, body })),
    ...guessedAlso
      .filter((body) => body !== expected.primary && !expectedAlso.includes(body))
      .map((body): ScorePoint => ({ kind: "alsoNotOnRoute", body })),
    ...expected.duties.map((duty): ScorePoint => ({ kind: "duty", right: guess.duties.includes(duty), duty })),
    ...guess.duties.filter((duty) => !expected.duties.includes(duty)).map((duty): ScorePoint => ({ kind: "dutyNotOnRoute", duty })),
  ];
  const scored = points.filter((point) => point.kind === "first" || point.kind === "also" || point.kind === "duty");
  return { points, score: scored.filter((point) => point.right).length, outOf: scored.length };
}
