import { isValidAnswer } from "./answer-domain";
import { PREDICATES } from "./predicates";
import type { Answers, StepId, Workplace } from "./vocabulary";

// F18: a role that answers a question. Known through work in psychiatry, the person is in psychiatric
// treatment; through work in the Prison and Probation Service, in its care. On the routes that ask about the
// person's status, the statechart records these answers when the role is answered and does not ask them.
const ANSWERED_BY_ROLE: { [W in Workplace]?: Partial<Answers> } = {
  psychiatry: { inPsychiatricTreatment: true },
  prison_probation: { inPrisonOrProbation: true },
};

const asksAboutStatus = (a: Answers) => PREDICATES.concernRadicalisation(a) || PREDICATES.concernExitExtremism(a);

/**
 * The answers the role in `answers` gives, except those the worker has answered otherwise in `own` (changed on
 * check your answers): such a question is asked as usual.
 */
export function answersFromRole(answers: Answers & { workplace: Workplace }, own: Readonly<Record<string, unknown>>): Partial<Answers> {
  if (!asksAboutStatus(answers)) return {};
  const implied = Object.entries(ANSWERED_BY_ROLE[answers.workplace] ?? {}) as [StepId, unknown][];
  const overruled = ([step, answer]: [StepId, unknown]) => isValidAnswer(step, own[step]) && own[step] !== answer;
  return Object.fromEntries(implied.filter((entry) => !overruled(entry))) as Partial<Answers>;
}
