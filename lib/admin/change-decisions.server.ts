import "server-only";
import { setImmediate as nextTurn } from "node:timers/promises";
import type { Db } from "../db.server";
import type { Prisma } from "../generated/prisma/client";
import { audit } from "./audit.server";
import { ChangedSince, createContacts, UnknownUnit, versioned, writeContacts, type VersionedContact } from "./contact-writes.server";
import type { ChangeItem, DirectoryContact } from "./directory-csv";
import { changedFields, pendingView } from "./directory-admin.server";
import { mayEditUnit, type IndependenceProblem } from "./roles";
import { secondPersonProblem } from "./second-person.server";
import type { SignedInAdmin } from "./sessions.server";

export type DecisionOutcome = "approved" | "rejected" | "notFound" | "forbidden" | "changedSince" | "unknownUnit" | IndependenceProblem;

type Tx = Prisma.TransactionClient;

// A change set is read and written in slices, so that an imported file of many contacts makes neither one query
// of unbounded size nor one query per contact to read it; between slices other requests get their turn, which
// matters on the embedded database, whose queries run in the server's own thread.
const SLICE = 100;
// Applying a large imported change set takes longer than Prisma's default of five seconds for a transaction.
const TRANSACTION_MS = 120_000;

const slices = <T>(items: readonly T[]) =>
  Array.from({ length: Math.ceil(items.length / SLICE) }, (_, index) => items.slice(index * SLICE, (index + 1) * SLICE));

/**
 * Approves or rejects a waiting change. Only a second person approves: not the author, not an account the
 * author invited or that invited the author, and not an account in its first day; with scope over every unit.
 * Approval applies every item in one transaction and refuses, changing nothing, when a contact it touches
 * changed since it was proposed or is written by someone else at the same moment.
 */
export async function decideChange(db: Db, admin: SignedInAdmin, changeId: string, approve: boolean): Promise<DecisionOutcome> {
  try {
    return await db.$transaction((tx) => decide(tx, admin, changeId, approve), { timeout: TRANSACTION_MS });
  } catch (error) {
    if (error instanceof ChangedSince) return "changedSince";
    if (error instanceof UnknownUnit) return "unknownUnit";
    throw error;
  }
}

async function decide(tx: Tx, admin: SignedInAdmin, changeId: string, approve: boolean): Promise<DecisionOutcome> {
  const change = await tx.directoryChange.findUnique({ where: { id: changeId } });
  if (!change || change.status !== "PENDING") return "notFound";
  const view = pendingView(change);
  // Anyone with scope but the author may turn a change down: that changes nothing a worker reads.
  const problem = approve
    ? await secondPersonProblem(tx, admin.id, change.authorId)
    : admin.id === change.authorId
      ? "ownChange"
      : undefined;
  if (problem) return problem === "unknownAccount" ? "forbidden" : problem;
  if (!view.units.every((unit) => mayEditUnit(admin, unit))) return "forbidden";
  // Deciding first claims the change: of two decisions at once, the second finds it decided and writes nothing.
  const decided = await tx.directoryChange.updateMany({
    where: { id: changeId, status: "PENDING" },
    data: { status: approve ? "APPROVED" : "REJECTED", deciderEmail: admin.email, decidedAt: new Date() },
  });
  if (decided.count !== 1) return "notFound";
  if (approve) await apply(tx, admin.email, changeId, view.items);
  await audit(tx, {
    actorEmail: admin.email,
    action: approve ? "changeApproved" : "changeRejected",
    subject: changeId,
    before: view.items.map((item) => item.before),
    after: view.items.map((item) => item.after),
  });
  return approve ? "approved" : "rejected";
}

async function apply(tx: Tx, actorEmail: string, change: string, items: readonly ChangeItem[]) {
  const write = { actorEmail, action: "changeApplied" as const, change };
  for (const slice of slices(items)) {
    const rows = await tx.contact.findMany({ where: { id: { in: slice.map((item) => item.contactId) } } });
    const live = new Map(rows.map((row) => [row.id, versioned(row)]));
    const created = slice.filter((item) => item.kind === "create");
    if (created.some((item) => live.has(item.contactId))) throw new ChangedSince();
    if (created.length > 0)
      await createContacts(
        tx,
        created.map((item) => item.after),
        write,
      );
    const edits = slice
      .filter((item) => item.kind !== "create")
      .map((item) => {
        const read = live.get(item.contactId);
        if (!read || !item.before) throw new ChangedSince();
        return { read, after: merged(read, item.before, item.after) };
      });
    if (edits.length > 0) await writeContacts(tx, edits, write);
    await nextTurn();
  }
}

/** The live contact with the fields the change changes, when each of them still holds the value it was proposed over. */
function merged(read: VersionedContact, before: DirectoryContact, after: DirectoryContact): DirectoryContact {
  const fields = changedFields(before, after);
  if (fields.some((field) => read.contact[field] !== before[field])) throw new ChangedSince();
  return { ...read.contact, ...Object.fromEntries(fields.map((field) => [field, after[field]])) } as DirectoryContact;
}
