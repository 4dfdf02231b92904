import { replayAnswers, type ReplayResult } from "@/machines/replay";
import { sharesPageWith } from "@/machines/shared-pages";
import type { Answers, StepId } from "@/machines/vocabulary";

export type Journey = {
  /** The answers the route uses; once it is complete, only those it asked for. */
  answers: Answers;
  replay: ReplayResult;
};

const answersTo = (steps: readonly StepId[], answers: Answers) => Object.fromEntries(steps.map((step) => [step, answers[step]])) as Answers;

/**
 * Replays the answers through the statechart. Until the route is complete,
 * later answers are kept, so that changing one answer re-asks only what it
 * affects; then the answers the route no longer asks for are dropped.
 */
export function journeyOf(answers: Answers): Journey {
  const replay = replayAnswers(answers);
  if (replay.status === "incomplete") return { answers, replay };
  return { answers: answersTo(replay.asked, answers), replay };
}

/** A question may be shown when it is the next one, or one already answered by the worker or their role (to change it). */
export function isAskable(journey: Journey, step: StepId): boolean {
  const { replay } = journey;
  return replay.asked.includes(step) || step in replay.fromRole || (replay.status === "incomplete" && replay.next === step);
}

/** The answers the worker gave and those their role gave (F18), to show. */
export const shownAnswers = ({ answers, replay }: Journey): Answers => ({ ...replay.fromRole, ...answers });

/** The questions this journey asked before `step`; all of them for a step it has not asked. */
function askedBefore(journey: Journey, step: StepId): StepId[] {
  const { asked } = journey.replay;
  const index = asked.indexOf(step);
  return index === -1 ? asked : asked.slice(0, index);
}

/** The question whose page comes before `step`'s in this journey, or undefined for the first. */
export function previousStep(journey: Journey, step: StepId): StepId | undefined {
  const before = askedBefore(journey, step);
  const last = before.at(-1);
  return last !== undefined && sharesPageWith(before.at(-2), last) ? before.at(-2) : last;
}

/** The answers given before `step` in this journey, without those to questions it skipped. */
export const answersBefore = (journey: Journey, step: StepId): Answers => answersTo(askedBefore(journey, step), journey.answers);
