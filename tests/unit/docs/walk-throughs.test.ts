import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// The walk-throughs name the files a change touches; a file that moves must take its walk-through with it.
const WALK_THROUGHS = "docs/contributing.md";

const namedPaths = (markdown: string) =>
  [...markdown.matchAll(/`([\w./-]+\/[\w./-]*|[\w-]+\.(?:ts|tsx|json|prisma|md))`/g)]
    .map((match) => match[1] ?? "")
    .filter((path) => !path.startsWith("npm") && !path.startsWith("/"));

describe(WALK_THROUGHS, () => {
  const paths = namedPaths(readFileSync(WALK_THROUGHS, "utf8"));

  it("names files", () => {
    expect(paths.length).toBeGreaterThan(20);
  });

  it("names only files and folders that exist", () => {
    expect(paths.filter((path) => !existsSync(path))).toEqual([]);
  });
});
