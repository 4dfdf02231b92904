import type { StepId } from "./vocabulary";

// Questions the journey asks on one page (docs/domain.md, "Questions"): when the route asks the second
// right after the first, the page of the first answers both. The answers stay one per question.
const ASKED_TOGETHER: ReadonlyArray<readonly [first: StepId, second: StepId]> = [
  ["acuteDanger", "crimeSuspected"],
  ["inPrisonOrProbation", "inPsychiatricTreatment"],
];

/** Whether `step`, asked right after `previous`, was answered on the page of `previous`. */
export const sharesPageWith = (previous: StepId | undefined, step: StepId): boolean =>
  ASKED_TOGETHER.some(([first, second]) => first === previous && second === step);

/** The question asked together with `step` on its page when the route asks both, if there is one. */
export const askedWith = (step: StepId): StepId | undefined => ASKED_TOGETHER.find(([first]) => first === step)?.[1];

/** How many pages the questions took, asked in this order. */
export const pageCount = (asked: readonly StepId[]): number =>
  asked.filter((step, index) => !sharesPageWith(asked[index - 1], step)).length;
