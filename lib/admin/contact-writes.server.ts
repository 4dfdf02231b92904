import "server-only";
import type { Db } from "../db.server";
import { Prisma, type Contact as ContactRow } from "../generated/prisma/client";
import { CONTACT_MODEL, RECORD_FIELDS, type RecordField } from "../directory/contact-fields";
import { auditAll } from "./audit.server";
import type { DirectoryContact } from "./directory-csv";
import { unitColumns, unitOf } from "../directory/units";

// Every write to a contact goes through this module: it names the version it read, so that of two writes from
// the same version exactly one succeeds, and it appends the row as written to the audit log in the same
// transaction. The live row therefore always equals the last write the audit log shows for it.

/** Thrown inside a transaction when a contact changed since it was read, so that the whole transaction rolls back. */
export class ChangedSince extends Error {
  override name = "ChangedSince";
}

/** Thrown inside a transaction when a contact names a municipality, police district or region that does not exist. */
export class UnknownUnit extends Error {
  override name = "UnknownUnit";
}

/** The database's refusals that mean "not like this": a contact that exists already, or a unit that does not. */
function refusedWrite(error: unknown): never {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw new ChangedSince();
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2003") throw new UnknownUnit();
  throw error;
}

type Writer = Pick<Db, "contact" | "auditEvent">;

const day = (date: Date) => date.toISOString().slice(0, 10);

/** A contact as the administration reads and writes it: an empty column is left out, a date is its day. */
export function administeredContact(row: ContactRow): DirectoryContact {
  const value = (name: RecordField) => {
    if (name === "unit") return unitOf(row);
    const column = row[name];
    return column instanceof Date ? day(column) : column;
  };
  return Object.fromEntries(
    RECORD_FIELDS.flatMap((name) => {
      const field = value(name);
      return field === null || field === "" ? [] : [[name, field]];
    }),
  ) as DirectoryContact;
}

/** A contact with the version it has in the database. */
export type VersionedContact = { contact: DirectoryContact; version: number };

export const versioned = (row: ContactRow): VersionedContact => ({ contact: administeredContact(row), version: row.version });

/** The columns of a contact from its fields, with null for each field left empty. */
function contactColumns(contact: DirectoryContact) {
  const column = (name: Exclude<RecordField, "id" | "unit">) => {
    const field = contact[name];
    if (field === undefined) return null;
    const { kind } = CONTACT_MODEL[name];
    return kind === "day" || kind === "instant" ? new Date(`${field}T00:00:00Z`) : field;
  };
  const fields = RECORD_FIELDS.filter((name) => name !== "id" && name !== "unit");
  return {
    ...unitColumns(contact.unit),
    ...Object.fromEntries(fields.map((name) => [name, column(name)])),
  } as Omit<Prisma.ContactUncheckedCreateInput, "id">;
}

type Write = { actorEmail: string; action: "contactEdited" | "changeApplied"; change?: string };

/**
 * Writes contacts, each over the version it was read at, and appends each as written to the audit log in one
 * statement; throws ChangedSince when another write came first to any of them.
 */
export async function writeContacts(
  tx: Writer,
  writes: readonly { read: VersionedContact; after: DirectoryContact }[],
  write: Write,
): Promise<void> {
  for (const { read, after } of writes) {
    const written = await tx.contact
      .updateMany({ where: { id: read.contact.id, version: read.version }, data: { ...contactColumns(after), version: { increment: 1 } } })
      .catch(refusedWrite);
    if (written.count !== 1) throw new ChangedSince();
  }
  await auditAll(
    tx,
    writes.map(({ read, after }) => ({
      actorEmail: write.actorEmail,
      action: write.action,
      subject: read.contact.id,
      before: { ...read.contact, version: read.version, ...(write.change ? { change: write.change } : {}) },
      after: { ...after, version: read.version + 1 },
    })),
  );
}

/** Creates contacts that must not exist yet; throws ChangedSince when one does. */
export async function createContacts(tx: Writer, contacts: readonly DirectoryContact[], write: Write): Promise<void> {
  await tx.contact.createMany({ data: contacts.map((contact) => ({ id: contact.id, ...contactColumns(contact) })) }).catch(refusedWrite);
  await auditAll(
    tx,
    contacts.map((contact) => ({
      actorEmail: write.actorEmail,
      action: write.action,
      subject: contact.id,
      before: write.change ? { change: write.change } : undefined,
      after: { ...contact, version: 0 },
    })),
  );
}
