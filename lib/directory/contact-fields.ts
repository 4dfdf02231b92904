// A directory contact's fields, defined once. The seed files' schema, the administrators' form and CSV file, the
// directory's copy for the pages and the browser, its database queries and the Open Referral export all take their
// fields from this list. prisma/schema.prisma stays the database's own definition; a unit test holds the two
// together (tests/unit/directory/contact-fields.test.ts).

/**
 * What a field holds; it decides the database column's type and each schema's check. `place` is the id of the region
 * or police district a contact belongs to, `municipality` the code of its municipality.
 */
type Kind =
  | "id"
  | "body"
  | "scope"
  | "place"
  | "municipality"
  | "text"
  | "phone"
  | "email"
  | "web"
  | "audience"
  | "line"
  | "sourceDate"
  | "day"
  | "instant"
  | "version";

type FieldSpec = {
  kind: Kind;
  /** Whether the database column may be empty (null); an empty field is absent from the administrators' record. */
  nullable: boolean;
  /** How a record in prisma/seed-data holds it: when empty, "optional" leaves it out and "nullable" writes null. */
  seed: "required" | "optional" | "nullable" | false;
  /**
   * How an administrator sees it: a form field with its longest value (none for a choice; `optional` when the form
   * fills in a value left empty), "unit" for the unit's columns (one field `unit` in the form and the file), "record" for a field of
   * the file that nobody types, false for neither.
   */
  admin: { max?: number; optional?: true } | "unit" | "record" | false;
  /** Whether the directory's copy that pages and the browser resolve contacts from holds it. */
  snapshot: boolean;
  /** Whether an edit goes live at once instead of waiting for a second administrator (decision 0020). */
  liveAtOnce: boolean;
  /** The Open Referral (HSDS) table and column it is exported to, or null when it is not published. */
  openReferral: `${"service" | "service_area" | "phone" | "schedule"}.${string}` | null;
};

/** Whom a municipality's contact serves (none: everyone). */
export const AUDIENCES = ["CHILDREN", "ADULTS"] as const;
/** A function's channel (a unit's mailbox, a switchboard) or one person's own line. */
export const CHANNEL_LINES = ["FUNCTION", "PERSONAL"] as const;

/** What a municipality's own number is: its switchboard, or Borgerservice where the page gives no other. */
export const MUNICIPALITY_PHONE_KINDS = ["SWITCHBOARD", "CITIZEN_SERVICE"] as const;

const SHOWN = { snapshot: true, liveAtOnce: false } as const;
const HIDDEN = { snapshot: false, liveAtOnce: false } as const;
const UNIT = { nullable: true, seed: "optional", admin: "unit", ...SHOWN, openReferral: "service_area.name" } as const;

/** Every field of a contact, in the order the administrators' form and CSV file show them. */
export const CONTACT_MODEL = {
  // In the browser's copy too: a worker's report that a contact is wrong names it by its id.
  id: { kind: "id", nullable: false, seed: "required", admin: "record", ...SHOWN, openReferral: null },
  body: { kind: "body", nullable: false, seed: "required", admin: {}, ...SHOWN, openReferral: "service.organization_id" },
  scope: { ...UNIT, kind: "scope", nullable: false, seed: false },
  regionId: { ...UNIT, kind: "place" },
  policeDistrictId: { ...UNIT, kind: "place" },
  municipalityCode: { ...UNIT, kind: "municipality" },
  nameDa: { kind: "text", nullable: false, seed: "required", admin: { max: 200 }, ...SHOWN, openReferral: "service.name" },
  nameEn: { kind: "text", nullable: false, seed: "required", admin: { max: 200 }, ...SHOWN, openReferral: "service.alternate_name" },
  phone: { kind: "phone", nullable: true, seed: "optional", admin: { max: 40 }, ...SHOWN, openReferral: "phone.number" },
  email: { kind: "email", nullable: true, seed: "optional", admin: { max: 200 }, ...SHOWN, openReferral: "service.email" },
  url: { kind: "web", nullable: true, seed: "optional", admin: { max: 500 }, ...SHOWN, openReferral: "service.url" },
  hoursDa: { kind: "text", nullable: true, seed: "optional", admin: { max: 200 }, ...SHOWN, openReferral: "schedule.description" },
  hoursEn: { kind: "text", nullable: true, seed: "optional", admin: { max: 200 }, ...SHOWN, openReferral: null },
  // At a switchboard, whom to ask for: the unit or role that handles the concern.
  askForDa: { kind: "text", nullable: true, seed: "optional", admin: { max: 120 }, ...SHOWN, openReferral: null },
  askForEn: { kind: "text", nullable: true, seed: "optional", admin: { max: 120 }, ...SHOWN, openReferral: null },
  // A municipality's unit for children or its social services for adults; empty when the contact serves everyone.
  audience: { kind: "audience", nullable: true, seed: "optional", admin: {}, ...SHOWN, openReferral: "service.x_audience" },
  // A person's own line changes with the person: it is due for review sooner, and editors see it marked.
  line: { kind: "line", nullable: false, seed: "optional", admin: {}, ...SHOWN, openReferral: "service.x_channel_line" },
  notes: { kind: "text", nullable: true, seed: false, admin: { max: 1000 }, snapshot: false, liveAtOnce: true, openReferral: null },
  source: { kind: "web", nullable: false, seed: "required", admin: { max: 500 }, ...SHOWN, openReferral: "service.x_source_url" },
  sourceDate: {
    kind: "sourceDate",
    nullable: true,
    seed: "nullable",
    admin: { max: 10 },
    ...SHOWN,
    openReferral: "service.x_source_date",
  },
  verifiedAt: { kind: "day", nullable: false, seed: "required", admin: { max: 10 }, ...SHOWN, openReferral: "service.assured_date" },
  verifiedBy: { kind: "text", nullable: false, seed: false, admin: { max: 120 }, ...HIDDEN, openReferral: "service.x_verified_by" },
  // Left empty, it is due a year after the check; after it, the page says the contact may be out of date.
  nextReviewAt: { kind: "day", nullable: false, seed: false, admin: { max: 10, optional: true }, ...SHOWN, openReferral: null },
  retiredAt: { kind: "instant", nullable: true, seed: false, admin: "record", ...HIDDEN, openReferral: null },
  version: { kind: "version", nullable: false, seed: false, admin: false, ...HIDDEN, openReferral: null },
} as const satisfies Record<string, FieldSpec>;

export type ContactModel = typeof CONTACT_MODEL;
export type ContactFieldName = keyof ContactModel;
/** The fields whose spec's property P is of type V. */
type Having<P extends keyof FieldSpec, V> = { [F in ContactFieldName]: ContactModel[F][P] extends V ? F : never }[ContactFieldName];

const names = Object.keys(CONTACT_MODEL) as ContactFieldName[];
const spec = (name: ContactFieldName): FieldSpec => CONTACT_MODEL[name];

/** The columns that say which region, police district or municipality a contact belongs to. */
export const UNIT_IDS = names.filter((name) => spec(name).admin === "unit" && spec(name).kind !== "scope") as Having<
  "kind",
  "place" | "municipality"
>[];

/** The fields the browser's copy holds besides the unit's ids, in the copy's order. */
export const SNAPSHOT_FIELDS = names.filter((name) => spec(name).snapshot && !UNIT_IDS.includes(name as never)) as Exclude<
  Having<"snapshot", true>,
  (typeof UNIT_IDS)[number]
>[];

/** The fields a seed file's contact holds. */
export const SEED_FIELDS = names.filter((name) => spec(name).seed !== false) as Having<"seed", "required" | "optional" | "nullable">[];

/** A field an administrator types: the unit's columns are the one field `unit`. */
export type FormField = Having<"admin", object> | "unit";
/** A field of the administrators' CSV file. */
export type RecordField = FormField | Having<"admin", "record">;

/** The administrators' fields in the order of their CSV file: the unit's columns become `unit` where the first one is. */
export const RECORD_FIELDS = [
  ...new Set(names.flatMap((name) => (spec(name).admin === "unit" ? ["unit"] : spec(name).admin ? [name] : []))),
] as RecordField[];

/** The administrators' fields in the order of their form. */
export const FORM_FIELDS = RECORD_FIELDS.filter((name) => name === "unit" || typeof spec(name).admin === "object") as FormField[];

/**
 * The fields no worker sees and no warning depends on: they go live at once. Every other field (names, hours,
 * channels, the source and its dates) waits for a second administrator.
 */
export const INSTANT_FIELDS = names.filter((name) => spec(name).liveAtOnce) as Having<"liveAtOnce", true>[];
