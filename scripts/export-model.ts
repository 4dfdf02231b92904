import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { layoutJson, layoutStatechart } from "../lib/training/diagram/layout-statechart";
import { statechartSvg } from "../lib/training/diagram/statechart-svg";
import { statechartSvgName } from "../lib/training/diagram/statechart-layout";
import { LOCALES } from "../machines/locale";
import { modelJson, modelMermaid } from "../machines/model-export";

const outDir = fileURLToPath(new URL("../docs/model/", import.meta.url));
mkdirSync(outDir, { recursive: true });
writeFileSync(`${outDir}referral-machine.json`, modelJson());
writeFileSync(`${outDir}referral-machine.mmd`, modelMermaid());
console.log(`Wrote ${outDir}referral-machine.json and referral-machine.mmd`);

const layoutFile = fileURLToPath(new URL("../lib/training/diagram/statechart-layout.json", import.meta.url));
const layout = await layoutStatechart();
writeFileSync(layoutFile, layoutJson(layout));
console.log(`Wrote ${layoutFile}`);

for (const locale of LOCALES) {
  writeFileSync(`${outDir}${statechartSvgName(locale)}`, statechartSvg(locale, layout));
  console.log(`Wrote ${outDir}${statechartSvgName(locale)}`);
}
