import { z } from "zod";
import type { ImportProblem } from "./directory-csv";
import { decodePayload, encodePayload } from "./query-payload";

export const REPORT_PARAM = "rapport";
// Enough to fix a file by; a file with more problems is most likely not an export of the directory.
const MAX_PROBLEMS = 100;

const reportSchema = z
  .array(z.object({ line: z.int().nonnegative(), field: z.string().max(40).optional(), key: z.string().max(40) }))
  .max(MAX_PROBLEMS);

export const encodeReport = (problems: readonly ImportProblem[]) => encodePayload(problems.slice(0, MAX_PROBLEMS));
export const decodeReport = (raw: string | undefined) => decodePayload(raw, reportSchema);
