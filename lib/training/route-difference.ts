import { stepDefinition } from "../journey/steps";
import type { Answers, BodyKey, DutyKey, Outcome, StepId } from "@/machines/vocabulary";

/** A question where two sets of answers part: the option each gives (undefined where one was not asked). */
export type AnswerDifference = { step: StepId; given?: string; expected?: string };

/** The questions, in the order asked, where `given` and `expected` do not choose the same option. */
export function answerDifferences(given: Answers, givenAsked: StepId[], expected: Answers, expectedAsked: StepId[]): AnswerDifference[] {
  const steps = [...new Set([...givenAsked, ...expectedAsked])];
  return steps.flatMap((step) => {
    const definition = stepDefinition(step);
    const [a, b] = [
      givenAsked.includes(step) ? definition.valueIn(given) : undefined,
      expectedAsked.includes(step) ? definition.valueIn(expected) : undefined,
    ];
    return a === b ? [] : [{ step, given: a, expected: b }];
  });
}

/** What changes from one route to another, one item a sentence. */
export type RouteChange =
  | { kind: "primary"; from: BodyKey; to: BodyKey }
  | { kind: "alsoAdded" | "alsoRemoved"; body: BodyKey }
  | { kind: "dutyAdded" | "dutyRemoved"; duty: DutyKey };

export function routeChanges(from: Outcome, to: Outcome): RouteChange[] {
  const added = <T>(before: readonly T[], after: readonly T[]) => after.filter((item) => !before.includes(item));
  return [
    ...(from.primary === to.primary ? [] : [{ kind: "primary", from: from.primary, to: to.primary } as const]),
    // A body that swaps places with the first contact is said by the first sentence.
    ...added([...from.also, from.primary], to.also).map((body) => ({ kind: "alsoAdded", body }) as const),
    ...added([...to.also, to.primary], from.also).map((body) => ({ kind: "alsoRemoved", body }) as const),
    ...added(from.duties, to.duties).map((duty) => ({ kind: "dutyAdded", duty }) as const),
    ...added(to.duties, from.duties).map((duty) => ({ kind: "dutyRemoved", duty }) as const),
  ];
}
