import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";
import { modelJson, modelMermaid } from "../../machines/model-export";

const committed = (name: string) => readFileSync(fileURLToPath(new URL(`../../docs/model/${name}`, import.meta.url)), "utf8");

it("docs/model matches the machine (run npm run export:model)", () => {
  expect(committed("referral-machine.json"), "run npm run export:model").toBe(modelJson());
  expect(committed("referral-machine.mmd"), "run npm run export:model").toBe(modelMermaid());
});
