import {
  EDGE_TEXT,
  NODE_TEXT,
  STATECHART_LAYOUT,
  type LayoutEdge,
  type LayoutNode,
  type StatechartLayout,
} from "@/lib/training/diagram/statechart-layout";
import type { Locale } from "@/machines/locale";
import type { PathThrough } from "@/machines/path-through";

// Drawn with presentation attributes, not classes, so that the downloaded SVG looks the same as the page's
// and prints in black and white. The two routes differ in line style and marks, not only in colour.
const INK = "#1a1a1a";
const EDGE_INK = "#4a4a4a";
const TAKEN_INK = "#004993";
const END_FILL = "#ececec";
const FONT = "'IBM Plex Sans', Arial, sans-serif";

export const ROUTE_STYLE = {
  taken: { stroke: TAKEN_INK, strokeWidth: 4 },
  model: { stroke: INK, strokeWidth: 4, strokeDasharray: "10 6" },
} as const;

export type DiagramTexts = { title: string; description: string };

type Routes = { taken: Set<string>; model: Set<string> };
type Props = DiagramTexts & {
  locale: Locale;
  /** The route the answers took, drawn solid with round marks. */
  taken?: PathThrough;
  /** The model route, drawn dashed with square marks; give it when it differs from the one taken. */
  model?: PathThrough;
  /** Prefixes the ids inside the SVG; two diagrams on one page need different ones. */
  idPrefix?: string;
  layout?: StatechartLayout;
};

/** The whole statechart as inline SVG: a group per state (`data-state`) and per transition (`data-edge`). */
export function StatechartDiagram({
  locale,
  title,
  description,
  taken,
  model,
  idPrefix = "statechart",
  layout = STATECHART_LAYOUT,
}: Props) {
  const id = (name: string) => `${idPrefix}-${name}`;
  const onRoute = (route: PathThrough | undefined, kind: "states" | "edges") => new Set(route?.[kind] ?? []);
  const states: Routes = { taken: onRoute(taken, "states"), model: onRoute(model, "states") };
  const edges: Routes = { taken: onRoute(taken, "edges"), model: onRoute(model, "edges") };
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      role="img"
      aria-labelledby={`${id("title")} ${id("desc")}`}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      width={layout.width}
      height={layout.height}
      fontFamily={FONT}
      className="statechart"
    >
      <title id={id("title")}>{title}</title>
      <desc id={id("desc")}>{description}</desc>
      <Markers id={id} />
      <rect width={layout.width} height={layout.height} fill="#fff" />
      {layout.edges.map((edge) => (
        <Edge key={edge.id} edge={edge} id={id} taken={edges.taken.has(edge.id)} model={edges.model.has(edge.id)} />
      ))}
      {/* Above every line, so that no later edge runs through a label. */}
      {layout.edges.map(
        (edge) =>
          edge.label && (
            <EdgeLabel key={edge.id} label={edge.label} locale={locale} onRoute={edges.taken.has(edge.id) || edges.model.has(edge.id)} />
          ),
      )}
      {layout.nodes.map((node) => (
        <Node key={node.id} node={node} locale={locale} taken={states.taken.has(node.id)} model={states.model.has(node.id)} />
      ))}
    </svg>
  );
}

function Markers({ id }: { id: (name: string) => string }) {
  // A plain edge's arrowhead is small and turns with the line's start; a route's is larger.
  const arrow = (name: string, fill: string, { refX, size, orient }: { refX: number; size: number; orient: string }) => (
    <marker
      id={id(name)}
      viewBox="0 0 10 10"
      refX={refX}
      refY="5"
      markerWidth={size}
      markerHeight={size}
      orient={orient}
      markerUnits="userSpaceOnUse"
    >
      <path d="M0,0 L10,5 L0,10 z" fill={fill} />
    </marker>
  );
  return (
    <defs>
      {arrow("arrow", EDGE_INK, { refX: 9, size: 7, orient: "auto-start-reverse" })}
      {arrow("arrow-route", INK, { refX: 8, size: 14, orient: "auto" })}
      <marker id={id("dot")} viewBox="0 0 10 10" refX="5" refY="5" markerWidth="12" markerHeight="12" markerUnits="userSpaceOnUse">
        <circle cx="5" cy="5" r="5" fill={TAKEN_INK} />
      </marker>
      <marker id={id("square")} viewBox="0 0 10 10" refX="5" refY="5" markerWidth="11" markerHeight="11" markerUnits="userSpaceOnUse">
        <rect width="10" height="10" fill={INK} />
      </marker>
    </defs>
  );
}

const DOTS = { dash: 2, gap: 4 } as const;

const lengthOf = (points: LayoutEdge["points"]) =>
  points.slice(1).reduce((sum, [x, y], index) => sum + Math.hypot(x - points[index]![0], y - points[index]![1]), 0);

/** Dots counted back from the arrowhead, so that where emergency arrows run together their dots coincide. */
function dotted(edge: LayoutEdge) {
  const period = DOTS.dash + DOTS.gap;
  const offset = (period - (lengthOf(edge.points) % period)) % period;
  return { strokeDasharray: `${DOTS.dash} ${DOTS.gap}`, strokeDashoffset: Math.round(offset * 10) / 10 };
}

function Edge({ edge, id, taken, model }: { edge: LayoutEdge; id: (name: string) => string; taken: boolean; model: boolean }) {
  const d = `M${edge.points.map(([x, y]) => `${x},${y}`).join(" L")}`;
  const plain = { stroke: EDGE_INK, strokeWidth: 1.5, ...(edge.kind === "emergency" ? dotted(edge) : {}) };
  const route = taken || model;
  const routeName = [taken && "taken", model && "model"].filter(Boolean).join(" ") || undefined;
  return (
    <g data-edge={edge.id} data-route={routeName}>
      {!route && <path d={d} fill="none" {...plain} markerEnd={`url(#${id("arrow")})`} />}
      {taken && (
        <path d={d} fill="none" {...ROUTE_STYLE.taken} markerStart={`url(#${id("dot")})`} markerEnd={`url(#${id("arrow-route")})`} />
      )}
      {model && (
        <path
          d={d}
          fill="none"
          {...ROUTE_STYLE.model}
          // On both routes the model's dashes run inside the taken line.
          {...(taken ? { stroke: "#fff", strokeWidth: 1.5 } : {})}
          markerStart={`url(#${id("square")})`}
          markerEnd={`url(#${id("arrow-route")})`}
        />
      )}
    </g>
  );
}

// A white halo round the letters rather than a white box, so that a line passing under a label still shows where it runs.
function EdgeLabel({ label, locale, onRoute }: { label: NonNullable<LayoutEdge["label"]>; locale: Locale; onRoute: boolean }) {
  return (
    <text
      x={label.x + 3}
      y={label.y + EDGE_TEXT.line * 0.75}
      fontSize={EDGE_TEXT.size}
      fill={INK}
      stroke="#fff"
      strokeWidth={5}
      strokeLinejoin="round"
      paintOrder="stroke"
      fontWeight={onRoute ? 700 : 400}
    >
      {label.text[locale]}
    </text>
  );
}

function Node({ node, locale, taken, model }: { node: LayoutNode; locale: Locale; taken: boolean; model: boolean }) {
  const { title, caption } = node.label[locale];
  const lines = [...title.map((text) => ({ text, strong: node.kind === "end" })), ...caption.map((text) => ({ text, strong: false }))];
  const top = node.y + (node.height - lines.length * NODE_TEXT.line) / 2;
  const radius = node.kind === "end" ? 14 : 4;
  const box = { x: node.x, y: node.y, width: node.width, height: node.height, rx: radius, fill: node.kind === "end" ? END_FILL : "#fff" };
  const routeName = [taken && "taken", model && "model"].filter(Boolean).join(" ") || undefined;
  return (
    <g data-state={node.id} data-route={routeName}>
      <rect {...box} stroke={INK} strokeWidth={node.kind === "check" ? 3 : 1.5} />
      {taken && <rect {...box} fill="none" {...ROUTE_STYLE.taken} />}
      {model && (
        <rect
          {...box}
          fill="none"
          {...ROUTE_STYLE.model}
          {...(taken ? { x: node.x - 5, y: node.y - 5, width: node.width + 10, height: node.height + 10 } : {})}
        />
      )}
      <text x={node.x + node.width / 2} fontSize={NODE_TEXT.size} textAnchor="middle" fill={INK}>
        {lines.map((line, index) => (
          <tspan
            key={index}
            x={node.x + node.width / 2}
            y={top + index * NODE_TEXT.line + NODE_TEXT.line * 0.75}
            fontWeight={line.strong || taken || model ? 700 : 400}
          >
            {line.text}
          </tspan>
        ))}
      </text>
    </g>
  );
}
