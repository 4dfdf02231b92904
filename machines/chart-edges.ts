import type { AnyStateNode, AnyTransitionDefinition } from "xstate";
import { referralMachine } from "./referral.machine";

export type ChartState = { id: string; final: boolean };

/** One transition of the statechart, as the diagram draws it. */
export type ChartEdge = {
  /** `source.guard`, e.g. "workplace.reporterPrivate"; the rule id for check your answers ("checkAnswers.R8d"). */
  id: string;
  source: string;
  target: string;
  event: string;
  /** The guard's name, or "" for an unguarded transition. */
  guard: string;
  /** Its place among the transitions of the same event (0 is tried first) and how many compete. */
  order: number;
  competing: number;
};

export function guardOf(transition: AnyTransitionDefinition): { type: string; params?: Record<string, unknown> } {
  const guard: unknown = transition.guard;
  if (typeof guard === "string") return { type: guard };
  if (typeof guard === "object" && guard !== null && "type" in guard && typeof guard.type === "string") {
    const params = "params" in guard ? (guard.params as Record<string, unknown>) : undefined;
    return { type: guard.type, ...(params ? { params } : {}) };
  }
  return { type: "" };
}

/** The edge id of a transition out of `source`. */
export function edgeIdOf(source: AnyStateNode, eventType: string, transition: AnyTransitionDefinition): string {
  const guard = guardOf(transition);
  const rule = guard.params?.rule;
  const name = typeof rule === "string" ? rule : guard.type || eventType;
  return `${source.key}.${name}`;
}

const stateNodes = (): AnyStateNode[] => Object.values(referralMachine.root.states);

/** Every state of the chart, in the machine's order. */
export function chartStates(): ChartState[] {
  return stateNodes().map((node) => ({ id: node.key, final: node.type === "final" }));
}

/** Every transition of the chart, in the machine's order. */
export function chartEdges(): ChartEdge[] {
  return stateNodes().flatMap((node) =>
    [...node.transitions].flatMap(([event, transitions]) =>
      transitions.map((transition, order) => {
        const [target, ...more] = transition.target ?? [];
        if (!target || more.length > 0) throw new Error(`${node.key} has a transition on ${event} without exactly one target`);
        return {
          id: edgeIdOf(node, event, transition),
          source: node.key,
          target: target.key,
          event,
          guard: guardOf(transition).type,
          order,
          competing: transitions.length,
        };
      }),
    ),
  );
}
