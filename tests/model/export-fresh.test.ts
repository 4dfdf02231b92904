import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import { modelJson, modelMermaid } from "../../machines/model-export";
import { STATECHART_LAYOUT, statechartSvgName } from "../../lib/training/diagram/statechart-layout";
import { LOCALES } from "../../machines/locale";
import { layoutJson, layoutStatechart } from "../../lib/training/diagram/layout-statechart";
import { statechartSvg } from "../../lib/training/diagram/statechart-svg";

const committed = (path: string) => readFileSync(fileURLToPath(new URL(`../../${path}`, import.meta.url)), "utf8");

it("docs/model matches the machine (run npm run export:model)", () => {
  expect(committed("docs/model/referral-machine.json"), "run npm run export:model").toBe(modelJson());
  expect(committed("docs/model/referral-machine.mmd"), "run npm run export:model").toBe(modelMermaid());
});

it("the diagram's layout matches the machine and its labels (run npm run export:model)", async () => {
  expect(committed("lib/training/diagram/statechart-layout.json"), "run npm run export:model").toBe(layoutJson(await layoutStatechart()));
});

it("the diagram's SVG files are what the page's component draws (run npm run export:model)", () => {
  for (const locale of LOCALES) {
    expect(committed(`docs/model/${statechartSvgName(locale)}`), "run npm run export:model").toBe(statechartSvg(locale, STATECHART_LAYOUT));
  }
});
