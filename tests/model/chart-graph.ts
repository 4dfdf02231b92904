import type { SnapshotFrom } from "xstate";
import { getAdjacencyMap, type AdjacencyMap, type AdjacencyValue, type StatePath } from "xstate/graph";
import { referralMachine, type ReferralEvent } from "../../machines/referral.machine";
import type { Answers } from "../../machines/vocabulary";
import { OPTIONS } from "./answer-space";

export type Snapshot = SnapshotFrom<typeof referralMachine>;
export type Path = StatePath<Snapshot, ReferralEvent>;

const answer = (answers: Partial<Answers>): ReferralEvent => ({ type: "answer.submitted", answers });

// Explicit event cases per state: every option of the question asked there.
const CASES: Record<string, ReferralEvent[]> = {
  acuteDanger: OPTIONS.acuteDanger.map((v) => answer({ acuteDanger: v })),
  crimeSuspected: OPTIONS.crimeSuspected.map((v) => answer({ crimeSuspected: v })),
  concern: OPTIONS.concern.map((v) => answer({ concern: v })),
  workplace: OPTIONS.workplace.map((v) => answer({ workplace: v })),
  inPrisonOrProbation: OPTIONS.inPrisonOrProbation.map((v) => answer({ inPrisonOrProbation: v })),
  inPsychiatricTreatment: OPTIONS.inPsychiatricTreatment.map((v) => answer({ inPsychiatricTreatment: v })),
  ageBand: OPTIONS.ageBand.map((v) => answer({ ageBand: v })),
  municipalityCode: OPTIONS.municipalityCode.map((v) => answer({ municipalityCode: v })),
  adviceFirst: OPTIONS.adviceFirst.map((v) => answer({ adviceFirst: v })),
  checkAnswers: [{ type: "answers.confirmed" }],
};

export function eventsFor(snapshot: Snapshot, withEmergency: boolean): ReferralEvent[] {
  if (snapshot.status !== "active") return [];
  const cases = CASES[String(snapshot.value)];
  if (!cases) throw new Error(`No event cases for state ${String(snapshot.value)}`);
  return withEmergency ? [...cases, { type: "emergency" }] : cases;
}

// Graph walks serialize every snapshot they meet; they reuse the adjacency map's
// snapshot objects, so caching by identity saves most of the time.
const serialized = new WeakMap<Snapshot, string>();
export function serializeState(snapshot: Snapshot): string {
  let key = serialized.get(snapshot);
  if (key === undefined) {
    key = JSON.stringify([snapshot.value, snapshot.context]);
    serialized.set(snapshot, key);
  }
  return key;
}

/** `compute`, run once for each value of its flag in a test file, and shared by the file's tests. */
function once<T>(compute: (flag: boolean) => T): (flag: boolean) => T {
  const results = new Map<boolean, T>();
  return (flag) => {
    if (!results.has(flag)) results.set(flag, compute(flag));
    return results.get(flag)!;
  };
}

/** Every state reachable from the start, with the transitions out of it. */
export const adjacency = once((withEmergency): AdjacencyMap<Snapshot, ReferralEvent> =>
  getAdjacencyMap(referralMachine, { events: (snapshot) => eventsFor(snapshot, withEmergency), serializeState }),
);

/**
 * Every simple path from the start to a final state. xstate's getSimplePaths re-walks the graph once for each of
 * its states (25 s here without the emergency event, about a minute with it); a depth-first walk over xstate's
 * adjacency map gives the same paths in a fraction of the time, and `paths.test.ts` checks that it gives each once.
 */
export const simplePathsToFinal = once((withEmergency): { paths: Path[]; ms: number } => {
  const started = performance.now();
  const nodes: AdjacencyValue<Snapshot, ReferralEvent>[] = Object.values(adjacency(withEmergency));
  const map = new Map(nodes.map((node) => [serializeState(node.state), node]));
  const startKey = map.keys().next().value!;
  const paths: Path[] = [];
  // Like getSimplePaths, a path opens with the initial state reached by xstate's init event.
  const steps: Path["steps"] = [{ state: map.get(startKey)!.state, event: { type: "xstate.init" } as unknown as ReferralEvent }];
  const onPath = new Set([startKey]);
  const visit = (key: string) => {
    const node = map.get(key)!;
    if (node.state.status === "done") {
      paths.push({ state: node.state, steps: [...steps], weight: steps.length });
      return;
    }
    const edges: { event: ReferralEvent; state: Snapshot }[] = Object.values(node.transitions);
    for (const { event, state } of edges) {
      const next = serializeState(state);
      if (onPath.has(next)) continue;
      onPath.add(next);
      steps.push({ state, event });
      visit(next);
      steps.pop();
      onPath.delete(next);
    }
  };
  visit(startKey);
  return { paths, ms: performance.now() - started };
});
