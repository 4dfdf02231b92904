import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import path from "node:path";
import { recordStaticScriptHashes } from "../lib/security/static-script-hashes";
import { buildServer } from "./build-server";
import { buildServiceWorker } from "./build-service-worker";
import { nextCli } from "./next-cli";
import { buildState, hashSources, recordSourceHash, SOURCE_HASH_FILE, type BuildState } from "./source-hash";

const root = process.cwd();

/**
 * Runs `next build` and, when it succeeds, records the hash of the sources it
 * was built from. Returns the exit status of the build.
 */
export async function buildApp(sourceHash = hashSources(root)): Promise<number> {
  // A failed build must not leave the previous hash behind to vouch for it.
  rmSync(path.join(root, SOURCE_HASH_FILE), { force: true });
  const build = spawnSync(...nextCli("build"), { stdio: "inherit" });
  if (build.status !== 0) return build.status ?? 1;
  recordStaticScriptHashes(root);
  await buildServer(root);
  const worker = await buildServiceWorker(root);
  console.log(`Service worker: keeps ${worker.count} files (${(worker.size / 1024).toFixed(0)} KiB) for use offline`);
  recordSourceHash(root, sourceHash);
  return 0;
}

const reasons: Record<Exclude<BuildState, "current">, string> = {
  none: "Building the app (first start)",
  unrecorded: "Building the app: the last build did not record which sources it was built from",
  changed: "Building the app: the sources changed since the last build",
};

/** Builds unless the last build was made from the sources in the working tree. Returns the exit status. */
export async function buildIfSourcesChanged(): Promise<number> {
  const sourceHash = hashSources(root);
  const state = buildState(root, sourceHash);
  if (state === "current") {
    console.log("Serving the existing build: the sources have not changed");
    return 0;
  }
  console.log(reasons[state]);
  return buildApp(sourceHash);
}
