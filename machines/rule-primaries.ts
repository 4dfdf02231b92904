import { REPRESENTATIVE_ANSWERS } from "./answer-domain";
import { allHold } from "./predicates";
import { RULES, type RuleId } from "./rules";
import { BODY_KEYS, STEP_IDS, type Answers, type BodyKey } from "./vocabulary";

function* everyCombination(steps: readonly (typeof STEP_IDS)[number][], answers: Answers): Generator<Answers> {
  const [step, ...rest] = steps;
  if (step === undefined) {
    yield answers;
    return;
  }
  for (const value of REPRESENTATIVE_ANSWERS[step]) yield* everyCombination(rest, { ...answers, [step]: value });
}

let cached: ReadonlyMap<RuleId, readonly BodyKey[]> | undefined;

/** Every primary body a rule gives, found by routing every combination of answers through the table. */
export function primariesOf(id: RuleId): readonly BodyKey[] {
  if (!cached) {
    const found = new Map<RuleId, Set<BodyKey>>();
    for (const answers of everyCombination(STEP_IDS, {})) {
      const rule = RULES.find((candidate) => allHold(candidate.when, answers));
      if (rule) found.set(rule.id, (found.get(rule.id) ?? new Set()).add(rule.bodies(answers).primary));
    }
    cached = new Map([...found].map(([rule, bodies]) => [rule, BODY_KEYS.filter((body) => bodies.has(body))]));
  }
  return cached.get(id) ?? [];
}
