import { readFileSync } from "node:fs";
import { licenceReport, type LockPackages } from "./licences";

// Lists the production dependencies of package-lock.json with their licences, and fails on a licence that
// scripts/licences.ts does not allow: `npm run licences`. It needs no network.
const lock = JSON.parse(readFileSync("package-lock.json", "utf8")) as { packages: LockPackages };
const { production, refused } = licenceReport(lock.packages);
const counts = new Map<string, number>();
for (const { licence } of production) counts.set(licence, (counts.get(licence) ?? 0) + 1);
console.log(`${production.length} production packages:`);
for (const [licence, count] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`  ${String(count).padStart(4)}  ${licence}`);
if (refused.length > 0) {
  console.error(`Not on the allow-list in scripts/licences.ts:\n${refused.map(({ name, licence }) => `  ${name}: ${licence}`).join("\n")}`);
  process.exit(1);
}
