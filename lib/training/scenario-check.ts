import type { Scenario } from "./scenario";
import { replayAnswers } from "@/machines/replay";
import type { Outcome } from "@/machines/vocabulary";

const sameSet = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((item) => b.includes(item));
const list = (items: readonly string[]) => (items.length === 0 ? "none" : items.join(", "));

/**
 * How a scenario's expected route differs from the route the statechart gives its
 * answers: one line per difference, none when they agree.
 */
export function differencesFromEngine(scenario: Scenario): string[] {
  const replay = replayAnswers(scenario.answers);
  if (replay.status === "incomplete") return [`the answers stop before the route ends: "${replay.next}" is not answered`];
  const engine: Outcome = replay.outcome;
  const expected = scenario.expected;
  const differences: string[] = [];
  if (engine.rule !== expected.rule) differences.push(`rule: expected ${expected.rule}, the engine gives ${engine.rule}`);
  if (engine.primary !== expected.primary) differences.push(`primary: expected ${expected.primary}, the engine gives ${engine.primary}`);
  if (!sameSet(engine.also, expected.also))
    differences.push(`also: expected ${list(expected.also)}, the engine gives ${list(engine.also)}`);
  if (!sameSet(engine.duties, expected.duties)) {
    differences.push(`duties: expected ${list(expected.duties)}, the engine gives ${list(engine.duties)}`);
  }
  // An answer the role gives (F18) may stand in the case as the worker would give it.
  const unused = Object.keys(scenario.answers).filter((step) => !(replay.asked as string[]).includes(step) && !(step in replay.fromRole));
  if (unused.length > 0) differences.push(`answers the route never asks: ${unused.join(", ")}`);
  return differences;
}
