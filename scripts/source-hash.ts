import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Everything `next build` reads from the working tree: a change to any of these makes the last build stale. */
export const BUILD_INPUTS = [
  "app",
  "lib",
  "machines",
  "messages",
  "public",
  "proxy.ts",
  "scripts/serve.ts",
  // Bundled after `next build` with the server (scripts/build-server.ts).
  "prisma/scripts",
  "prisma/seed-data",
  "prisma/schema.prisma",
  "next.config.ts",
  "tsconfig.json",
  "package.json",
  "package-lock.json",
  ".env",
  ".env.local",
  ".env.production",
  ".env.production.local",
];

// Written by `prisma generate` from prisma/schema.prisma, which is hashed instead.
const GENERATED = ["lib/generated"];

export const SOURCE_HASH_FILE = path.join(".next", "henvis-source-hash");

export type BuildState = "none" | "unrecorded" | "changed" | "current";

function filesUnder(root: string, relative: string): string[] {
  const full = path.join(root, relative);
  if (GENERATED.includes(relative) || !existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [relative];
  return readdirSync(full).flatMap((name) => filesUnder(root, path.posix.join(relative, name)));
}

/** sha256 over the path and content of every build input under root. */
export function hashSources(root: string): string {
  const hash = createHash("sha256");
  const files = BUILD_INPUTS.flatMap((input) => filesUnder(root, input)).sort();
  for (const file of files) {
    const content = createHash("sha256")
      .update(readFileSync(path.join(root, file)))
      .digest("hex");
    hash.update(`${file}\0${content}\n`);
  }
  return hash.digest("hex");
}

/** Whether the build in root/.next was made from sources with this hash. */
export function buildState(root: string, sourceHash: string): BuildState {
  if (!existsSync(path.join(root, ".next", "BUILD_ID"))) return "none";
  const hashFile = path.join(root, SOURCE_HASH_FILE);
  if (!existsSync(hashFile)) return "unrecorded";
  return readFileSync(hashFile, "utf8").trim() === sourceHash ? "current" : "changed";
}

export function recordSourceHash(root: string, sourceHash: string): void {
  writeFileSync(path.join(root, SOURCE_HASH_FILE), `${sourceHash}\n`);
}
