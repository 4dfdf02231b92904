import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, readlinkSync, rmSync, symlinkSync } from "node:fs";
import path from "node:path";

type Lockfile = { packages: Record<string, { dev?: boolean }> };

/** Hard-links the files under `from` into `to`, but any directory named in `skip`; symbolic links stay links. */
function linkTree(from: string, to: string, skip: string[]): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (skip.includes(entry.name)) continue;
    const [source, target] = [path.join(from, entry.name), path.join(to, entry.name)];
    if (entry.isDirectory()) linkTree(source, target, skip);
    else if (entry.isFile()) linkSync(source, target);
    // Such as the build's links to packages under hashed names (.next/node_modules).
    else if (entry.isSymbolicLink()) symlinkSync(readlinkSync(source), target);
  }
}

/**
 * What the image holds after `npm prune --omit=dev`: the packages the lockfile does not mark as development-only,
 * the build, the migrations and the container's command, hard-linked into `dir` (which is emptied first). A command
 * run there finds no tsx, TypeScript or other development dependency.
 */
export function productionTree(dir: string): string {
  rmSync(dir, { recursive: true, force: true });
  const { packages } = JSON.parse(readFileSync("package-lock.json", "utf8")) as Lockfile;
  for (const [location, entry] of Object.entries(packages)) {
    // Each package without the packages nested in it, which have entries of their own.
    if (location.startsWith("node_modules/") && !entry.dev && existsSync(location))
      linkTree(location, path.join(dir, location), ["node_modules"]);
  }
  linkTree(".next", path.join(dir, ".next"), ["cache", "dev"]);
  linkTree("prisma", path.join(dir, "prisma"), []);
  mkdirSync(path.join(dir, "scripts"));
  linkSync("scripts/container-start.sh", path.join(dir, "scripts", "container-start.sh"));
  linkSync("package.json", path.join(dir, "package.json"));
  return dir;
}
