import { describe, expect, it } from "vitest";
import { verifyAuditChain } from "@/lib/admin/audit-chain.server";
import { dismissReport, markReportProposed, openReports } from "@/lib/admin/contact-reports.server";
import type { SignedInAdmin } from "@/lib/admin/sessions.server";
import type { Db } from "@/lib/db.server";
import { loadDirectory } from "@/lib/directory/directory-queries.server";
import { reportSchema, type ReportInput } from "@/lib/directory/reports/report-schema";
import { REPORT_LIMITS, reportClientKey, sendReport } from "@/lib/directory/reports/report-sending.server";
import { administrator } from "@/tests/helpers/administrators";
import { testDatabase, testDatabaseTargets } from "@/tests/helpers/test-database";

// A worker's report that a contact is wrong: it is kept apart from the directory, holds nothing but the contact and
// what is wrong, is limited per client and in total even when sent in parallel, and only an editor of the contact's
// unit acts on it, once.

const report = (fields: Partial<ReportInput> = {}) =>
  reportSchema.parse({ target: "contact:ssp-159", reason: "NO_ANSWER", suggestedChannel: "", suggestedSource: "", ...fields });

/** What a report could have changed that a worker reads. */
const directoryAndVersion = async (db: Db) => ({
  directory: await loadDirectory(db),
  version: (await db.directoryVersion.findFirst())?.version,
});

describe.each(testDatabaseTargets())("workers' reports about contacts on $name", ({ create }) => {
  const people = {} as Record<"national" | "gladsaxe" | "aarhus", SignedInAdmin>;
  const database = testDatabase(create, {
    prepare: async (db) => {
      people.national = await administrator(db, "anne@example.dk", "NATIONAL");
      people.gladsaxe = await administrator(db, "gladsaxe@example.dk", "MUNICIPALITY_EDITOR", { municipalityCodes: ["159"] });
      people.aarhus = await administrator(db, "aarhus@example.dk", "MUNICIPALITY_EDITOR", { municipalityCodes: ["751"] });
    },
  });

  it("keeps a report as an open item for the contact's unit, and changes nothing a worker reads", async () => {
    const { db } = database;
    const before = await directoryAndVersion(db);
    const sent = await sendReport(
      db,
      report({ suggestedChannel: "+45 39 57 57 00", suggestedSource: "https://gladsaxe.dk/ssp" }),
      reportClientKey("192.0.2.1"),
    );
    expect(sent).toEqual({ sent: true });
    expect(await directoryAndVersion(db)).toEqual(before);

    const row = await db.contactReport.findFirstOrThrow({ where: { target: "contact:ssp-159" } });
    // The row, column by column: the contact, its unit, the reason, the suggestion and its state; no answers, no
    // person, no trace of the client.
    expect(Object.keys(row).sort()).toEqual(
      [
        "createdAt",
        "handledAt",
        "handledByEmail",
        "id",
        "reason",
        "status",
        "suggestedChannel",
        "suggestedSource",
        "target",
        "units",
      ].sort(),
    );
    expect(row).toMatchObject({
      target: "contact:ssp-159",
      units: ["municipality:159"],
      reason: "NO_ANSWER",
      suggestedChannel: "39 57 57 00",
      suggestedSource: "https://gladsaxe.dk/ssp",
      status: "OPEN",
      handledByEmail: null,
    });
    expect(JSON.stringify(row)).not.toContain("192.0.2.1");
    expect(await db.reportSending.count({ where: { clientKey: reportClientKey("192.0.2.1") } })).toBe(1);
  });

  it("refuses a report about a contact the directory does not hold, or no longer shows", async () => {
    const { db } = database;
    const before = await db.contactReport.count();
    await db.contact.update({ where: { id: "ssp-230" }, data: { retiredAt: new Date() } });
    for (const target of ["contact:ssp-999", "contact:ssp-230", "municipality:999", "district:nowhere"]) {
      expect(await sendReport(db, report({ target }), reportClientKey("192.0.2.2")), target).toEqual({
        sent: false,
        reason: "unknownTarget",
      });
    }
    await db.contact.update({ where: { id: "ssp-230" }, data: { retiredAt: null } });
    expect(await db.contactReport.count()).toBe(before);
  });

  it("takes five reports an hour from one client, even sent at once, and says when the next one can be sent", async () => {
    const { db } = database;
    const client = reportClientKey("198.51.100.7");
    const before = await db.contactReport.count();
    const now = new Date("2026-12-07T10:00:00Z");
    const results = await Promise.all(
      Array.from({ length: 12 }, () => sendReport(db, report({ target: "municipality:101" }), client, now)),
    );
    expect(results.filter((result) => result.sent)).toHaveLength(REPORT_LIMITS.perClient);
    const refused = results.filter((result) => !result.sent);
    expect(refused).toHaveLength(12 - REPORT_LIMITS.perClient);
    expect(refused[0]).toEqual({ sent: false, reason: "limit", retryAfter: 3600 });
    expect(await db.contactReport.count()).toBe(before + REPORT_LIMITS.perClient);
    // Another client is not held back, and the first may send again once the hour has passed.
    expect(await sendReport(db, report({ target: "municipality:101" }), reportClientKey("198.51.100.8"), now)).toEqual({ sent: true });
    expect(await sendReport(db, report({ target: "municipality:101" }), client, new Date("2026-12-07T11:00:01Z"))).toEqual({ sent: true });
  });

  it("takes no more than the total an hour from all clients together", async () => {
    const { db } = database;
    const limits = { perClient: 5, total: 8, windowMs: 60 * 60 * 1000 };
    const now = new Date("2026-12-08T10:00:00Z");
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        sendReport(db, report({ target: "fixed:hotline" }), reportClientKey(`203.0.113.${index}`), now, limits),
      ),
    );
    expect(results.filter((result) => result.sent)).toHaveLength(8);
  });

  it("shows a report to the editors of its unit and national administrators only", async () => {
    const { db } = database;
    const targets = async (admin: SignedInAdmin) => new Set((await openReports(db, admin)).map((open) => open.target));
    expect(await targets(people.gladsaxe)).toEqual(new Set(["contact:ssp-159"]));
    expect([...(await targets(people.aarhus))]).toEqual([]);
    expect(await targets(people.national)).toEqual(new Set(["contact:ssp-159", "municipality:101", "fixed:hotline"]));
  });

  it("lets one editor of the unit act on a report once: set aside or made a proposal, in the audit log, never by another unit's editor", async () => {
    const { db } = database;
    await sendReport(db, report({ reason: "MOVED" }), reportClientKey("192.0.2.50"));
    const [first, second] = (await openReports(db, people.gladsaxe)).map((open) => open.id);
    expect(await dismissReport(db, people.aarhus, first!)).toBe("forbidden");
    expect(await markReportProposed(db, people.gladsaxe, first!, "ssp-101")).toBe("notOpen");

    const outcomes = await Promise.all([
      dismissReport(db, people.gladsaxe, first!),
      dismissReport(db, people.national, first!),
      markReportProposed(db, people.gladsaxe, first!, "ssp-159"),
    ]);
    expect(outcomes.filter((outcome) => outcome === "handled")).toHaveLength(1);
    expect(await markReportProposed(db, people.gladsaxe, second!, "ssp-159")).toBe("handled");
    expect(await openReports(db, people.gladsaxe)).toEqual([]);

    const handled = await db.contactReport.findMany({ where: { id: { in: [first!, second!] } } });
    expect(handled.map((row) => row.status).sort()).toContain("PROPOSED");
    const audited = await db.auditEvent.findMany({ where: { action: { in: ["reportDismissed", "reportProposed"] } } });
    expect(audited).toHaveLength(2);
    expect(audited.every((event) => event.subject === "contact:ssp-159")).toBe(true);
    expect(await verifyAuditChain(db)).toMatchObject({ kind: "intact" });
  });
});
