import { describe, expect, it } from "vitest";
import { STATECHART_LAYOUT, type Box, type LayoutEdge } from "@/lib/training/diagram/statechart-layout";
import { referralMachine } from "@/machines/referral.machine";

// The committed layout, read as a reader sees it: boxes apart, lines that start and end on their boxes and pass
// through no other, and the outcomes in the order Check your answers tries them.
const { nodes, edges, width, height } = STATECHART_LAYOUT;
const boxOf = (id: string) => nodes.find((node) => node.id === id)!;

const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const onBorder = ([x, y]: [number, number], box: Box) => {
  const withinX = x >= box.x - 0.5 && x <= box.x + box.width + 0.5;
  const withinY = y >= box.y - 0.5 && y <= box.y + box.height + 0.5;
  const onSide = Math.abs(x - box.x) <= 0.5 || Math.abs(x - box.x - box.width) <= 0.5;
  const onTopOrBottom = Math.abs(y - box.y) <= 0.5 || Math.abs(y - box.y - box.height) <= 0.5;
  return withinX && withinY && (onSide || onTopOrBottom);
};
const segments = (edge: LayoutEdge) => edge.points.slice(1).map((end, index) => [edge.points[index]!, end] as const);
/** Whether a straight piece of line runs through the inside of a box (touching its border does not count). */
const crosses = ([[x1, y1], [x2, y2]]: readonly [[number, number], [number, number]], box: Box) =>
  Math.max(x1, x2) > box.x + 0.5 &&
  Math.min(x1, x2) < box.x + box.width - 0.5 &&
  Math.max(y1, y2) > box.y + 0.5 &&
  Math.min(y1, y2) < box.y + box.height - 0.5;

describe("the statechart's layout", () => {
  it("keeps every box and label inside the drawing, and no box on another box or a label", () => {
    const labels = edges.flatMap((edge) => (edge.label ? [{ ...edge.label, id: `${edge.id} label` }] : []));
    for (const box of [...nodes, ...labels]) {
      expect(box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + box.height <= height, box.id).toBe(true);
    }
    for (const node of nodes) {
      const hit = [...nodes, ...labels].filter((other) => other !== node && overlap(node, other)).map((other) => other.id);
      expect(hit, node.id).toEqual([]);
    }
  });

  it("draws each arrow from the border of its state to the border of the next, in straight pieces through no other box", () => {
    for (const edge of edges) {
      expect(onBorder(edge.points[0]!, boxOf(edge.source)), `${edge.id} starts on ${edge.source}`).toBe(true);
      expect(onBorder(edge.points.at(-1)!, boxOf(edge.target)), `${edge.id} ends on ${edge.target}`).toBe(true);
      for (const segment of segments(edge)) {
        const [[x1, y1], [x2, y2]] = segment;
        expect(x1 === x2 || y1 === y2, `${edge.id} has a slanted piece`).toBe(true);
        const through = nodes.filter((node) => crosses(segment, node)).map((node) => node.id);
        expect(through, `${edge.id} runs through`).toEqual([]);
      }
    }
  });

  it("stands the outcomes of Check your answers in the order they are tried, from the top down, column by column", () => {
    const tried = referralMachine.root.states
      .checkAnswers!.transitions.get("answers.confirmed")!
      .map((transition) => transition.target![0]!.key);
    expect(tried.length).toBeGreaterThan(10);
    const columns = [...new Set(tried.map((id) => boxOf(id).x))].sort((a, b) => a - b);
    expect(columns.length).toBeGreaterThan(1);
    const read = [...tried].sort((a, b) => columns.indexOf(boxOf(a).x) - columns.indexOf(boxOf(b).x) || boxOf(a).y - boxOf(b).y);
    expect(read).toEqual(tried);
  });
});
