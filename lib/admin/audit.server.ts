import "server-only";
import type { Db } from "../db.server";
import { Prisma } from "../generated/prisma/client";

/** What the audit log records: each sign-in, change to the directory, change to an account and change to a training case. */
export type AuditAction =
  | "signIn"
  | "signInFailed"
  | "signInThrottled"
  | "signInCeilingReached"
  | "secondFactorEnrolled"
  | "recoveryCodeUsed"
  | "signOut"
  | "signOutEverywhere"
  | "contactEdited"
  | "changeApplied"
  | "changeProposed"
  | "changeApproved"
  | "changeRejected"
  | "importProposed"
  | "accountCreated"
  | "invitationAccepted"
  | "accountChanged"
  | "accountActivated"
  | "reportDismissed"
  | "reportProposed"
  | "caseCreated"
  | "caseCopied"
  | "caseImported"
  | "caseEdited"
  | "casePublished"
  | "caseRetired"
  | "casePromoted";

export const AUDIT_ACTIONS: readonly AuditAction[] = [
  "signIn",
  "signInFailed",
  "signInThrottled",
  "signInCeilingReached",
  "secondFactorEnrolled",
  "recoveryCodeUsed",
  "signOut",
  "signOutEverywhere",
  "contactEdited",
  "changeApplied",
  "changeProposed",
  "changeApproved",
  "changeRejected",
  "importProposed",
  "accountCreated",
  "invitationAccepted",
  "accountChanged",
  "accountActivated",
  "reportDismissed",
  "reportProposed",
  "caseCreated",
  "caseCopied",
  "caseImported",
  "caseEdited",
  "casePublished",
  "caseRetired",
  "casePromoted",
];

export type AuditEntry = {
  actorEmail: string | null;
  action: AuditAction;
  subject?: string;
  before?: unknown;
  after?: unknown;
};

type Writer = Pick<Db, "auditEvent">;

const asJson = (value: unknown) => (value === undefined || value === null ? Prisma.DbNull : (value as Prisma.InputJsonValue));

const eventData = (entry: AuditEntry) => ({
  actorEmail: entry.actorEmail,
  action: entry.action,
  subject: entry.subject,
  before: asJson(entry.before),
  after: asJson(entry.after),
});

/** Appends one event; pass the transaction's client so that the event and the change stand or fall together. */
export async function audit(db: Writer, entry: AuditEntry): Promise<void> {
  await db.auditEvent.create({ data: eventData(entry) });
}

/** Appends events in one statement, in their order. */
export async function auditAll(db: Writer, entries: readonly AuditEntry[]): Promise<void> {
  await db.auditEvent.createMany({ data: entries.map(eventData) });
}

export type AuditEventView = {
  id: string;
  at: string;
  actorEmail: string | null;
  action: string;
  subject: string | null;
  before: unknown;
  after: unknown;
};

/** The newest events first, filtered by action and by who did it (part of the address). */
export async function readAuditLog(
  db: Db,
  filter: { action?: AuditAction; actor?: string; subject?: string },
  limit = 200,
): Promise<AuditEventView[]> {
  const events = await db.auditEvent.findMany({
    where: {
      action: filter.action,
      actorEmail: filter.actor ? { contains: filter.actor.toLowerCase() } : undefined,
      subject: filter.subject ? { contains: filter.subject } : undefined,
    },
    orderBy: { id: "desc" },
    take: limit,
  });
  return events.map((event) => ({ ...event, id: event.id.toString(), at: event.at.toISOString() }));
}
