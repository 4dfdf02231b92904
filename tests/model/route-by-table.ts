import { allHold } from "../../machines/predicates";
import { outcomeFor, RULES } from "../../machines/rules";
import type { Answers, Outcome } from "../../machines/vocabulary";

/**
 * First-match routing over the rules table alone, without the statechart's questions. Give it
 * only the answers the route asks for: an answer it never asks (an age on R1, say) would be read.
 */
export function routeByTable(answers: Answers): Outcome | undefined {
  const rule = RULES.find((candidate) => allHold(candidate.when, answers));
  return rule ? outcomeFor(rule.id, answers) : undefined;
}
