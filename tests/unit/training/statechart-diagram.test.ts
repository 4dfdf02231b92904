import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { StatechartDiagram } from "@/lib/training/diagram/statechart-diagram";
import { edgeIdOf } from "@/machines/chart-edges";
import type { Locale } from "@/machines/locale";
import { pathThrough } from "@/machines/path-through";
import { referralMachine } from "@/machines/referral.machine";
import da from "@/messages/da.json";
import en from "@/messages/en.json";
import { TEACHER_ANSWERS } from "@/tests/helpers/personas";

const render = (locale: Locale, routes: Pick<Parameters<typeof StatechartDiagram>[0], "taken" | "model"> = {}) =>
  renderToStaticMarkup(createElement(StatechartDiagram, { locale, title: "Titel", description: "Beskrivelse", ...routes }));

const attributeValues = (svg: string, name: string) => [...svg.matchAll(new RegExp(`<g ${name}="([^"]+)"`, "g"))].map((match) => match[1]!);
const routeOf = (svg: string, kind: "state" | "edge", id: string) =>
  new RegExp(`<g data-${kind}="${id.replace(".", "\\.")}"(?: data-route="([^"]+)")?`).exec(svg)?.[1];

// Read from the machine definition itself, not from the module that lists the edges for the layout.
const states = Object.values(referralMachine.root.states);
const machineEdges = states.flatMap((node) =>
  [...node.transitions].flatMap(([event, transitions]) => transitions.map((transition) => edgeIdOf(node, event, transition))),
);

describe("the statechart diagram", () => {
  for (const locale of ["da", "en"] as const) {
    it(`draws every state and every transition of the machine, and nothing else (${locale})`, () => {
      const svg = render(locale);
      expect(machineEdges.length).toBeGreaterThan(40);
      expect(attributeValues(svg, "data-state").sort()).toEqual(states.map((node) => node.key).sort());
      expect(attributeValues(svg, "data-edge").sort()).toEqual([...machineEdges].sort());
      expect(new Set(machineEdges).size).toBe(machineEdges.length);
    });
  }

  it("is an image with a title and a description, and an arrowhead on every edge", () => {
    const svg = render("da");
    expect(svg).toMatch(/^<svg[^>]* role="img"[^>]* aria-labelledby="statechart-title statechart-desc"/);
    expect(svg).toContain('<title id="statechart-title">Titel</title><desc id="statechart-desc">Beskrivelse</desc>');
    expect(svg.match(/marker-end="url\(#statechart-arrow\)"/g)?.length).toBe(machineEdges.length);
  });

  it("labels the questions and outcomes in the page's language, with the body names of the messages", () => {
    const danish = render("da");
    const english = render("en");
    expect(danish).toContain(`>${da.trainingModel.states.checkAnswers}<`);
    expect(english).toContain(`>${en.trainingModel.states.checkAnswers}<`);
    expect(danish).toContain(">Hotline mod<");
    expect(english).not.toContain(da.trainingModel.states.checkAnswers);
    expect(danish).not.toContain(en.trainingModel.states.checkAnswers);
  });

  it("marks the route taken and the model route, and only those", () => {
    const taken = pathThrough(TEACHER_ANSWERS);
    const model = pathThrough({ ...TEACHER_ANSWERS, adviceFirst: true });
    const svg = render("da", { taken, model });
    expect(routeOf(svg, "edge", "checkAnswers.R8d")).toBe("taken");
    expect(routeOf(svg, "edge", "checkAnswers.R7")).toBe("model");
    expect(routeOf(svg, "edge", "acuteDanger.noAcuteDanger")).toBe("taken model");
    expect(routeOf(svg, "state", "R8d")).toBe("taken");
    expect(routeOf(svg, "state", "R7")).toBe("model");
    expect(routeOf(svg, "state", "R8f")).toBeUndefined();
    const marked = attributeValues(svg, "data-edge").filter((id) => routeOf(svg, "edge", id) !== undefined);
    expect(marked.sort()).toEqual([...new Set([...taken.edges, ...model.edges])].sort());
  });
});
