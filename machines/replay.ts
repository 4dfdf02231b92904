import { initialTransition, transition, type AnyTransitionDefinition, type SnapshotFrom } from "xstate";
import { isValidAnswer } from "./answer-domain";
import { referralMachine, type ReferralEvent } from "./referral.machine";
import { mostQuestionsLeft } from "./remaining-questions";
import { boundedMemo } from "./bounded-memo";
import { pageCount } from "./shared-pages";
import { STEP_IDS, type Answers, type Outcome, type StepId } from "./vocabulary";

/** `asked`: the questions the route asked; `fromRole`: the answers the worker's role gave instead (F18). */
export type ReplayResult = { asked: StepId[]; fromRole: Answers } & (
  { status: "incomplete"; next: StepId } | { status: "complete"; outcome: Outcome }
);

export type QuestionProgress = { number: number; atMost: number };

type Snapshot = SnapshotFrom<typeof referralMachine>;

/** One step of a route: the transition the machine took on an event, and the state it reached. */
export type Move = { event: ReferralEvent["type"]; transition: AnyTransitionDefinition; to: Snapshot };

/** A route so far: where it stands, the questions it asked and the moves it made. */
export type Walk = { snapshot: Snapshot; asked: StepId[]; moves: Move[] };

/**
 * Feeds the machine the answers it asks for, in its order, until it needs one that is missing
 * (or invalid) or reaches an outcome. Answers it never asks for are ignored. Pure: no actor runs.
 */
export function walk(answers: Answers): Walk {
  let [snapshot] = initialTransition(referralMachine);
  const asked: StepId[] = [];
  const moves: Move[] = [];
  while (snapshot.status === "active") {
    const step = snapshot.context.step;
    let event: ReferralEvent;
    if (step === null) {
      event = { type: "answers.confirmed" };
    } else {
      if (!isValidAnswer(step, answers[step])) break;
      // The later answers go along: one that differs from what the role would give keeps it from giving it.
      event = { type: "answer.submitted", answers };
      asked.push(step);
    }
    // The machine's own choice: the first transition whose guard holds.
    const [taken] = referralMachine.getTransitionData(snapshot, event);
    if (!taken) throw new Error(`The referral machine is stuck in ${String(snapshot.value)}`);
    [snapshot] = transition(referralMachine, snapshot, event);
    moves.push({ event: event.type, transition: taken, to: snapshot });
  }
  return { snapshot, asked, moves };
}

/** Where a walk ended: the outcome, or the next question. */
export function resultOf({ snapshot, asked }: Walk): ReplayResult {
  const entries = Object.entries(snapshot.context.answers).filter(([step]) => !asked.includes(step as StepId));
  const fromRole = Object.fromEntries(entries) as Answers;
  if (snapshot.status === "done" && snapshot.output) {
    return { status: "complete", outcome: snapshot.output, asked, fromRole };
  }
  const next = snapshot.context.step;
  if (next === null) throw new Error("The referral machine stopped without an outcome");
  return { status: "incomplete", next, asked, fromRole };
}

// Every page and every call of the route API replays its answers, and a walk takes about half a millisecond:
// the small results below are kept for each set of answers (a walk's snapshots would take 16 kB each).
const answersKey = (answers: Answers) => JSON.stringify(STEP_IDS.map((step) => answers[step] ?? null));

export const replayAnswers: (answers: Answers) => ReplayResult = boundedMemo(answersKey, (answers) => resultOf(walk(answers)));

/** For "Spørgsmål n af højst m": n is the next question page's position, m the most pages this route can take. */
export const questionProgress: (answers: Answers) => QuestionProgress = boundedMemo(answersKey, (answers) => {
  const { snapshot, asked } = walk(answers);
  const pages = pageCount(asked);
  if (snapshot.status !== "active") return { number: pages, atMost: pages };
  return { number: pages + 1, atMost: pages + mostQuestionsLeft(snapshot) };
});
