import { initialTransition, transition } from "xstate";
import { expect, it } from "vitest";
import { referralMachine, type ReferralEvent } from "../../machines/referral.machine";
import { STEP_IDS, type StepId } from "../../machines/vocabulary";
import { completions, OPTIONS } from "./answer-space";
import type { Snapshot } from "./chart-graph";
import { EMERGENCY_OUTCOME, oracle } from "./oracle";
import { createRng, pick, seedFromEnv } from "./prng";

const SEQUENCES = 10_000;
const MAX_LENGTH = 25;
const STATE_KEYS = new Set(Object.keys(referralMachine.root.states));
const JUNK: unknown[] = ["banana", "", "   ", 42, 0, null, undefined, {}, [], "YES", "true", "Yes", NaN];

// Deliberately ill-typed events: the machine must survive whatever a client sends.
const raw = (event: unknown) => event as ReferralEvent;
const option = (rng: () => number, step: StepId): unknown => pick<unknown>(rng, OPTIONS[step]);
const answer = (answers: Record<string, unknown>) => raw({ type: "answer.submitted", answers });

function randomEvent(rng: () => number, snapshot: Snapshot): ReferralEvent {
  const step: StepId = snapshot.context.step ?? pick(rng, STEP_IDS);
  const anyStep = pick(rng, STEP_IDS);
  switch (Math.floor(rng() * 10)) {
    case 0:
    case 1:
    case 2:
      return answer({ [step]: option(rng, step) });
    case 3:
      return answer({ [anyStep]: option(rng, anyStep) });
    case 4: {
      const extra = pick(rng, STEP_IDS);
      return answer({ [extra]: option(rng, extra), [step]: option(rng, step) });
    }
    case 5:
      return answer({ [rng() < 0.5 ? step : anyStep]: pick(rng, JUNK) });
    case 6:
      return raw(
        pick(rng, [
          { type: "answer.submitted", answers: { unknownStep: true } },
          { type: "answer.submitted", answers: null },
          { type: "answer.submitted", answers: "acuteDanger" },
          { type: "answer.submitted" },
          { type: "nav.back" },
          { type: "answer.submited", answers: { [step]: option(rng, step) } },
        ]),
      );
    case 7:
    case 8:
      return { type: "answers.confirmed" };
    default:
      return rng() < 0.5 ? { type: "emergency" } : { type: "answers.confirmed" };
  }
}

/** `finishing` is the event that took the machine to its final state. */
function problemWith(snapshot: Snapshot, finishing: ReferralEvent, rng: () => number): string | undefined {
  const value = String(snapshot.value);
  if (!STATE_KEYS.has(value)) return `unknown state ${value}`;
  for (const [field, answer] of Object.entries(snapshot.context.answers)) {
    const options: readonly unknown[] = OPTIONS[field as StepId] ?? [];
    const valid = field === "municipalityCode" ? typeof answer === "string" && answer.trim() !== "" : options.includes(answer);
    if (!valid) return `invalid answer in context: ${field}=${JSON.stringify(answer)}`;
  }
  if (snapshot.status === "active") {
    const expectedStep = value === "checkAnswers" ? null : value;
    return snapshot.context.step === expectedStep ? undefined : `context.step ${snapshot.context.step} in ${value}`;
  }
  const output = snapshot.output;
  if (!output || output.rule !== value) return `final state ${value} with output ${JSON.stringify(output)}`;
  if (finishing.type === "emergency") {
    return JSON.stringify(output) === JSON.stringify(EMERGENCY_OUTCOME) ? undefined : "emergency without R0";
  }
  const [full] = completions(snapshot.context.answers, rng, 0);
  const expected = full && oracle(full).outcome;
  return JSON.stringify(output) === JSON.stringify(expected) ? undefined : `oracle expected ${JSON.stringify(expected)}`;
}

it(`survives ${SEQUENCES} random event sequences`, () => {
  const seed = seedFromEnv();
  console.info(`random sequences: seed ${seed} (replay with MODEL_SEED=${seed})`);
  const rng = createRng(seed);
  const finishedBy = { emergency: 0, answers: 0 };
  for (let run = 0; run < SEQUENCES; run++) {
    let [snapshot] = initialTransition(referralMachine);
    let finishing: ReferralEvent | undefined;
    const sequence: ReferralEvent[] = [];
    const length = 1 + Math.floor(rng() * MAX_LENGTH);
    for (let i = 0; i < length; i++) {
      const event = randomEvent(rng, snapshot);
      sequence.push(event);
      let problem: string | undefined;
      try {
        const before = snapshot;
        [snapshot] = transition(referralMachine, snapshot, event);
        if (before.status === "done") {
          // A finished referral ignores everything after it.
          const same =
            snapshot.status === "done" &&
            snapshot.value === before.value &&
            JSON.stringify([snapshot.context, snapshot.output]) === JSON.stringify([before.context, before.output]);
          problem = same ? undefined : `changed after finishing in ${String(before.value)}`;
        } else {
          if (snapshot.status === "done") finishing = event;
          problem = problemWith(snapshot, finishing ?? event, rng);
        }
      } catch (error) {
        problem = `threw ${String(error)}`;
      }
      if (problem) {
        expect.fail(`seed ${seed}, run ${run}: ${problem}\nsequence: ${JSON.stringify(sequence)}`);
      }
    }
    if (finishing) finishedBy[finishing.type === "emergency" ? "emergency" : "answers"]++;
  }
  console.info(`random sequences finished by emergency: ${finishedBy.emergency}, by answers: ${finishedBy.answers}`);
  expect(finishedBy.answers).toBeGreaterThan(0);
});
