import { edgeIdOf } from "./chart-edges";
import { referralMachine } from "./referral.machine";
import { resultOf, walk, type ReplayResult } from "./replay";
import type { Answers } from "./vocabulary";

/**
 * The route some answers take through the statechart: the states it visits and the transitions it takes,
 * with the diagram's state and edge ids. An incomplete route stops at the question that has no answer.
 */
export type PathThrough = ReplayResult & { states: string[]; edges: string[] };

const INITIAL_STATE = String(referralMachine.config.initial);

export function pathThrough(answers: Answers): PathThrough {
  const route = walk(answers);
  return {
    ...resultOf(route),
    states: [INITIAL_STATE, ...route.moves.map((move) => String(move.to.value))],
    edges: route.moves.map((move) => edgeIdOf(move.transition.source, move.event, move.transition)),
  };
}
