import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const dir = fileURLToPath(new URL("../../../machines/", import.meta.url));

it("machines/ imports only xstate and its own files", () => {
  const files = readdirSync(dir).filter((name) => name.endsWith(".ts"));
  expect(files.length).toBeGreaterThan(0);
  for (const file of files) {
    const source = readFileSync(`${dir}${file}`, "utf8");
    const specifiers = [...source.matchAll(/(?:import|export)[^"']*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']/g)].map(
      (match) => match[1] ?? match[2],
    );
    for (const specifier of specifiers) {
      expect(specifier === "xstate" || specifier?.startsWith("./"), `${file} imports ${specifier}`).toBe(true);
    }
  }
});
