import type { UnitKey } from "../directory/units";
import type { ReportReason } from "../directory/reports/report-schema";

/** A report waits this many days for an editor before the directory's health page flags it. */
export const REPORT_OVERDUE_DAYS = 90;

/** A worker's report that no editor has acted on yet. */
export type OpenReport = {
  id: string;
  target: string;
  units: UnitKey[];
  reason: ReportReason;
  suggestedChannel: string | null;
  suggestedSource: string | null;
  createdAt: Date;
};

/** Whether a report has waited longer than an editor should let it. */
export const isOverdue = (report: { createdAt: Date }, now: Date) =>
  now.getTime() - report.createdAt.getTime() > REPORT_OVERDUE_DAYS * 24 * 60 * 60 * 1000;
