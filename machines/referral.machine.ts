import { assign, setup } from "xstate";
import { isValidAnswer } from "./answer-domain";
import { PREDICATES, type Predicate, type PredicateName } from "./predicates";
import { answersFromRole } from "./role-answers";
import { outcomeFor, RULE_IDS, ruleMatches, RULES, type RuleId } from "./rules";
import type { Answers, Outcome, StepId, Workplace } from "./vocabulary";

export type ReferralContext = {
  /** The question being asked; null once all questions are answered. */
  step: StepId | null;
  answers: Answers;
};

export type ReferralEvent = { type: "answer.submitted"; answers: Partial<Answers> } | { type: "answers.confirmed" } | { type: "emergency" };

type GuardArgs = { context: ReferralContext; event: ReferralEvent };

/**
 * The answers with the submitted answer to the current question, and those its role gives (F18), or undefined
 * if the answer is missing or invalid.
 */
function withSubmittedAnswer({ context, event }: GuardArgs): Answers | undefined {
  if (event.type !== "answer.submitted" || context.step === null) return undefined;
  const submitted: unknown = event.answers;
  if (typeof submitted !== "object" || submitted === null || !Object.hasOwn(submitted, context.step)) {
    return undefined;
  }
  const given = submitted as Record<string, unknown>;
  const value: unknown = given[context.step];
  if (!isValidAnswer(context.step, value)) return undefined;
  const answers = { ...context.answers, [context.step]: value };
  return context.step === "workplace" ? { ...answers, ...answersFromRole({ ...answers, workplace: value as Workplace }, given) } : answers;
}

// Only the current question's field is read from the event, so the context holds exactly the answers the
// route asked for and those the role gave. The one exception: an answer that differs from the role's keeps
// the role from giving it, and the question is asked.
const onSubmittedAnswer = (predicate: Predicate) => (args: GuardArgs) => {
  const answers = withSubmittedAnswer(args);
  return answers !== undefined && predicate(answers);
};

function liftPredicates<K extends string>(predicates: Record<K, Predicate>): Record<K, (args: GuardArgs) => boolean> {
  const entries = (Object.keys(predicates) as K[]).map((name) => [name, onSubmittedAnswer(predicates[name])]);
  return Object.fromEntries(entries) as Record<K, (args: GuardArgs) => boolean>;
}

type AnswerGuard = PredicateName | "answerGiven";
type Target = StepId | "checkAnswers" | RuleId;

// Emergency sits on each non-final state rather than the root, so a finished referral
// ignores it even under the pure transition() function.
function ask(step: StepId, routes: ReadonlyArray<readonly [AnswerGuard, Target]>) {
  return {
    entry: { type: "beginStep" as const, params: { step } },
    on: {
      "answer.submitted": routes.map(([guard, target]) => ({ guard, target, actions: "recordAnswer" as const })),
      emergency: { target: "R0" },
    },
  };
}

function routedTo(rule: RuleId) {
  return {
    type: "final" as const,
    output: ({ context }: { context: ReferralContext }): Outcome => outcomeFor(rule, context.answers),
  };
}

const finalStates = Object.fromEntries(RULE_IDS.map((rule) => [rule, routedTo(rule)])) as Record<RuleId, ReturnType<typeof routedTo>>;

export const referralMachine = setup({
  types: {
    context: {} as ReferralContext,
    events: {} as ReferralEvent,
    output: {} as Outcome,
  },
  guards: {
    ...liftPredicates(PREDICATES),
    answerGiven: onSubmittedAnswer(() => true),
    ruleMatches: ({ context }, params: { rule: RuleId }) => ruleMatches(params.rule, context.answers),
  },
  actions: {
    beginStep: assign((_, params: { step: StepId }) => ({ step: params.step })),
    endQuestions: assign({ step: null }),
    recordAnswer: assign(({ context, event }) => ({
      answers: withSubmittedAnswer({ context, event }) ?? context.answers,
    })),
  },
}).createMachine({
  id: "referral",
  context: { step: null, answers: {} },
  initial: "acuteDanger",
  // Every final state's output is an Outcome; the root passes it on as the actor's output.
  output: ({ event }) => event.output as Outcome,
  states: {
    acuteDanger: ask("acuteDanger", [
      ["acuteDanger", "R0"],
      ["noAcuteDanger", "crimeSuspected"],
    ]),
    crimeSuspected: ask("crimeSuspected", [
      ["crimeSuspected", "workplace"],
      ["crimeNotSuspected", "concern"],
      ["crimeUnknown", "concern"],
    ]),
    concern: ask("concern", [["answerGiven", "workplace"]]),
    // Every route about one person asks the age, so that a child's duties are not lost
    // (docs/domain.md, Questions); only general prevention work (R5) does not.
    workplace: ask("workplace", [
      ["crimeSuspected", "ageBand"],
      ["concernGeneralPrevention", "checkAnswers"],
      ["inPrisonOrProbationByRole", "ageBand"],
      ["concernExitExtremism", "inPrisonOrProbation"],
      ["reporterPrivate", "ageBand"],
      ["concernRadicalisation", "inPrisonOrProbation"],
      ["answerGiven", "ageBand"],
    ]),
    inPrisonOrProbation: ask("inPrisonOrProbation", [
      ["concernExitExtremism", "ageBand"],
      ["inPrisonOrProbation", "ageBand"],
      ["inPsychiatricTreatmentByRole", "ageBand"],
      ["notInPrisonOrProbation", "inPsychiatricTreatment"],
    ]),
    inPsychiatricTreatment: ask("inPsychiatricTreatment", [["answerGiven", "ageBand"]]),
    ageBand: ask("ageBand", [["answerGiven", "municipalityCode"]]),
    municipalityCode: ask("municipalityCode", [
      ["crimeUnknown", "checkAnswers"],
      ["reporterPrivate", "checkAnswers"],
      ["concernRadicalisation", "adviceFirst"],
      ["answerGiven", "checkAnswers"],
    ]),
    adviceFirst: ask("adviceFirst", [["answerGiven", "checkAnswers"]]),
    checkAnswers: {
      entry: "endQuestions",
      on: {
        emergency: { target: "R0" },
        // R0 is decided at the first question and by the emergency event, never here.
        "answers.confirmed": RULES.filter((rule) => rule.id !== "R0").map((rule) => ({
          guard: { type: "ruleMatches" as const, params: { rule: rule.id } },
          target: rule.id,
        })),
      },
    },
    ...finalStates,
  },
});

export type ReferralMachine = typeof referralMachine;
