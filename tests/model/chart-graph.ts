import type { SnapshotFrom } from "xstate";
import { getAdjacencyMap, getSimplePaths, type StatePath } from "xstate/graph";
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

// getSimplePaths walks the whole graph once per vertex and serializes every snapshot it meets;
// the walk reuses the adjacency map's snapshot objects, so caching by identity saves most of the time.
const serialized = new WeakMap<Snapshot, string>();
export function serializeState(snapshot: Snapshot): string {
  let key = serialized.get(snapshot);
  if (key === undefined) {
    key = JSON.stringify([snapshot.value, snapshot.context]);
    serialized.set(snapshot, key);
  }
  return key;
}

export function simplePathsToFinal(): { paths: Path[]; ms: number } {
  const started = performance.now();
  const paths = getSimplePaths(referralMachine, {
    events: (snapshot) => eventsFor(snapshot, true),
    serializeState,
    toState: (snapshot) => snapshot.status === "done",
  });
  return { paths, ms: performance.now() - started };
}

export function adjacency(withEmergency: boolean) {
  return getAdjacencyMap(referralMachine, {
    events: (snapshot) => eventsFor(snapshot, withEmergency),
    serializeState,
  });
}
