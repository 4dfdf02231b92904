import "server-only";
import { randomBytes } from "node:crypto";
import type { Db } from "../db.server";
import type { Contact as ContactRow } from "../generated/prisma/client";
import { audit } from "./audit.server";
import { CONTACT_FIELDS, FOUR_EYES_FIELDS, type ContactFields } from "./contact-schema";
import type { ChangeItem, DirectoryContact } from "./directory-csv";
import { mayApprove, mayEditUnit, type AdminScope } from "./roles";
import type { SignedInAdmin } from "./sessions.server";
import { unitColumns, unitOf, type UnitKey } from "./units";

const day = (date: Date) => date.toISOString().slice(0, 10);

/** A contact as the administration reads and writes it. */
export function administeredContact(row: ContactRow): DirectoryContact {
  const optional = <K extends string>(key: K, value: string | null) => (value ? { [key]: value } : {});
  return {
    id: row.id,
    body: row.body,
    unit: unitOf(row),
    nameDa: row.nameDa,
    nameEn: row.nameEn,
    ...optional("phone", row.phone),
    ...optional("email", row.email),
    ...optional("url", row.url),
    ...optional("hoursDa", row.hoursDa),
    ...optional("hoursEn", row.hoursEn),
    ...optional("notes", row.notes),
    source: row.source,
    ...optional("sourceDate", row.sourceDate),
    verifiedAt: day(row.verifiedAt),
    verifiedBy: row.verifiedBy,
    nextReviewAt: day(row.nextReviewAt),
    ...(row.retiredAt ? { retiredAt: day(row.retiredAt) } : {}),
  } as DirectoryContact;
}

/** The columns of a contact from its fields, with null for each field left empty. */
function contactColumns(contact: DirectoryContact) {
  return {
    body: contact.body,
    ...unitColumns(contact.unit),
    nameDa: contact.nameDa,
    nameEn: contact.nameEn,
    phone: contact.phone ?? null,
    email: contact.email ?? null,
    url: contact.url ?? null,
    hoursDa: contact.hoursDa ?? null,
    hoursEn: contact.hoursEn ?? null,
    notes: contact.notes ?? null,
    source: contact.source,
    sourceDate: contact.sourceDate ?? null,
    verifiedAt: new Date(`${contact.verifiedAt}T00:00:00Z`),
    verifiedBy: contact.verifiedBy,
    nextReviewAt: new Date(`${contact.nextReviewAt}T00:00:00Z`),
    retiredAt: contact.retiredAt ? new Date(`${contact.retiredAt}T00:00:00Z`) : null,
  };
}

type Field = Exclude<keyof DirectoryContact, "id">;
const FIELDS: readonly Field[] = [...CONTACT_FIELDS, "retiredAt"];
const isFourEyes = (field: Field) => (FOUR_EYES_FIELDS as readonly string[]).includes(field);

/** The fields whose values differ between two versions of a contact. */
export const changedFields = (before: DirectoryContact, after: DirectoryContact) =>
  FIELDS.filter((field) => before[field] !== after[field]);

export type PendingChange = {
  id: string;
  kind: string;
  items: ChangeItem[];
  units: UnitKey[];
  authorEmail: string;
  createdAt: string;
};

const pendingView = (change: {
  id: string;
  kind: string;
  items: unknown;
  units: string[];
  authorEmail: string;
  createdAt: Date;
}): PendingChange => ({
  ...change,
  items: change.items as ChangeItem[],
  units: change.units as UnitKey[],
  createdAt: change.createdAt.toISOString(),
});

export async function findContact(db: Db, id: string): Promise<DirectoryContact | undefined> {
  const row = await db.contact.findUnique({ where: { id } });
  return row ? administeredContact(row) : undefined;
}

export type ContactFilter = { body?: string; unit?: string; status?: "stale" | "pending" | "retired"; query?: string };

/** The contacts an administrator may edit, filtered, with the ids of those that have a change waiting. */
export async function listContacts(
  db: Db,
  scope: AdminScope,
  filter: ContactFilter,
  today: string,
): Promise<{ contacts: DirectoryContact[]; pendingIds: Set<string> }> {
  const [rows, pending] = await Promise.all([
    db.contact.findMany({ orderBy: [{ body: "asc" }, { id: "asc" }] }),
    db.directoryChange.findMany({ where: { status: "PENDING" }, select: { contactIds: true } }),
  ]);
  const pendingIds = new Set(pending.flatMap((change) => change.contactIds));
  const query = filter.query?.trim().toLowerCase();
  const contacts = rows
    .map(administeredContact)
    .filter((contact) => mayEditUnit(scope, contact.unit))
    .filter((contact) => !filter.body || contact.body === filter.body)
    .filter((contact) => !filter.unit || contact.unit === filter.unit)
    .filter((contact) => (filter.status === "retired" ? Boolean(contact.retiredAt) : !contact.retiredAt))
    .filter((contact) => filter.status !== "stale" || contact.nextReviewAt < today)
    .filter((contact) => filter.status !== "pending" || pendingIds.has(contact.id))
    .filter(
      (contact) =>
        !query ||
        [contact.id, contact.nameDa, contact.nameEn, contact.phone, contact.email, contact.url, contact.unit].some((value) =>
          value?.toLowerCase().includes(query),
        ),
    );
  return { contacts, pendingIds };
}

export async function pendingChanges(db: Db, contactId?: string): Promise<PendingChange[]> {
  const changes = await db.directoryChange.findMany({
    where: { status: "PENDING", ...(contactId ? { contactIds: { has: contactId } } : {}) },
    orderBy: { createdAt: "asc" },
  });
  return changes.map(pendingView);
}

export type SaveOutcome =
  | { kind: "saved"; live: boolean; pending: boolean }
  | { kind: "unchanged" }
  | { kind: "notFound" }
  | { kind: "forbidden" }
  | { kind: "unitChanged" }
  | { kind: "unknownUnit" };

async function unitExists(db: Db, unit: UnitKey): Promise<boolean> {
  const { regionId, policeDistrictId, municipalityCode } = unitColumns(unit);
  if (municipalityCode) return (await db.municipality.count({ where: { code: municipalityCode } })) === 1;
  if (policeDistrictId) return (await db.policeDistrict.count({ where: { id: policeDistrictId } })) === 1;
  if (regionId) return (await db.region.count({ where: { id: regionId } })) === 1;
  return true;
}

/** Every unit of the directory: the country, its regions, police districts and municipalities. */
export async function existingUnits(db: Pick<Db, "region" | "policeDistrict" | "municipality">): Promise<Set<UnitKey>> {
  const [regions, districts, municipalities] = await Promise.all([
    db.region.findMany({ select: { id: true } }),
    db.policeDistrict.findMany({ select: { id: true } }),
    db.municipality.findMany({ select: { code: true } }),
  ]);
  return new Set<UnitKey>([
    "national",
    ...regions.map(({ id }) => `region:${id}` as const),
    ...districts.map(({ id }) => `district:${id}` as const),
    ...municipalities.map(({ code }) => `municipality:${code}` as const),
  ]);
}

async function propose(db: Pick<Db, "directoryChange" | "auditEvent">, admin: SignedInAdmin, kind: string, items: ChangeItem[]) {
  const units = [...new Set(items.map((item) => item.after.unit))];
  const change = await db.directoryChange.create({
    data: {
      kind,
      items,
      contactIds: items.map((item) => item.contactId),
      units,
      authorId: admin.id,
      authorEmail: admin.email,
    },
  });
  await audit(db, {
    actorEmail: admin.email,
    action: kind === "import" ? "importProposed" : "changeProposed",
    subject: change.id,
    after: items,
  });
  return change.id;
}

/**
 * Saves an edit: opening hours, notes, names and the source go live at once; a new phone number, e-mail
 * address or web address waits for a second administrator. The body and unit of a contact do not change:
 * a contact that moves is retired and created anew.
 */
export async function saveContactEdit(db: Db, admin: SignedInAdmin, id: string, fields: ContactFields): Promise<SaveOutcome> {
  const row = await db.contact.findUnique({ where: { id } });
  if (!row) return { kind: "notFound" };
  const before = administeredContact(row);
  if (!mayEditUnit(admin, before.unit)) return { kind: "forbidden" };
  if (fields.body !== before.body || fields.unit !== before.unit) return { kind: "unitChanged" };
  const proposed = { ...fields, id, ...(before.retiredAt ? { retiredAt: before.retiredAt } : {}) } as DirectoryContact;
  const changed = changedFields(before, proposed);
  if (changed.length === 0) return { kind: "unchanged" };
  const atOnce = changed.filter((field) => !isFourEyes(field));
  const waiting = changed.filter(isFourEyes);
  const live = { ...before, ...Object.fromEntries(atOnce.map((field) => [field, proposed[field]])) } as DirectoryContact;
  await db.$transaction(async (tx) => {
    if (atOnce.length > 0) {
      await tx.contact.update({ where: { id }, data: contactColumns(live) });
      await audit(tx, { actorEmail: admin.email, action: "contactEdited", subject: id, before, after: live });
    }
    if (waiting.length > 0) await propose(tx, admin, "edit", [{ kind: "edit", contactId: id, before: live, after: proposed }]);
  });
  return { kind: "saved", live: atOnce.length > 0, pending: waiting.length > 0 };
}

/** Proposes a new contact; it goes live when a second administrator approves it. */
export async function proposeNewContact(
  db: Db,
  admin: SignedInAdmin,
  fields: ContactFields,
): Promise<SaveOutcome | { kind: "proposed"; id: string }> {
  if (!mayEditUnit(admin, fields.unit)) return { kind: "forbidden" };
  if (!(await unitExists(db, fields.unit))) return { kind: "unknownUnit" };
  const id = `${fields.body.toLowerCase().replace(/_/g, "-")}-${fields.unit.split(":").at(-1)}-${randomBytes(4).toString("hex")}`;
  const after = { ...fields, id } as DirectoryContact;
  await propose(db, admin, "create", [{ kind: "create", contactId: id, before: null, after }]);
  return { kind: "proposed", id };
}

/** Proposes retiring a contact: it stays in the history, and is no longer shown once approved. */
export async function proposeRetirement(
  db: Db,
  admin: SignedInAdmin,
  id: string,
  today: string,
): Promise<SaveOutcome | { kind: "proposed"; id: string }> {
  const row = await db.contact.findUnique({ where: { id } });
  if (!row || row.retiredAt) return { kind: "notFound" };
  const before = administeredContact(row);
  if (!mayEditUnit(admin, before.unit)) return { kind: "forbidden" };
  await propose(db, admin, "retire", [{ kind: "retire", contactId: id, before, after: { ...before, retiredAt: today } }]);
  return { kind: "proposed", id };
}

/** Proposes an imported file's changes as one change set; one with a unit the directory does not have stores nothing. */
export const proposeImport = (db: Db, admin: SignedInAdmin, items: ChangeItem[]) =>
  db.$transaction(async (tx) => {
    const units = await existingUnits(tx);
    if (!items.every((item) => units.has(item.after.unit))) return { kind: "unknownUnit" } as const;
    return { kind: "proposed", id: await propose(tx, admin, "import", items) } as const;
  });

export type DecisionOutcome = "approved" | "rejected" | "notFound" | "forbidden" | "ownChange" | "changedSince";

/**
 * Approves or rejects a waiting change. Approval applies every item in one transaction, and refuses when a
 * contact it touches changed since it was proposed (the fields it changes no longer hold their old values).
 */
export async function decideChange(db: Db, admin: SignedInAdmin, changeId: string, approve: boolean): Promise<DecisionOutcome> {
  try {
    return await applyDecision(db, admin, changeId, approve);
  } catch (error) {
    if (error instanceof ChangedSince) return "changedSince";
    throw error;
  }
}

// Thrown inside the transaction so that the items applied before it are rolled back.
class ChangedSince extends Error {}

function applyDecision(db: Db, admin: SignedInAdmin, changeId: string, approve: boolean): Promise<DecisionOutcome> {
  return db.$transaction(async (tx) => {
    const change = await tx.directoryChange.findUnique({ where: { id: changeId } });
    if (!change || change.status !== "PENDING") return "notFound";
    const view = pendingView(change);
    if (change.authorEmail === admin.email) return "ownChange";
    if (!mayApprove(admin, view)) return "forbidden";
    if (approve) {
      for (const item of view.items) {
        const row = await tx.contact.findUnique({ where: { id: item.contactId } });
        const live = row ? administeredContact(row) : null;
        if (item.kind === "create") {
          if (live) throw new ChangedSince();
          await tx.contact.create({ data: { id: item.contactId, ...contactColumns(item.after) } });
          continue;
        }
        if (!live || !item.before) throw new ChangedSince();
        const fields = changedFields(item.before, item.after);
        if (fields.some((field) => live[field] !== item.before![field])) throw new ChangedSince();
        const updated = { ...live, ...Object.fromEntries(fields.map((field) => [field, item.after[field]])) } as DirectoryContact;
        await tx.contact.update({ where: { id: item.contactId }, data: contactColumns(updated) });
      }
    }
    const decided = await tx.directoryChange.updateMany({
      where: { id: changeId, status: "PENDING" },
      data: { status: approve ? "APPROVED" : "REJECTED", deciderEmail: admin.email, decidedAt: new Date() },
    });
    if (decided.count !== 1) return "notFound";
    await audit(tx, {
      actorEmail: admin.email,
      action: approve ? "changeApproved" : "changeRejected",
      subject: changeId,
      before: view.items.map((item) => item.before),
      after: view.items.map((item) => item.after),
    });
    return approve ? "approved" : "rejected";
  });
}
