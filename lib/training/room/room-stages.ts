import type { Scenario } from "../scenario";
import { replayAnswers } from "@/machines/replay";
import type { StepId } from "@/machines/vocabulary";

/**
 * How far a group session has come, one stage per click of the trainer: the vote, the vote closed
 * with its result, each question with the scenario's answer, the body to contact first and the
 * others, why, the duties (when the route has any), and what to take home.
 */
export type RoomStage =
  | { kind: "voting" }
  | { kind: "closed" }
  | { kind: "question"; step: StepId; number: number }
  | { kind: "route" }
  | { kind: "reasons" }
  | { kind: "duties" }
  | { kind: "learning" };

/** The first stage, the only one in which the session takes votes. */
export const VOTING_STAGE = 0;

export function roomStages(scenario: Scenario): RoomStage[] {
  const { asked } = replayAnswers(scenario.answers);
  return [
    { kind: "voting" },
    { kind: "closed" },
    ...asked.map((step, index) => ({ kind: "question" as const, step, number: index + 1 })),
    { kind: "route" },
    { kind: "reasons" },
    ...(scenario.expected.duties.length > 0 ? [{ kind: "duties" as const }] : []),
    { kind: "learning" },
  ];
}
