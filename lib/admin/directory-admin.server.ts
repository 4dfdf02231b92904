import "server-only";
import { randomBytes } from "node:crypto";
import type { Db } from "../db.server";
import { audit } from "./audit.server";
import { INSTANT_FIELDS, RECORD_FIELDS } from "../directory/contact-fields";
import type { ContactFields } from "./contact-schema";
import { administeredContact, ChangedSince, versioned, writeContacts } from "./contact-writes.server";
import type { ChangeItem, DirectoryContact } from "./directory-csv";
import { mayEditUnit, type AdminScope } from "./roles";
import type { SignedInAdmin } from "./sessions.server";
import type { UnitKey } from "../directory/units";

const FIELDS = RECORD_FIELDS.filter((field) => field !== "id");
type Field = (typeof FIELDS)[number];
const goesLiveAtOnce = (field: Field) => (INSTANT_FIELDS as readonly string[]).includes(field);

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

export const pendingView = (change: {
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

/** A contact with the version an edit form must send back, so that a save over someone else's write is refused. */
export async function findVersionedContact(db: Db, id: string) {
  const row = await db.contact.findUnique({ where: { id } });
  return row ? versioned(row) : undefined;
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
  | { kind: "unknownUnit" }
  | { kind: "changedSince"; version: number };

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
 * Saves an edit made from the contact's version `readVersion`. Internal notes go live at once; every field a
 * worker sees or a warning depends on waits for a second administrator. The body and unit of a contact do not
 * change: a contact that moves is retired and created anew. A contact written since the form was opened is
 * not saved over: the administrator is told, with the version to save from once they have seen it.
 */
export async function saveContactEdit(
  db: Db,
  admin: SignedInAdmin,
  id: string,
  fields: ContactFields,
  readVersion: number,
): Promise<SaveOutcome> {
  const row = await db.contact.findUnique({ where: { id } });
  if (!row) return { kind: "notFound" };
  const read = versioned(row);
  const before = read.contact;
  if (!mayEditUnit(admin, before.unit)) return { kind: "forbidden" };
  if (fields.body !== before.body || fields.unit !== before.unit) return { kind: "unitChanged" };
  if (read.version !== readVersion) return { kind: "changedSince", version: read.version };
  const proposed = { ...fields, id, ...(before.retiredAt ? { retiredAt: before.retiredAt } : {}) } as DirectoryContact;
  const changed = changedFields(before, proposed);
  if (changed.length === 0) return { kind: "unchanged" };
  const atOnce = changed.filter(goesLiveAtOnce);
  const waiting = changed.filter((field) => !goesLiveAtOnce(field));
  const live = { ...before, ...Object.fromEntries(atOnce.map((field) => [field, proposed[field]])) } as DirectoryContact;
  try {
    await db.$transaction(async (tx) => {
      if (atOnce.length > 0) await writeContacts(tx, [{ read, after: live }], { actorEmail: admin.email, action: "contactEdited" });
      if (waiting.length > 0) await propose(tx, admin, "edit", [{ kind: "edit", contactId: id, before: live, after: proposed }]);
    });
  } catch (error) {
    if (!(error instanceof ChangedSince)) throw error;
    const now = await db.contact.findUnique({ where: { id }, select: { version: true } });
    return now ? { kind: "changedSince", version: now.version } : { kind: "notFound" };
  }
  return { kind: "saved", live: atOnce.length > 0, pending: waiting.length > 0 };
}

/** Proposes a new contact; it goes live when a second administrator approves it. */
export async function proposeNewContact(
  db: Db,
  admin: SignedInAdmin,
  fields: ContactFields,
): Promise<SaveOutcome | { kind: "proposed"; id: string }> {
  if (!mayEditUnit(admin, fields.unit)) return { kind: "forbidden" };
  if (!(await existingUnits(db)).has(fields.unit)) return { kind: "unknownUnit" };
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
