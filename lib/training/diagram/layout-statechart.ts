import {
  EDGE_TEXT,
  NODE_PADDING as PADDING,
  NODE_TEXT,
  type Box,
  type EdgeKind,
  type LayoutEdge,
  type LayoutNode,
  type NodeKind,
  type StatechartLayout,
} from "./statechart-layout";
import { chartEdges, chartStates, type ChartEdge, type ChartState } from "../../../machines/chart-edges";
import { LOCALES } from "../../../machines/locale";
import { layoutFlow } from "./layout-questions";
import { edgeLabel, nodeLabel } from "./statechart-labels";

// Lays the statechart out once for both languages: each box is as wide as its longer label. The sizes estimate
// the text's width from its length, generously, since no font is measured here.
//
// A projector and a printed page are landscape, so the chart stands in three parts side by side: 112 at the top
// left, with a dotted line down the left side that every question joins; the questions flowing down (laid out by
// ELK); and the outcomes in columns on the right, in the order the rules are tried, fed by one line from Check
// your answers.
const CHARACTER_WIDTH = 0.6;
const MARGIN = 16;
/** Room between two parts for the line that runs between them. */
const BUS_GAP = 40;
/** Between two outcomes in a column. */
const END_GAP = 12;
/** Between two lines that leave the same side of a box. */
const LINE_GAP = 14;
const OUTCOME_COLUMNS = 2;

type Point = [number, number];

const round = (value: number) => Math.round(value * 10) / 10;
const textWidth = (lines: readonly string[], size: number) => Math.max(...lines.map((line) => line.length)) * size * CHARACTER_WIDTH;

/** The width of an edge's label box: its longer language, with a little room either side; 0 for an edge without one. */
function labelWidth(edge: ChartEdge): number {
  const text = edgeLabel(edge);
  return text ? Math.max(...LOCALES.map((locale) => textWidth([text[locale]], EDGE_TEXT.size))) + 6 : 0;
}

const kindOfState = (id: string, final: boolean): NodeKind => (final ? "end" : id === "checkAnswers" ? "check" : "question");
const kindOfEdge = (edge: ChartEdge): EdgeKind =>
  edge.event === "emergency" ? "emergency" : edge.event === "answers.confirmed" ? "confirm" : "answer";

function sizedNode(state: ChartState): LayoutNode {
  const label = nodeLabel(state.id);
  const lines = Object.values(label).map(({ title, caption }) => [...title, ...caption]);
  return {
    id: state.id,
    kind: kindOfState(state.id, state.final),
    x: 0,
    y: 0,
    width: Math.max(...lines.map((each) => textWidth(each, NODE_TEXT.size))) + 2 * PADDING.x,
    height: Math.max(...lines.map((each) => each.length)) * NODE_TEXT.line + 2 * PADDING.y,
    label,
  };
}

/** An edge of the layout; `label` is where its text goes, if it has one. */
function layoutEdge(edge: ChartEdge, points: Point[], label?: Box): LayoutEdge {
  const text = edgeLabel(edge);
  return {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    kind: kindOfEdge(edge),
    points,
    ...(text && label ? { label: { ...label, text } } : {}),
  };
}

const middleOf = (box: Box) => box.y + box.height / 2;
const moved = <T extends Box>(box: T, dx: number, dy: number): T => ({ ...box, x: box.x + dx, y: box.y + dy });
/** Every box the drawing covers: the nodes, the labels and each straight piece of every line. */
function extentsOf(nodes: readonly Box[], edges: readonly LayoutEdge[]): Box[] {
  const pieces = edges.flatMap((edge) =>
    edge.points.slice(1).map(([x, y], index): Box => {
      const [fromX, fromY] = edge.points[index]!;
      return { x: Math.min(x, fromX), y: Math.min(y, fromY), width: Math.abs(x - fromX), height: Math.abs(y - fromY) };
    }),
  );
  return [...nodes, ...edges.flatMap((edge) => (edge.label ? [edge.label] : [])), ...pieces];
}

function boundsOf(boxes: readonly Box[]) {
  return {
    left: Math.min(...boxes.map((box) => box.x)),
    top: Math.min(...boxes.map((box) => box.y)),
    right: Math.max(...boxes.map((box) => box.x + box.width)),
    bottom: Math.max(...boxes.map((box) => box.y + box.height)),
  };
}

/** The outcomes in columns, in the machine's order, split where the columns come out most even. */
function outcomeColumns(ends: readonly LayoutNode[]): LayoutNode[][] {
  const total = ends.reduce((sum, end) => sum + end.height + END_GAP, 0);
  const columns: LayoutNode[][] = [[]];
  let above = 0;
  for (const end of ends) {
    const full = (total * columns.length) / OUTCOME_COLUMNS;
    if (columns.length < OUTCOME_COLUMNS && columns.at(-1)!.length > 0 && above + end.height / 2 > full) columns.push([]);
    columns.at(-1)!.push(end);
    above += end.height + END_GAP;
  }
  return columns;
}

/**
 * 112 level with the first question, left of everything level with it and with room for the labels of the first
 * question's arrows, which run straight across; every other question's arrow joins a line down from 112's lower side,
 * left of every question.
 */
function placeEmergency(emergency: LayoutNode, questions: readonly LayoutNode[], extents: readonly Box[], edges: readonly ChartEdge[]) {
  const first = questions[0]!;
  const direct = edges.filter((edge) => edge.source === first.id);
  const y = middleOf(first) - emergency.height / 2;
  const level = boundsOf(extents.filter((box) => box.y < y + emergency.height + LINE_GAP && box.y + box.height > y - LINE_GAP));
  const right = Math.min(level.left, first.x - Math.max(0, ...direct.map(labelWidth))) - LINE_GAP;
  const x = Math.min(right - emergency.width, boundsOf(extents).left - BUS_GAP / 2 - emergency.width / 2);
  const node = { ...emergency, x, y };
  const busX = x + emergency.width / 2;
  const routed = edges.map((edge) => {
    const source = questions.find((question) => question.id === edge.source)!;
    if (source !== first) {
      return layoutEdge(edge, [
        [source.x, middleOf(source)],
        [busX, middleOf(source)],
        [busX, y + emergency.height],
      ]);
    }
    const across = middleOf(source) + (direct.indexOf(edge) - (direct.length - 1) / 2) * LINE_GAP;
    const width = labelWidth(edge);
    const label = { x: source.x - LINE_GAP / 2 - width, y: across - EDGE_TEXT.line - 1, width, height: EDGE_TEXT.line };
    return layoutEdge(
      edge,
      [
        [source.x, across],
        [x + emergency.width, across],
      ],
      label,
    );
  });
  return { node, edges: routed };
}

/**
 * The outcomes in columns right of `left`, from the top: a line leaves Check your answers to the right and runs up
 * the left side of each column, passing below the columns before it.
 */
function placeOutcomes(columns: readonly LayoutNode[][], check: LayoutNode, left: number, top: number, edges: readonly ChartEdge[]) {
  const trunk = middleOf(check);
  const start: Point = [check.x + check.width, trunk];
  const firstBus = left - BUS_GAP / 2;
  const nodes: LayoutNode[] = [];
  const routed: LayoutEdge[] = [];
  let below = trunk;
  for (const column of columns) {
    const width = Math.max(...column.map((end) => end.width));
    const bus = left - BUS_GAP / 2;
    let y = top;
    for (const end of column) {
      const node = { ...end, x: left, y, width };
      const edge = edges.find((candidate) => candidate.target === end.id);
      if (edge?.source !== check.id) throw new Error(`The outcome ${end.id} is reached from elsewhere than ${check.id}`);
      const around: Point[] =
        below === trunk
          ? []
          : [
              [firstBus, trunk],
              [firstBus, below],
            ];
      routed.push(layoutEdge(edge, [start, ...around, [bus, below], [bus, middleOf(node)], [left, middleOf(node)]]));
      nodes.push(node);
      y += end.height + END_GAP;
    }
    left += width + BUS_GAP;
    below = Math.max(below, y - END_GAP + BUS_GAP / 2);
  }
  return { nodes, edges: routed };
}

/** The questions and Check your answers, laid out by ELK, each arrow's label next to where it leaves its box. */
async function layoutQuestions(nodes: readonly LayoutNode[], edges: readonly ChartEdge[]) {
  const { positions, routes } = await layoutFlow(
    nodes,
    edges.map((edge) => {
      const text = edgeLabel(edge);
      return { ...edge, ...(text ? { label: { text: text.da, width: labelWidth(edge), height: EDGE_TEXT.line } } : {}) };
    }),
  );
  return {
    nodes: nodes.map((node) => ({ ...node, ...positions.get(node.id)! })),
    edges: edges.map((edge) => {
      const route = routes.get(edge.id)!;
      return layoutEdge(edge, route.points, route.label);
    }),
  };
}

const rounded = <T extends Box>(box: T): T => ({
  ...box,
  x: round(box.x),
  y: round(box.y),
  width: round(box.width),
  height: round(box.height),
});

/** The diagram's layout: a box for every state and a routed polyline for every transition. */
export async function layoutStatechart(): Promise<StatechartLayout> {
  const states = chartStates();
  const edges = chartEdges();
  const sized = new Map(states.map((state) => [state.id, sizedNode(state)]));
  const finals = new Set(states.filter((state) => state.final).map((state) => state.id));
  const emergencyId = edges.find((edge) => edge.event === "emergency")!.target;

  const questions = await layoutQuestions(
    states.filter((state) => !state.final).map((state) => sized.get(state.id)!),
    edges.filter((edge) => !finals.has(edge.target)),
  );
  const extents = extentsOf(questions.nodes, questions.edges);
  const intoEmergency = edges.filter((edge) => edge.target === emergencyId);
  const side = placeEmergency(sized.get(emergencyId)!, questions.nodes, extents, intoEmergency);

  const check = questions.nodes.find((node) => node.kind === "check")!;
  const ends = states.filter((state) => state.final && state.id !== emergencyId).map((state) => sized.get(state.id)!);
  const { right, top } = boundsOf([...extents, side.node]);
  const outcomes = placeOutcomes(outcomeColumns(ends), check, right + BUS_GAP, top, edges);

  const order = new Map([...states, ...edges].map((item, index) => [item.id, index]));
  const byOrder = (a: { id: string }, b: { id: string }) => order.get(a.id)! - order.get(b.id)!;
  const nodes = [...questions.nodes, side.node, ...outcomes.nodes].sort(byOrder);
  const routed = [...questions.edges, ...side.edges, ...outcomes.edges].sort(byOrder);
  const all = boundsOf(extentsOf(nodes, routed));
  const [dx, dy] = [MARGIN - all.left, MARGIN - all.top];
  return {
    width: round(all.right - all.left + 2 * MARGIN),
    height: round(all.bottom - all.top + 2 * MARGIN),
    nodes: nodes.map((node) => rounded(moved(node, dx, dy))),
    edges: routed.map((edge) => ({
      ...edge,
      points: edge.points.map(([x, y]): Point => [round(x + dx), round(y + dy)]),
      ...(edge.label ? { label: rounded(moved(edge.label, dx, dy)) } : {}),
    })),
  };
}

/** The layout file's text: one node or edge a line, so that a change to the chart shows as a readable diff. */
export function layoutJson(layout: StatechartLayout): string {
  const lines = (items: readonly unknown[]) => items.map((item) => `    ${JSON.stringify(item)}`).join(",\n");
  return `{\n  "width": ${layout.width},\n  "height": ${layout.height},\n  "nodes": [\n${lines(layout.nodes)}\n  ],\n  "edges": [\n${lines(layout.edges)}\n  ]\n}\n`;
}
