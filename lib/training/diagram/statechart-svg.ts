import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { diagramTexts } from "./diagram-texts";
import { StatechartDiagram } from "./statechart-diagram";
import type { StatechartLayout } from "./statechart-layout";
import type { Locale } from "../../../machines/locale";

/** The whole diagram as a standalone SVG file: the page's component, rendered to markup. */
export function statechartSvg(locale: Locale, layout: StatechartLayout): string {
  const diagram = createElement(StatechartDiagram, { locale, layout, ...diagramTexts(locale) });
  return `<?xml version="1.0" encoding="UTF-8"?>\n${renderToStaticMarkup(diagram)}\n`;
}
