import { z } from "zod";
import { decodePayload, encodePayload } from "@/lib/admin/query-payload";
import { CASE_PACK_PROBLEM_CODES, type CasePackProblem } from "./case-pack";

/** The query parameter of the cases page that carries a refused pack's problems back to it. */
export const PACK_REPORT_PARAM = "pakke";

const reportSchema = z.strictObject({
  problems: z.array(z.strictObject({ path: z.string().max(120), code: z.enum(CASE_PACK_PROBLEM_CODES) })).max(50),
  unlisted: z.int().nonnegative(),
});
export type PackReport = z.infer<typeof reportSchema>;

export const encodePackReport = (problems: readonly CasePackProblem[], unlisted: number) =>
  encodePayload({ problems: problems.map(({ path, code }) => ({ path: path.slice(0, 120), code })), unlisted } satisfies PackReport);

export const decodePackReport = (raw: string | undefined) => decodePayload(raw, reportSchema);

/** Where a problem is, as a reader counts: "cases.2.narrative.da" is the third case's narrative.da. */
export function problemPlace(path: string): { caseNumber?: number; field: string } {
  const match = /^cases\.(\d+)(?:\.(.*))?$/.exec(path);
  return match ? { caseNumber: Number(match[1]) + 1, field: match[2] ?? "" } : { field: path };
}
