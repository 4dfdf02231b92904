import { transition, type AnyStateNode, type SnapshotFrom } from "xstate";
import { REPRESENTATIVE_ANSWERS } from "./answer-domain";
import { boundedMemo } from "./bounded-memo";
import { referralMachine } from "./referral.machine";
import { sharesPageWith } from "./shared-pages";
import type { StepId } from "./vocabulary";

type Snapshot = SnapshotFrom<typeof referralMachine>;

const longestByNode = new Map<string, number>();

/** The longest run of questions from a state node, ignoring guards: an upper bound. */
function longestFromNode(node: AnyStateNode): number {
  const known = longestByNode.get(node.id);
  if (known !== undefined) return known;
  const targets = (node.transitions.get("answer.submitted") ?? []).flatMap((t) => t.target ?? []);
  const longest = targets.length === 0 ? 0 : 1 + Math.max(...targets.map(longestFromNode));
  longestByNode.set(node.id, longest);
  return longest;
}

/**
 * The most question pages any route from this snapshot can still show, counting the current one (a question
 * asked on the page before it takes none of its own: machines/shared-pages.ts).
 * Found by walking the machine's own transitions with every answer option, so the guards
 * (not a hand-written table) decide which questions a route skips. The count depends only on the answers so
 * far and every question page asks for it, so each answer prefix is walked once (a first question's walk takes
 * several milliseconds).
 */
export const mostQuestionsLeft: (snapshot: Snapshot) => number = boundedMemo(
  (snapshot) => JSON.stringify([snapshot.status, snapshot.value, snapshot.context]),
  (snapshot) => {
    const step = snapshot.context.step;
    if (snapshot.status !== "active" || step === null) return 0;
    return 1 + mostAfterAnswering(snapshot, step);
  },
);

function mostAfterAnswering(snapshot: Snapshot, step: StepId): number {
  const bound = longestFromNode(referralMachine.getStateNodeById(`referral.${step}`));
  let most = 0;
  for (const value of REPRESENTATIVE_ANSWERS[step]) {
    if (1 + most === bound) break; // no route can be longer than the chart allows
    const next: Snapshot = transition(referralMachine, snapshot, {
      type: "answer.submitted",
      answers: { [step]: value },
    })[0];
    const nextStep = next.context.step;
    if (nextStep === step || next.status !== "active") continue;
    const shared = nextStep !== null && sharesPageWith(step, nextStep) ? 1 : 0;
    most = Math.max(most, mostQuestionsLeft(next) - shared);
  }
  return most;
}
