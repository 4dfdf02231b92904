import da from "../../../messages/da.json";
import en from "../../../messages/en.json";
import type { NodeLabel } from "./statechart-layout";
import type { ChartEdge } from "../../../machines/chart-edges";
import { LOCALES, type Locale, type Localised } from "../../../machines/locale";
import { primariesOf } from "../../../machines/rule-primaries";
import { isRuleId } from "../../../machines/rules";

// The diagram's texts in every language, from the trainingModel and bodies namespaces of the messages.

const MESSAGES = { da, en } satisfies Record<Locale, unknown>;
type Texts = (typeof MESSAGES)[Locale]["trainingModel"];

// A question on one line, since the questions stand in a column that decides the diagram's height; an outcome's
// bodies and what decides it wrapped, since the outcomes stand side by side in columns.
const QUESTION_LINE = 40;
const OUTCOME_LINE = 22;

/** Words joined into lines of at most `length` characters (a longer word gets a line of its own). */
export function wrap(text: string, length: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(" ")) {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= length) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

// "SSP – skole, socialforvaltning og politi" → "SSP": the diagram names bodies as a worker says them.
const shortName = (name: string) => name.split(" – ")[0] ?? name;

function labelIn(state: string, locale: Locale): NodeLabel {
  const messages = MESSAGES[locale];
  if (!isRuleId(state)) return { title: wrap(messages.trainingModel.states[state as keyof Texts["states"]], QUESTION_LINE), caption: [] };
  const bodies = primariesOf(state).map((body) => shortName(messages.bodies[body]));
  return { title: wrap(bodies.join(" / "), OUTCOME_LINE), caption: wrap(messages.trainingModel.ends[state], OUTCOME_LINE) };
}

export const nodeLabel = (state: string): Record<Locale, NodeLabel> =>
  Object.fromEntries(LOCALES.map((locale) => [locale, labelIn(state, locale)])) as Record<Locale, NodeLabel>;

/**
 * Where answers compete, each edge says which answer takes it, numbered in the order they are tried (the first
 * that holds wins). Check your answers' edges need no label: the outcomes stand in the order the rules are tried,
 * and each says what decides it. The legend explains the dotted emergency edges.
 */
export function edgeLabel(edge: ChartEdge): Localised | undefined {
  if (edge.event !== "answer.submitted" || edge.competing === 1) return undefined;
  const number = `${edge.order + 1}.`;
  const text = (locale: Locale) => {
    const guards: Record<string, string> = MESSAGES[locale].trainingModel.guards;
    const words = guards[edge.guard];
    if (words === undefined) throw new Error(`No words for the guard ${edge.guard} in messages/${locale}.json`);
    return `${number} ${words}`;
  };
  return Object.fromEntries(LOCALES.map((locale) => [locale, text(locale)])) as Localised;
}
