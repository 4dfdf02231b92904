import "server-only";
import type { Db } from "../db.server";
import { audit } from "./audit.server";
import { mayEditUnit, type AdminScope } from "./roles";
import { isUnitKey, type UnitKey } from "../directory/units";
import type { OpenReport } from "./open-report";
import type { SignedInAdmin } from "./sessions.server";

const asUnits = (units: string[]): UnitKey[] => units.filter(isUnitKey);

/** Whether the administrator edits every unit the report's contact belongs to. */
const mayHandle = (scope: AdminScope, report: { units: string[] }) => {
  const units = asUnits(report.units);
  return units.length > 0 && units.every((unit) => mayEditUnit(scope, unit));
};

/** The reports no editor has acted on yet, oldest first: all of them, or those of the administrator's units. */
export async function openReports(db: Db, scope?: AdminScope): Promise<OpenReport[]> {
  const rows = await db.contactReport.findMany({
    where: { status: "OPEN" },
    orderBy: { createdAt: "asc" },
    select: { id: true, target: true, units: true, reason: true, suggestedChannel: true, suggestedSource: true, createdAt: true },
  });
  return rows.filter((row) => !scope || mayHandle(scope, row)).map((row) => ({ ...row, units: asUnits(row.units) }));
}

export type ReportHandling = "handled" | "forbidden" | "notOpen";

/**
 * Marks an open report as set aside (nothing to change) or as turned into the proposed change of `contactId`, and
 * writes it to the audit log in the same transaction. Of two editors acting at once, one does it and the other is
 * told it is no longer open. It changes nothing a worker reads: a proposal waits for a second administrator.
 */
async function handleReport(
  db: Db,
  admin: SignedInAdmin,
  id: string,
  outcome: { status: "DISMISSED" } | { status: "PROPOSED"; contactId: string },
): Promise<ReportHandling> {
  return db.$transaction(async (tx) => {
    const report = await tx.contactReport.findUnique({ where: { id }, select: { target: true, units: true, status: true } });
    if (!report || report.status !== "OPEN") return "notOpen";
    if (!mayHandle(admin, report)) return "forbidden";
    if (outcome.status === "PROPOSED" && report.target !== `contact:${outcome.contactId}`) return "notOpen";
    const now = new Date();
    const { count } = await tx.contactReport.updateMany({
      where: { id, status: "OPEN" },
      data: { status: outcome.status, handledByEmail: admin.email, handledAt: now },
    });
    if (count === 0) return "notOpen";
    await audit(tx, {
      actorEmail: admin.email,
      action: outcome.status === "DISMISSED" ? "reportDismissed" : "reportProposed",
      subject: report.target,
    });
    return "handled";
  });
}

export const dismissReport = (db: Db, admin: SignedInAdmin, id: string) => handleReport(db, admin, id, { status: "DISMISSED" });

export const markReportProposed = (db: Db, admin: SignedInAdmin, id: string, contactId: string) =>
  handleReport(db, admin, id, { status: "PROPOSED", contactId });
