import "server-only";
import { createHash } from "node:crypto";
import type { Db } from "../../db.server";
import { parseTarget, type ReportTarget } from "../report-target";
import { unitOf } from "../units";
import type { Report } from "./report-schema";

/** How many reports one client may send in the window, and how many all clients together. */
export const REPORT_LIMITS: ReportLimits = { perClient: 5, total: 200, windowMs: 60 * 60 * 1000 };

export type ReportLimits = { perClient: number; total: number; windowMs: number };

/** A client as the sending table knows it: a hash of its address, never the address. */
export const reportClientKey = (address: string) =>
  createHash("sha256").update(`henvis-contact-report:${address}`).digest("hex").slice(0, 32);

export type Sending = { sent: true } | { sent: false; reason: "unknownTarget" } | { sent: false; reason: "limit"; retryAfter: number };

/**
 * The units a target belongs to, as a change of the directory names them, or undefined when the directory holds no
 * such (active) contact, municipality or police district. The numbers in code belong to the national administrators.
 */
async function unitsOf(db: Db, target: ReportTarget): Promise<string[] | undefined> {
  switch (target.kind) {
    case "contact": {
      const contact = await db.contact.findFirst({
        where: { id: target.id, retiredAt: null },
        select: { regionId: true, policeDistrictId: true, municipalityCode: true },
      });
      return contact ? [unitOf(contact)] : undefined;
    }
    case "municipality":
      return (await db.municipality.count({ where: { code: target.code } })) ? [`municipality:${target.code}`] : undefined;
    case "district":
      return (await db.policeDistrict.count({ where: { id: target.id } })) ? [`district:${target.id}`] : undefined;
    case "fixed":
      return ["national"];
  }
}

/** Seconds until a sending, the oldest counted against a limit, leaves the window. */
const secondsUntilOutOfWindow = (oldest: Date, now: Date, windowMs: number) =>
  Math.max(1, Math.ceil((oldest.getTime() + windowMs - now.getTime()) / 1000));

/**
 * Stores a report as a pending item for the editors of the contact's unit. It changes nothing a worker reads. One
 * transaction takes an advisory lock for all sendings, counts the client's and everyone's of the last hour and
 * records this one, so that parallel reports are counted one after another: no more than the limits are ever
 * stored. What was sent by whom is not kept: the sending's row holds a hash of the address and the time, and is
 * deleted after the hour; the report's row holds no trace of the client.
 */
export async function sendReport(db: Db, report: Report, client: string, now = new Date(), limits = REPORT_LIMITS): Promise<Sending> {
  const target = parseTarget(report.target);
  const units = target && (await unitsOf(db, target));
  if (!units) return { sent: false, reason: "unknownTarget" };
  const since = new Date(now.getTime() - limits.windowMs);
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended('contact-reports', 0))`;
    await tx.reportSending.deleteMany({ where: { at: { lte: since } } });
    const [ofClient, all] = await Promise.all([
      tx.reportSending.findMany({ where: { clientKey: client }, orderBy: { at: "desc" }, take: limits.perClient, select: { at: true } }),
      tx.reportSending.findMany({ orderBy: { at: "desc" }, take: limits.total, select: { at: true } }),
    ]);
    const full = [ofClient.length >= limits.perClient ? ofClient.at(-1) : undefined, all.length >= limits.total ? all.at(-1) : undefined];
    const retryAfter = Math.max(0, ...full.map((sending) => (sending ? secondsUntilOutOfWindow(sending.at, now, limits.windowMs) : 0)));
    if (retryAfter > 0) return { sent: false, reason: "limit", retryAfter } as const;
    await tx.reportSending.create({ data: { clientKey: client, at: now } });
    await tx.contactReport.create({
      data: {
        target: report.target,
        units,
        reason: report.reason,
        suggestedChannel: report.suggestedChannel ?? null,
        suggestedSource: report.suggestedSource ?? null,
        createdAt: now,
      },
    });
    return { sent: true } as const;
  });
}
