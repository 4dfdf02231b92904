import { initialTransition, transition } from "xstate";
import { beforeAll, describe, expect, it } from "vitest";
import { referralMachine } from "../../machines/referral.machine";
import { primariesOf } from "../../machines/rule-primaries";
import { RULE_IDS, type RuleId } from "../../machines/rules";
import { STEP_IDS, type Answers, type BodyKey, type StepId } from "../../machines/vocabulary";
import { completions } from "./answer-space";
import { adjacency, serializeState, simplePathsToFinal, type Path, type Snapshot } from "./chart-graph";
import { EMERGENCY_OUTCOME, oracle } from "./oracle";
import { createRng, seedFromEnv } from "./prng";

let paths: Path[] = [];

beforeAll(() => {
  const enumerated = simplePathsToFinal(true);
  paths = enumerated.paths;
  console.info(`xstate/graph: ${paths.length} simple paths from the start to a final state in ${enumerated.ms.toFixed(0)} ms`);
});

/** The answers a path gave, with those the role gave (F18), and the questions it asked. */
function walk(path: Path): { answers: Answers; asked: StepId[]; last: string } {
  const asked: StepId[] = [];
  path.steps.forEach((step, index) => {
    if (step.event.type !== "answer.submitted") return;
    const before = path.steps[index - 1]?.state.context.step;
    if (before) asked.push(before);
  });
  return { answers: path.state.context.answers, asked, last: path.steps[path.steps.length - 1]?.event.type ?? "" };
}

const describePath = (path: Path) => path.steps.map((step) => JSON.stringify(step.event)).join(" → ");

/**
 * How many paths lead from `key` to a final state, each state's count computed once. In a graph without cycles
 * every path is simple, so this counts the simple paths without listing them.
 */
function countPathsToFinal(
  map: ReturnType<typeof adjacency>,
  key: string,
  counts = new Map<string, number>(),
  entered = new Set<string>(),
): number {
  const known = counts.get(key);
  if (known !== undefined) return known;
  if (entered.has(key)) throw new Error(`The statechart's graph has a cycle through ${key}: count its simple paths some other way`);
  entered.add(key);
  const entry = map[key as keyof typeof map]!;
  const count =
    entry.state.status === "done"
      ? 1
      : Object.values(entry.transitions).reduce<number>(
          (sum, { state }) => sum + countPathsToFinal(map, serializeState(state), counts, entered),
          0,
        );
  counts.set(key, count);
  return count;
}

describe("every simple path through the statechart", () => {
  it.each([
    ["with", true],
    ["without", false],
  ] as const)("is found, %s the emergency event: the walk gives each path from the start to a final state once", (_with, withEmergency) => {
    const map = adjacency(withEmergency);
    const walked = simplePathsToFinal(withEmergency).paths;
    const start = serializeState(initialTransition(referralMachine)[0]);
    expect(walked.length).toBeGreaterThan(0);
    for (const path of walked) {
      const states = path.steps.map((step) => serializeState(step.state));
      expect(states[0], describePath(path)).toBe(start);
      expect(new Set(states).size, describePath(path)).toBe(states.length);
      path.steps.slice(1).forEach((step, index) => {
        const edges = Object.values(map[states[index] as keyof typeof map]!.transitions);
        const taken = edges.find((edge) => serializeState(edge.state) === states[index + 1]);
        expect(taken?.event, describePath(path)).toEqual(step.event);
      });
      expect(path.state, describePath(path)).toBe(path.steps.at(-1)!.state);
      expect(path.state.status, describePath(path)).toBe("done");
    }
    expect(new Set(walked.map(describePath)).size).toBe(walked.length);
    expect(walked.length).toBe(countPathsToFinal(map, start));
  });

  it("ends in a final state whose output the oracle agrees with", () => {
    const seed = seedFromEnv();
    const rng = createRng(seed);
    expect(paths.length).toBeGreaterThan(0);
    for (const path of paths) {
      const { answers, asked, last } = walk(path);
      const output = path.state.output;
      expect(path.state.status, describePath(path)).toBe("done");
      if (last === "emergency") {
        expect(output, describePath(path)).toEqual(EMERGENCY_OUTCOME);
        continue;
      }
      // Answers the route never asked for must not change the outcome: try several fillings.
      for (const full of completions(answers, rng)) {
        const expected = oracle(full);
        const message = `seed ${seed}; ${describePath(path)}; filled as ${JSON.stringify(full)}`;
        expect(output, message).toEqual(expected.outcome);
        expect(asked, message).toEqual(expected.asked);
      }
    }
  });

  it("produces every rule id, and exactly the primaries the rules table gives over every combination of answers", () => {
    const primaries = new Map<RuleId, Set<BodyKey>>();
    for (const path of paths) {
      const output = path.state.output;
      if (!output) continue;
      primaries.set(output.rule, (primaries.get(output.rule) ?? new Set()).add(output.primary));
    }
    expect([...primaries.keys()].sort()).toEqual([...RULE_IDS].sort());
    for (const rule of RULE_IDS) {
      expect([...(primaries.get(rule) ?? [])].sort(), rule).toEqual([...primariesOf(rule)].sort());
    }
  });

  it("asks every question of the vocabulary on some route", () => {
    const asked = new Set(paths.flatMap((path) => walk(path).asked));
    expect([...asked].sort()).toEqual([...STEP_IDS].sort());
  });

  it("reaches every final state the machine defines", () => {
    const finals = Object.values(referralMachine.root.states)
      .filter((node) => node.type === "final")
      .map((node) => node.key);
    const reached = new Set(paths.map((path) => String(path.state.value)));
    expect(finals.sort()).toEqual([...RULE_IDS].sort());
    expect([...reached].sort()).toEqual(finals.sort());
  });
});

describe("reachable states", () => {
  it("lets emergency reach R0 (EMERGENCY) from every non-final state", () => {
    const active = Object.values(adjacency(true))
      .map((entry) => entry.state as Snapshot)
      .filter((snapshot) => snapshot.status === "active");
    expect(active.length).toBeGreaterThan(0);
    for (const snapshot of active) {
      const [next] = transition(referralMachine, snapshot, { type: "emergency" });
      expect(next.status, JSON.stringify(snapshot.context)).toBe("done");
      expect(next.value).toBe("R0");
      expect(next.output).toEqual(EMERGENCY_OUTCOME);
    }
  });

  it("has no dead end: every non-final state can reach a routed outcome without emergency", () => {
    const map = adjacency(false);
    const canFinish = new Set<string>();
    const keys = Object.keys(map);
    let grew = true;
    while (grew) {
      grew = false;
      for (const key of keys) {
        if (canFinish.has(key)) continue;
        const entry = map[key as keyof typeof map];
        if (!entry) continue;
        const done = (entry.state as Snapshot).status === "done";
        const next = Object.values(entry.transitions).some((t) => canFinish.has(serializeState(t.state)));
        if (done || next) {
          canFinish.add(key);
          grew = true;
        }
      }
    }
    const stuck = keys.filter((key) => !canFinish.has(key));
    expect(keys.length).toBeGreaterThan(0);
    expect(stuck).toEqual([]);
  });
});
