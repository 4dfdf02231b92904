import type { AnyStateNode, AnyTransitionDefinition } from "xstate";
import { REPRESENTATIVE_ANSWERS } from "./answer-domain";
import { guardOf } from "./chart-edges";
import { PREDICATES } from "./predicates";
import { referralMachine } from "./referral.machine";
import { primariesOf } from "./rule-primaries";
import { isRuleId, ruleById } from "./rules";
import { STEP_IDS, type StepId } from "./vocabulary";

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== "object" || value === null) return value;
  const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([key, inner]) => [key, sortKeys(inner)]));
}

/** The machine definition as JSON, keys sorted so the file only changes when the chart does. */
export function modelJson(): string {
  // A JSON round trip first drops the functions (outputs, guard bodies) the definition holds.
  const definition: unknown = JSON.parse(JSON.stringify(referralMachine.toJSON()));
  return `${JSON.stringify(sortKeys(definition), null, 2)}\n`;
}

const isStep = (key: string): key is StepId => (STEP_IDS as readonly string[]).includes(key);

/** Which answers to this step make the guard true on their own; otherwise it reads earlier answers. */
function triggeringAnswer(step: StepId, guard: string): string {
  const options = REPRESENTATIVE_ANSWERS[step];
  const predicate = guard in PREDICATES ? PREDICATES[guard as keyof typeof PREDICATES] : () => true;
  const triggering = options.filter((value) => predicate({ [step]: value }));
  if (triggering.length === 0 || triggering.length === options.length) return `any ${step}`;
  return triggering.map(String).join(" or ");
}

function edgeLabel(source: AnyStateNode, transition: AnyTransitionDefinition): string {
  const guard = guardOf(transition);
  if (guard.type === "ruleMatches" && typeof guard.params?.rule === "string" && isRuleId(guard.params.rule)) {
    const rule = ruleById(guard.params.rule);
    return `ruleMatches(${rule.id}): ${rule.when.join(" and ")}`;
  }
  return isStep(source.key) ? `${guard.type}: ${triggeringAnswer(source.key, guard.type)}` : guard.type;
}

function nodeLine(node: AnyStateNode): string {
  if (node.type === "final" && isRuleId(node.key)) {
    return `  ${node.key}(["${node.key}: ${primariesOf(node.key).join(" / ")}"])`;
  }
  return `  ${node.key}["${node.key}"]`;
}

/** A Mermaid flowchart of the statechart, read from the machine's own state nodes. */
export function modelMermaid(): string {
  const root = referralMachine.root;
  const nodes = Object.values(root.states);
  const lines = ["flowchart TD", '  start(("start"))'];
  lines.push(...nodes.map(nodeLine));
  lines.push(`  start --> ${root.config.initial as string}`);
  for (const node of nodes) {
    for (const [eventType, transitions] of node.transitions) {
      // Guarded transitions are tried in order; the number shows which wins.
      transitions.forEach((transition, index) => {
        const order = transitions.length > 1 ? `${index + 1}. ` : "";
        const label = transition.guard ? `${order}${eventType} [${edgeLabel(node, transition)}]` : eventType;
        const arrow = eventType === "emergency" ? "-.->" : "-->";
        for (const target of transition.target ?? []) {
          lines.push(`  ${node.key} ${arrow}|"${label}"| ${target.key}`);
        }
      });
    }
  }
  return `${lines.join("\n")}\n`;
}
