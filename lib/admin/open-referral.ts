import { createHash } from "node:crypto";
import { stringify } from "csv-stringify/sync";
import { CONTACT_MODEL, type ContactFieldName, type ContactModel, type RecordField } from "../directory/contact-fields";
import type { DirectoryContact } from "./directory-csv";
import { neutraliseFormula } from "./spreadsheet-formulas";
import type { UnitKey } from "../directory/units";
import { BODY_KEYS, type BodyKey } from "@/machines/vocabulary";

// The directory in Open Referral's Human Services Data Specification (HSDS) 3.0, as a tabular data package, so that
// municipalities and other directories can reuse it: one organization per kind of body, one service per contact.

export type OpenReferralNames = {
  /** The unit's name as the service area: "Københavns Kommune", "Københavns Politi", "Region Hovedstaden", "Danmark". */
  unit: (unit: UnitKey) => string;
  body: (body: BodyKey) => string;
  /** HSDS requires a description of every organization. */
  bodyDescription: (body: BodyKey) => string;
};

/** A name-based UUID (RFC 9562, version 5): the same namespace and name always give the same id. */
export function uuidV5(name: string, namespace: string): string {
  const hash = createHash("sha1")
    .update(Buffer.from(namespace.replaceAll("-", ""), "hex"))
    .update(name, "utf8")
    .digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20)].join("-");
}

// Chosen once at random for this export: changing it would give every record a new id.
const HENVIS_NAMESPACE = "0050d0ea-ec89-4feb-82e2-fc7d8e002acc";
const idOf = (table: string, key: string) => uuidV5(`${table}:${key}`, HENVIS_NAMESPACE);

type Field = {
  name: string;
  type: "string" | "date";
  format?: "uuid" | "uri" | "email";
  required?: true;
  enum?: string[];
  description?: string;
};
type Row = Record<string, string | undefined>;
type Table = { name: string; path: string; fields: Field[]; references?: { field: string; resource: string }; rows: Row[] };

const id: Field = { name: "id", type: "string", format: "uuid", required: true };
const serviceId: Field = { name: "service_id", type: "string", format: "uuid", required: true };

/** A Danish number for callers abroad too; a short number such as 112 can only be called in Denmark and stays as it is. */
const internationalNumber = (phone: string) => (phone.length > 4 ? `+45 ${phone}` : phone);

type Column = NonNullable<ContactModel[ContactFieldName]["openReferral"]>;

/** The columns whose value is not the contact's field as it stands. */
const EXPORTED_AS: Partial<Record<Column, (contact: DirectoryContact, names: OpenReferralNames) => string | undefined>> = {
  "service.organization_id": (contact) => idOf("organization", contact.body),
  "service.alternate_name": (contact) => (contact.nameEn === contact.nameDa ? undefined : contact.nameEn),
  "phone.number": (contact) => contact.phone && internationalNumber(contact.phone),
  "service_area.name": (contact, names) => names.unit(contact.unit),
};

/** The field of the administrators' record that each exported column is made from (the unit's columns give `unit`). */
const EXPORTED = Object.entries(CONTACT_MODEL).flatMap(([name, { admin, openReferral }]) =>
  openReferral ? [{ column: openReferral as Column, field: (admin === "unit" ? "unit" : name) as RecordField }] : [],
);

/** A contact's values for a table's columns, by column name; a table with no value has no row for the contact. */
function exported(table: string, contact: DirectoryContact, names: OpenReferralNames): Row | undefined {
  const values = EXPORTED.filter(({ column }) => column.startsWith(`${table}.`)).map(({ column, field }) => {
    const as = EXPORTED_AS[column];
    return [column.slice(table.length + 1), as ? as(contact, names) : (contact[field as keyof DirectoryContact] as string | undefined)];
  });
  return values.some(([, value]) => value !== undefined) ? Object.fromEntries(values) : undefined;
}

function tables(contacts: DirectoryContact[], names: OpenReferralNames): Table[] {
  const bodies = BODY_KEYS.filter((body) => contacts.some((contact) => contact.body === body));
  const perContact = (table: string, extra: Row = {}) =>
    contacts.flatMap((contact) => {
      const fields = exported(table, contact, names);
      return fields ? [{ id: idOf(table, contact.id), service_id: idOf("service", contact.id), ...fields, ...extra }] : [];
    });
  return [
    {
      name: "organization",
      path: "organizations.csv",
      fields: [id, { name: "name", type: "string", required: true }, { name: "description", type: "string", required: true }],
      rows: bodies.map((body) => ({ id: idOf("organization", body), name: names.body(body), description: names.bodyDescription(body) })),
    },
    {
      name: "service",
      path: "services.csv",
      fields: [
        id,
        { name: "organization_id", type: "string", format: "uuid", required: true },
        { name: "name", type: "string", required: true },
        { name: "alternate_name", type: "string", description: "The service's name in English." },
        { name: "url", type: "string", format: "uri" },
        { name: "email", type: "string", format: "email" },
        { name: "status", type: "string", required: true, enum: ["active", "inactive", "defunct", "temporarily closed"] },
        { name: "assured_date", type: "date", description: "The day the contact was last checked against its source." },
        { name: "x_source_url", type: "string", format: "uri", description: "Extension: the public page the contact's details come from." },
        {
          name: "x_source_date",
          type: "string",
          description: "Extension: the date that page shows (YYYY, YYYY-MM or YYYY-MM-DD); empty when it shows none.",
        },
        { name: "x_verified_by", type: "string", description: "Extension: who last checked the contact against its source." },
        {
          name: "x_audience",
          type: "string",
          description:
            "Extension: whom a municipality's contact serves, CHILDREN (notifications about children) or ADULTS (social services for adults); empty when it serves everyone.",
        },
        {
          name: "x_channel_line",
          type: "string",
          description: "Extension: FUNCTION for a unit's channel (a shared mailbox, a switchboard), PERSONAL for one person's own line.",
        },
      ],
      references: { field: "organization_id", resource: "organization" },
      rows: contacts.map((contact) => ({ id: idOf("service", contact.id), ...exported("service", contact, names), status: "active" })),
    },
    {
      name: "service_area",
      path: "service_areas.csv",
      fields: [id, serviceId, { name: "name", type: "string" }],
      references: { field: "service_id", resource: "service" },
      rows: perContact("service_area"),
    },
    {
      name: "phone",
      path: "phones.csv",
      fields: [id, serviceId, { name: "number", type: "string", required: true }, { name: "type", type: "string" }],
      references: { field: "service_id", resource: "service" },
      rows: perContact("phone", { type: "voice" }),
    },
    {
      name: "schedule",
      path: "schedules.csv",
      fields: [
        id,
        serviceId,
        { name: "description", type: "string", description: "The opening hours as the source gives them, in Danish." },
      ],
      references: { field: "service_id", resource: "service" },
      rows: perContact("schedule"),
    },
    {
      // HSDS contacts are named people; the directory holds the channels of bodies, so the table stays empty.
      name: "contact",
      path: "contacts.csv",
      fields: [id, serviceId, { name: "name", type: "string" }, { name: "email", type: "string", format: "email" }],
      references: { field: "service_id", resource: "service" },
      rows: [],
    },
  ];
}

// A phone number as internationalNumber writes it: digits after the plus cannot run as a formula.
const INTERNATIONAL_NUMBER = /^\+45 \d{2}(?: \d{2}){3}$/;
const cellOf = (value: string) => (INTERNATIONAL_NUMBER.test(value) ? value : neutraliseFormula(value));

// UTF-8 without a byte order mark: the files are for programs, and some would read a mark as part of the first column's
// name. People open them in spreadsheets too, so every other cell is neutralised against formulas as the contact file is.
const toCsv = (table: Table) =>
  stringify(
    table.rows.map((row) => table.fields.map((field) => cellOf(row[field.name] ?? ""))),
    { header: true, columns: table.fields.map((field) => field.name), record_delimiter: "windows", quoted_match: /[\r\n]/ },
  );

function dataPackage(all: Table[]) {
  return {
    profile: "tabular-data-package",
    name: "henvis-directory",
    title: "Henvis: the contacts of the Danish model for preventing radicalisation",
    description: "Open Referral HSDS 3.0 tabular data package. Fields starting with x_ are extensions described in each schema.",
    resources: all.map((table) => ({
      name: table.name,
      path: table.path,
      profile: "tabular-data-resource",
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      schema: {
        fields: table.fields.map(({ required, enum: values, ...field }) => ({
          ...field,
          ...(required || values ? { constraints: { ...(required && { required }), ...(values && { enum: values }) } } : {}),
        })),
        primaryKey: "id",
        ...(table.references && {
          foreignKeys: [{ fields: table.references.field, reference: { resource: table.references.resource, fields: "id" } }],
        }),
      },
    })),
  };
}

/** The files of the data package by name: a CSV file per table and datapackage.json. Retired contacts are left out. */
export function openReferralFiles(contacts: readonly DirectoryContact[], names: OpenReferralNames): Record<string, string> {
  const active = contacts.filter((contact) => !contact.retiredAt).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const all = tables(active, names);
  return {
    ...Object.fromEntries(all.map((table) => [table.path, toCsv(table)])),
    "datapackage.json": `${JSON.stringify(dataPackage(all), null, 2)}\n`,
  };
}
