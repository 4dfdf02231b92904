import { describe, expect, it } from "vitest";
import type { ImportProblem } from "@/lib/admin/directory-csv";
import { decodeReport, encodeReport, MAX_REPORTED_PROBLEMS } from "@/lib/admin/import-report";

describe("the report of a refused file, carried in the address", () => {
  it("carries the first problems and how many there were, so that 100,000 bad rows fit in an address", () => {
    const problems: ImportProblem[] = Array.from({ length: 100_000 }, (_, index) => ({ line: index + 2, field: "email", key: "email" }));
    const encoded = encodeReport(problems);
    console.log(`the report of 100,000 problems takes ${encoded.length} characters of the address`);
    // Node.js refuses a request whose headers pass 16 KB; the address travels in Location and then in the request line.
    expect(encoded.length).toBeLessThan(8_000);
    expect(decodeReport(encoded)).toEqual({ problems: problems.slice(0, MAX_REPORTED_PROBLEMS), total: 100_000 });
  });

  it("keeps the report readable when the file names a column of any length", () => {
    const column = "x".repeat(5_000);
    const report = decodeReport(encodeReport([{ line: 1, field: column, key: "columns" }]));
    expect(report?.problems[0]?.field).toBe(column.slice(0, 40));
    expect(report?.total).toBe(1);
  });
});
