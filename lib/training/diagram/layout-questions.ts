import ELK, { type ElkNode } from "elkjs/lib/elk.bundled.js";
import type { Box } from "./statechart-layout";

type Point = [number, number];
export type FlowNode = { id: string; width: number; height: number };
export type FlowEdge = { id: string; source: string; target: string; label?: { text: string; width: number; height: number } };
export type Route = { points: Point[]; label?: Box };

const OPTIONS = {
  "elk.algorithm": "layered",
  "elk.direction": "DOWN",
  "elk.edgeRouting": "ORTHOGONAL",
  // Keeps the machine's order (the questions' order, the answers' order) from left to right.
  "elk.layered.considerModelOrder.strategy": "NODES_AND_EDGES",
  "elk.layered.crossingMinimization.forceNodeModelOrder": "true",
  "elk.layered.nodePlacement.strategy": "NETWORK_SIMPLEX",
  "elk.spacing.nodeNode": "28",
  "elk.layered.spacing.nodeNodeBetweenLayers": "24",
  "elk.layered.spacing.edgeNodeBetweenLayers": "10",
  "elk.spacing.edgeEdge": "14",
  "elk.spacing.edgeLabel": "2",
  "elk.layered.edgeLabels.sideSelection": "ALWAYS_DOWN",
  "elk.padding": "[top=0,left=0,bottom=0,right=0]",
};

/**
 * The questions as a layered flow from the top down, laid out by ELK: where each box goes, and each arrow's route
 * with its label next to where it leaves its box.
 */
export async function layoutFlow(nodes: readonly FlowNode[], edges: readonly FlowEdge[]) {
  const graph: ElkNode = {
    id: "flow",
    layoutOptions: OPTIONS,
    children: nodes.map(({ id, width, height }) => ({ id, width, height })),
    edges: edges.map(({ id, source, target, label }) => ({
      id,
      sources: [source],
      targets: [target],
      labels: label ? [{ id: `${id}:label`, ...label, layoutOptions: { "elk.edgeLabels.placement": "TAIL" } }] : [],
    })),
  };
  const laidOut = await new ELK().layout(graph);
  const positions = new Map((laidOut.children ?? []).map((child) => [child.id, { x: child.x ?? 0, y: child.y ?? 0 }]));
  const routes = new Map(
    (laidOut.edges ?? []).map((edge): [string, Route] => {
      const [section, ...more] = edge.sections ?? [];
      if (!section || more.length > 0) throw new Error(`ELK routed ${edge.id} in ${edge.sections?.length ?? 0} sections`);
      const points = [section.startPoint, ...(section.bendPoints ?? []), section.endPoint].map(({ x, y }): Point => [x, y]);
      const label = edge.labels?.[0];
      return [
        edge.id,
        { points, ...(label ? { label: { x: label.x ?? 0, y: label.y ?? 0, width: label.width ?? 0, height: label.height ?? 0 } } : {}) },
      ];
    }),
  );
  return { positions, routes };
}
