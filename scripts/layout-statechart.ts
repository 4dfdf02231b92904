import ELK, { type ElkExtendedEdge, type ElkNode } from "elkjs/lib/elk.bundled.js";
import {
  EDGE_TEXT,
  NODE_PADDING as PADDING,
  NODE_TEXT,
  type EdgeKind,
  type LayoutEdge,
  type LayoutNode,
  type NodeKind,
  type StatechartLayout,
} from "../lib/training/statechart-layout";
import { chartEdges, chartStates, type ChartEdge } from "../machines/chart-edges";
import { LOCALES } from "../machines/locale";
import { edgeLabel, nodeLabel } from "./statechart-labels";

// Lays the statechart out once for both languages: each box is as wide as its longer label. The sizes estimate
// the text's width from its length, generously, since no font is measured here.
const CHARACTER_WIDTH = 0.6;

const round = (value: number) => Math.round(value * 10) / 10;
const textWidth = (lines: readonly string[], size: number) => Math.max(...lines.map((line) => line.length)) * size * CHARACTER_WIDTH;

const kindOfState = (id: string, final: boolean): NodeKind => (final ? "end" : id === "checkAnswers" ? "check" : "question");
const kindOfEdge = (edge: ChartEdge): EdgeKind =>
  edge.event === "emergency" ? "emergency" : edge.event === "answers.confirmed" ? "confirm" : "answer";

const LAYOUT_OPTIONS = {
  "elk.algorithm": "layered",
  "elk.direction": "DOWN",
  "elk.edgeRouting": "ORTHOGONAL",
  // Keeps the machine's order (the questions' order, the rules' first-match order) from left to right.
  "elk.layered.considerModelOrder.strategy": "NODES_AND_EDGES",
  "elk.layered.layering.strategy": "INTERACTIVE",
  "elk.layered.crossingMinimization.forceNodeModelOrder": "true",
  "elk.layered.nodePlacement.strategy": "NETWORK_SIMPLEX",
  "elk.spacing.nodeNode": "28",
  "elk.layered.spacing.nodeNodeBetweenLayers": "40",
  "elk.layered.spacing.edgeNodeBetweenLayers": "16",
  "elk.spacing.edgeEdge": "14",
  "elk.spacing.edgeLabel": "2",
  "elk.layered.edgeLabels.sideSelection": "ALWAYS_DOWN",
  "elk.padding": "[top=16,left=16,bottom=16,right=16]",
};

const EMERGENCY_STATE = "R0";
const EMERGENCY_PORT = "R0.in";
const SECOND_ROW = new Set(["R7", "R8a", "R9", "R8b", "R8c", "R8d", "R8e", "R8f"]);

/** The diagram's layout: a box for every state and a routed polyline for every transition. */
export async function layoutStatechart(): Promise<StatechartLayout> {
  const states = chartStates();
  const edges = chartEdges();
  const layersAbove = states.filter((state) => !state.final).length;
  const labels = new Map(states.map((state) => [state.id, nodeLabel(state.id)]));
  const edgeLabels = new Map(edges.map((edge) => [edge.id, edgeLabel(edge)]));
  const graph: ElkNode = {
    id: "referral",
    layoutOptions: LAYOUT_OPTIONS,
    children: states.map(({ id }, index) => {
      // Interactive layering reads the layer from the starting position: one question a layer, then two rows of outcomes.
      const layer = SECOND_ROW.has(id) ? layersAbove + 1 : Math.min(index, layersAbove);
      const lines = Object.values(labels.get(id)!).map(({ title, caption }) => [...title, ...caption]);
      return {
        id,
        width: round(Math.max(...lines.map((each) => textWidth(each, NODE_TEXT.size))) + 2 * PADDING.x),
        height: Math.max(...lines.map((each) => each.length)) * NODE_TEXT.line + 2 * PADDING.y,
        x: index * 10,
        y: layer * 1000,
        // Every way to 112 enters one port, so the arrows join into one line instead of running side by side.
        ...(id === EMERGENCY_STATE
          ? {
              layoutOptions: { "elk.portConstraints": "FIXED_SIDE" },
              ports: [{ id: EMERGENCY_PORT, width: 1, height: 1, layoutOptions: { "elk.port.side": "NORTH" } }],
            }
          : {}),
      };
    }),
    edges: edges.map((edge): ElkExtendedEdge => {
      const label = edgeLabels.get(edge.id);
      return {
        id: edge.id,
        sources: [edge.source],
        targets: [edge.target === EMERGENCY_STATE ? EMERGENCY_PORT : edge.target],
        labels: label
          ? [
              {
                id: `${edge.id}:label`,
                text: label.da,
                layoutOptions: { "elk.edgeLabels.placement": "TAIL" },
                width: round(Math.max(...LOCALES.map((locale) => textWidth([label[locale]], EDGE_TEXT.size))) + 6),
                height: EDGE_TEXT.line,
              },
            ]
          : [],
      };
    }),
  };
  const laidOut = await new ELK().layout(graph);
  const nodes = (laidOut.children ?? []).map((child): LayoutNode => {
    const state = states.find((candidate) => candidate.id === child.id)!;
    return {
      id: child.id,
      kind: kindOfState(child.id, state.final),
      x: round(child.x ?? 0),
      y: round(child.y ?? 0),
      width: round(child.width ?? 0),
      height: round(child.height ?? 0),
      label: labels.get(child.id)!,
    };
  });
  const routed = (laidOut.edges ?? []).map((elkEdge): LayoutEdge => {
    const edge = edges.find((candidate) => candidate.id === elkEdge.id)!;
    const [section, ...more] = elkEdge.sections ?? [];
    if (!section || more.length > 0) throw new Error(`ELK routed ${edge.id} in ${elkEdge.sections?.length ?? 0} sections`);
    const points = [section.startPoint, ...(section.bendPoints ?? []), section.endPoint].map(({ x, y }): [number, number] => [
      round(x),
      round(y),
    ]);
    const text = edgeLabels.get(edge.id);
    const elkLabel = elkEdge.labels?.[0];
    return {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      kind: kindOfEdge(edge),
      points,
      ...(text && elkLabel
        ? {
            label: {
              x: round(elkLabel.x ?? 0),
              y: round(elkLabel.y ?? 0),
              width: round(elkLabel.width ?? 0),
              height: round(elkLabel.height ?? 0),
              text,
            },
          }
        : {}),
    };
  });
  return { width: round(laidOut.width ?? 0), height: round(laidOut.height ?? 0), nodes, edges: routed };
}

/** The layout file's text: one node or edge a line, so that a change to the chart shows as a readable diff. */
export function layoutJson(layout: StatechartLayout): string {
  const lines = (items: readonly unknown[]) => items.map((item) => `    ${JSON.stringify(item)}`).join(",\n");
  return `{\n  "width": ${layout.width},\n  "height": ${layout.height},\n  "nodes": [\n${lines(layout.nodes)}\n  ],\n  "edges": [\n${lines(layout.edges)}\n  ]\n}\n`;
}
