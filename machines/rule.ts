import type { PredicateName } from "./predicates";
import type { ReasonId, Role } from "./reason-texts";
import type { Source } from "./sources";
import type { Answers, BodyKey, DutyKey } from "./vocabulary";

export type Bodies = { primary: BodyKey; also: BodyKey[] };

/** One sentence of the "why"; `role` fills its {role} with "first contact" or "next contact once you have had advice". */
export type Reason = { id: ReasonId; role?: Role };

/** One row of the rules table: everything the product knows about one rule. */
export type Rule<Id extends string = string> = {
  id: Id;
  description: string;
  sources: readonly Source[];
  /** All must hold; rules are tried in table order and the first match wins. */
  when: readonly PredicateName[];
  /**
   * The route passes on a concern about one person, so the worker's duties about that person
   * apply (notifying about a child, disclosing health information).
   */
  aboutOnePerson: boolean;
  bodies: (answers: Answers) => Bodies;
  /** One reason for each answer that decided the route; `role` is how its body is placed. */
  reasons: (answers: Answers, role: Role) => Reason[];
  /** Sentences this rule adds after a duty's own. */
  dutyNotes?: Partial<Record<DutyKey, readonly ReasonId[]>>;
};

/** Keeps the rule id's literal type, so that the ids can be read off the table. */
export const defineRule = <const Id extends string>(rule: Rule<Id>): Rule<Id> => rule;
