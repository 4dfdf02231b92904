import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { buildState, hashSources, recordSourceHash } from "@/scripts/source-hash";

const roots: string[] = [];

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function write(root: string, file: string, content: string) {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), content);
}

/** A working tree with a few build inputs and a few files that are not. */
function workingTree(): string {
  const root = mkdtempSync(path.join(tmpdir(), "source-hash-"));
  roots.push(root);
  write(root, "app/[locale]/page.tsx", "export default function Page() { return null; }\n");
  write(root, "messages/da.json", '{ "start": { "title": "Er du bekymret?" } }\n');
  write(root, "next.config.ts", "export default {};\n");
  write(root, "README.md", "# Henvis\n");
  write(root, "lib/generated/prisma/client.ts", "// generated\n");
  return root;
}

function built(root: string) {
  write(root, ".next/BUILD_ID", "build-1\n");
}

describe("hashSources", () => {
  it("gives the same hash for the same files", () => {
    expect(hashSources(workingTree())).toBe(hashSources(workingTree()));
  });

  it("changes when a message text changes", () => {
    const root = workingTree();
    const before = hashSources(root);
    write(root, "messages/da.json", '{ "start": { "title": "Er du urolig?" } }\n');
    expect(hashSources(root)).not.toBe(before);
  });

  it("changes when a build input is renamed", () => {
    const root = workingTree();
    const before = hashSources(root);
    rmSync(path.join(root, "messages/da.json"));
    write(root, "messages/en.json", '{ "start": { "title": "Er du bekymret?" } }\n');
    expect(hashSources(root)).not.toBe(before);
  });

  it("ignores files that do not go into the build", () => {
    const root = workingTree();
    const before = hashSources(root);
    write(root, "README.md", "# Henvis, changed\n");
    write(root, "docs/notes.md", "notes\n");
    write(root, "lib/generated/prisma/client.ts", "// generated again\n");
    write(root, ".next/BUILD_ID", "build-2\n");
    expect(hashSources(root)).toBe(before);
  });
});

describe("buildState", () => {
  it("is none when nothing was built", () => {
    const root = workingTree();
    expect(buildState(root, hashSources(root))).toBe("none");
  });

  it("is stale when the build recorded no hash", () => {
    const root = workingTree();
    built(root);
    expect(buildState(root, hashSources(root))).toBe("unrecorded");
  });

  it("is current for the recorded hash and changed after an edit", () => {
    const root = workingTree();
    built(root);
    recordSourceHash(root, hashSources(root));
    expect(buildState(root, hashSources(root))).toBe("current");

    write(root, "messages/da.json", '{ "start": { "title": "Er du urolig?" } }\n');
    expect(buildState(root, hashSources(root))).toBe("changed");
  });
});
