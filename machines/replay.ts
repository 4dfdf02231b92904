import { createActor, type SnapshotFrom } from "xstate";
import { isValidAnswer } from "./answer-domain";
import { referralMachine } from "./referral.machine";
import { mostQuestionsLeft } from "./remaining-questions";
import type { Answers, Outcome, StepId } from "./vocabulary";

export type ReplayResult =
  { status: "incomplete"; next: StepId; asked: StepId[] } | { status: "complete"; outcome: Outcome; asked: StepId[] };

export type QuestionProgress = { number: number; atMost: number };

type Replayed = { snapshot: SnapshotFrom<typeof referralMachine>; asked: StepId[] };

// Feeds the machine the answers it asks for, in its order, until it needs one that is missing
// (or invalid) or reaches an outcome. Answers it never asks for are ignored.
function replay(answers: Answers): Replayed {
  const actor = createActor(referralMachine).start();
  const asked: StepId[] = [];
  try {
    for (;;) {
      const snapshot = actor.getSnapshot();
      if (snapshot.status !== "active") return { snapshot, asked };
      const step = snapshot.context.step;
      if (step === null) {
        actor.send({ type: "answers.confirmed" });
      } else {
        const value = answers[step];
        if (!isValidAnswer(step, value)) return { snapshot, asked };
        actor.send({ type: "answer.submitted", answers: { [step]: value } });
        asked.push(step);
      }
      if (actor.getSnapshot().value === snapshot.value) {
        throw new Error(`The referral machine is stuck in ${String(snapshot.value)}`);
      }
    }
  } finally {
    actor.stop();
  }
}

export function replayAnswers(answers: Answers): ReplayResult {
  const { snapshot, asked } = replay(answers);
  if (snapshot.status === "done" && snapshot.output) {
    return { status: "complete", outcome: snapshot.output, asked };
  }
  const next = snapshot.context.step;
  if (next === null) throw new Error("The referral machine stopped without an outcome");
  return { status: "incomplete", next, asked };
}

/** For "Spørgsmål n af højst m": n is the next question's position, m the most this route can take. */
export function questionProgress(answers: Answers): QuestionProgress {
  const { snapshot, asked } = replay(answers);
  if (snapshot.status !== "active") return { number: asked.length, atMost: asked.length };
  return { number: asked.length + 1, atMost: asked.length + mostQuestionsLeft(snapshot) };
}
