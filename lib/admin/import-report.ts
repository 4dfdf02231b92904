import { z } from "zod";
import type { ImportProblem } from "./directory-csv";
import { decodePayload, encodePayload } from "./query-payload";

export const REPORT_PARAM = "rapport";
// Enough to fix a file by, and short enough for the address; the report says how many there were in all.
export const MAX_REPORTED_PROBLEMS = 50;
// A column the file names itself can be of any length.
const MAX_FIELD = 40;

const reportSchema = z.object({
  problems: z
    .array(
      z.object({
        line: z.int().nonnegative(),
        field: z.string().max(MAX_FIELD).optional(),
        key: z.string().max(40),
        count: z.int().nonnegative().optional(),
      }),
    )
    .max(MAX_REPORTED_PROBLEMS),
  total: z.int().nonnegative(),
});

export type ImportReport = z.infer<typeof reportSchema>;

export const encodeReport = (problems: readonly ImportProblem[]) =>
  encodePayload({
    problems: problems
      .slice(0, MAX_REPORTED_PROBLEMS)
      .map((problem) => (problem.field ? { ...problem, field: problem.field.slice(0, MAX_FIELD) } : problem)),
    total: problems.length,
  } satisfies ImportReport);

export const decodeReport = (raw: string | undefined) => decodePayload(raw, reportSchema);
