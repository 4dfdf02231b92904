import { initialTransition, transition, type AnyTransitionDefinition, type SnapshotFrom } from "xstate";
import { isValidAnswer } from "./answer-domain";
import { edgeIdOf } from "./chart-edges";
import { referralMachine, type ReferralEvent } from "./referral.machine";
import type { Answers, Outcome, StepId } from "./vocabulary";

/**
 * The route some answers take through the statechart: the states it visits and the transitions it takes,
 * with the diagram's state and edge ids. An incomplete route stops at the question that has no answer.
 */
export type PathThrough = { states: string[]; edges: string[]; asked: StepId[] } & (
  { status: "complete"; outcome: Outcome } | { status: "incomplete"; next: StepId }
);

type Snapshot = SnapshotFrom<typeof referralMachine>;

/** The transition the machine takes on `event`: the first of the state's whose guard holds. */
function takenTransition(snapshot: Snapshot, event: ReferralEvent): AnyTransitionDefinition {
  const [taken] = referralMachine.getTransitionData(snapshot, event);
  if (!taken) throw new Error(`The referral machine takes no transition from ${String(snapshot.value)} on ${event.type}`);
  return taken;
}

export function pathThrough(answers: Answers): PathThrough {
  let [snapshot] = initialTransition(referralMachine);
  const states = [String(snapshot.value)];
  const edges: string[] = [];
  const asked: StepId[] = [];
  while (snapshot.status === "active") {
    const step = snapshot.context.step;
    let event: ReferralEvent;
    if (step === null) {
      event = { type: "answers.confirmed" };
    } else {
      const value = answers[step];
      if (!isValidAnswer(step, value)) return { status: "incomplete", next: step, states, edges, asked };
      event = { type: "answer.submitted", answers: { [step]: value } };
      asked.push(step);
    }
    const taken = takenTransition(snapshot, event);
    edges.push(edgeIdOf(taken.source, event.type, taken));
    [snapshot] = transition(referralMachine, snapshot, event);
    states.push(String(snapshot.value));
  }
  if (!snapshot.output) throw new Error("The referral machine stopped without an outcome");
  return { status: "complete", outcome: snapshot.output, states, edges, asked };
}
