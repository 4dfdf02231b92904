import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

type PackageJson = { dependencies: Record<string, string>; scripts: Record<string, string> };
const manifest = JSON.parse(readFileSync("package.json", "utf8")) as PackageJson;

const SOURCE_ROOTS = ["app", "lib", "machines", "scripts", "prisma", "bench", "tests", "next.config.ts", "proxy.ts", "instrumentation.ts"];
const SOURCE_FILE = /\.(ts|tsx|mjs|js|css|sh)$/;

function sourceFiles(path: string): string[] {
  if (statSync(path).isFile()) return SOURCE_FILE.test(path) ? [path] : [];
  if (path.endsWith("generated")) return [];
  return readdirSync(path).flatMap((entry) => sourceFiles(join(path, entry)));
}

const sources = SOURCE_ROOTS.flatMap(sourceFiles).map((file) => readFileSync(file, "utf8"));
const commands = Object.values(manifest.scripts).join("\n");

/** Imported ("name", "name/…"), read from node_modules, or run as a command by an npm script. */
function isUsed(name: string): boolean {
  const escaped = name.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  const reference = new RegExp(`["'](${escaped})(/[^"']*)?["']|node_modules/${escaped}/`);
  return sources.some((source) => reference.test(source)) || new RegExp(`(^|[\\s&;])${escaped}\\s`, "m").test(commands);
}

describe("the production dependencies", () => {
  it("are each used by the app, its scripts or its tests", () => {
    expect(Object.keys(manifest.dependencies).filter((name) => !isUsed(name))).toEqual([]);
  });

  it("include Prisma's client, command line and driver adapters at one version", () => {
    const versions = ["prisma", "@prisma/client", "@prisma/adapter-pg", "@prisma/driver-adapter-utils"].map(
      (name) => manifest.dependencies[name],
    );
    expect(new Set(versions).size).toBe(1);
  });
});
