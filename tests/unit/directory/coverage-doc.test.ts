import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { coverageTable, directoryCoverage } from "@/lib/directory/coverage";
import { directorySeedProblems } from "@/lib/directory/directory-seed";

// docs/sources.md tells the team how much of the directory is covered; a record added or taken out
// of the seed data must update that table (npm run coverage:directory prints it).
describe("the coverage table in docs/sources.md", () => {
  it("is the table the seed data gives", () => {
    const expected = coverageTable(directoryCoverage(directorySeedProblems().seed));
    expect(readFileSync("docs/sources.md", "utf8")).toContain(expected);
  });

  it("counts every municipality once in each row", () => {
    for (const row of directoryCoverage(directorySeedProblems().seed)) {
      expect(
        row.counts.reduce((sum, [, count]) => sum + count, 0),
        row.kind,
      ).toBe(row.units);
    }
  });
});
