import layout from "./statechart-layout.json";
import type { Locale, Localised } from "@/machines/locale";

// The statechart diagram's geometry, computed from the machine by `npm run export:model` (lib/training/diagram/layout-statechart.ts).

/**
 * Text sizes and padding in the diagram's units (px at 100 %): the layout sizes the boxes for them. The answers on
 * the arrows are as large as the boxes' text, since the smallest text decides how small the whole diagram can be shown.
 */
export const NODE_TEXT = { size: 16, line: 20 } as const;
export const EDGE_TEXT = { size: 16, line: 20 } as const;
export const NODE_PADDING = { x: 14, y: 10 } as const;

export type NodeKind = "question" | "check" | "end";
export type EdgeKind = "answer" | "confirm" | "emergency";
export type Box = { x: number; y: number; width: number; height: number };

/** A state's label in one language, one line per entry: for an outcome, the bodies as title and what decides it as caption. */
export type NodeLabel = { title: string[]; caption: string[] };

/** A state: its box and its label in each language. */
export type LayoutNode = Box & { id: string; kind: NodeKind; label: Record<keyof Localised, NodeLabel> };

/** A transition: its route as an orthogonal polyline ending at the target's border, and where its label sits. */
export type LayoutEdge = {
  id: string;
  source: string;
  target: string;
  kind: EdgeKind;
  points: [number, number][];
  label?: Box & { text: Localised };
};

export type StatechartLayout = { width: number; height: number; nodes: LayoutNode[]; edges: LayoutEdge[] };

export const STATECHART_LAYOUT = layout as StatechartLayout;

/** How much wider than high the diagram is: the frame on the page fits it whole by this. */
export const STATECHART_ASPECT_RATIO = STATECHART_LAYOUT.width / STATECHART_LAYOUT.height;

/** The name of the diagram's SVG file in `locale`'s language, which `npm run export:model` writes to docs/model/. */
export const statechartSvgName = (locale: Locale) => `referral-machine.${locale}.svg`;
