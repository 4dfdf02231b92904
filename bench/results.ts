import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import path from "node:path";

const RESULTS_FOLDER = path.join("bench", "results");

/** The machine a run measured, as the results name it. */
export const machine = () =>
  `${cpus().length} cores (${cpus()[0]?.model.trim() ?? "unknown CPU"}), ${Math.round(totalmem() / 2 ** 30)} GB, Node.js ${process.versions.node}`;

/** Writes a run's figures to bench/results/<name>.json and says where. */
export function writeResults(name: string, figures: object): void {
  mkdirSync(RESULTS_FOLDER, { recursive: true });
  const file = path.join(RESULTS_FOLDER, `${name}.json`);
  writeFileSync(file, `${JSON.stringify(figures, null, 2)}\n`);
  console.log(`\nWritten to ${file}`);
}
