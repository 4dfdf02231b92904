import { z } from "zod";
import {
  AUDIENCES,
  CHANNEL_LINES,
  CONTACT_MODEL,
  MUNICIPALITY_PHONE_KINDS,
  SNAPSHOT_FIELDS,
  UNIT_IDS,
  type ContactModel,
} from "./contact-fields";
import { BODY_KEYS } from "@/machines/vocabulary";

// The whole directory in one document: what the browser keeps to show contacts offline, and what the
// directory's queries return, so that both resolve a route's contacts from the same records.

const sourced = { source: z.string(), sourceDate: z.string().nullable(), verifiedAt: z.iso.date() };

const districtSchema = z.object({
  id: z.string(),
  name: z.string(),
  nameEn: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  website: z.string(),
  ...sourced,
});

/** A municipality with its police district. */
const placeSchema = z.object({
  code: z.string(),
  name: z.string(),
  regionId: z.string(),
  website: z.string(),
  phone: z.string().nullable(),
  phoneKind: z.enum(MUNICIPALITY_PHONE_KINDS),
  policeDistrict: districtSchema,
  ...sourced,
});

const CONTACT_SCOPES = ["NATIONAL", "REGION", "POLICE_DISTRICT", "MUNICIPALITY"] as const;

// The type of each kind of field the copy holds: a record of the database, so no further check.
const TYPES = {
  id: z.string(),
  body: z.enum(BODY_KEYS),
  scope: z.enum(CONTACT_SCOPES),
  place: z.string(),
  municipality: z.string(),
  text: z.string(),
  phone: z.string(),
  email: z.string(),
  web: z.string(),
  sourceDate: z.string(),
  audience: z.enum(AUDIENCES),
  line: z.enum(CHANNEL_LINES),
  day: z.iso.date(),
} satisfies Record<ContactModel[SnapshotField]["kind"], z.ZodType>;

type SnapshotField = (typeof SNAPSHOT_FIELDS)[number] | (typeof UNIT_IDS)[number];
type Typed<F extends SnapshotField> = (typeof TYPES)[ContactModel[F]["kind"]];
type SnapshotShape<F extends SnapshotField> = {
  [K in F]: ContactModel[K]["nullable"] extends true ? z.ZodNullable<Typed<K>> : Typed<K>;
};

const shapeOf = <F extends SnapshotField>(fields: readonly F[]) =>
  Object.fromEntries(
    fields.map((name) => {
      const { kind, nullable } = CONTACT_MODEL[name];
      const type: z.ZodType = TYPES[kind];
      return [name, nullable ? type.nullable() : type];
    }),
  ) as SnapshotShape<F>;

/** A verified contact of a body: national, or of a region, police district or municipality. */
const contactSchema = z.object(shapeOf(SNAPSHOT_FIELDS));

/** A contact with the unit it belongs to, which the snapshot needs to find a place's contacts. */
const placedContactSchema = contactSchema.extend(shapeOf(UNIT_IDS));

/** The whole directory: every municipality with its police district, and every verified contact. */
export const directorySchema = z.object({ places: z.array(placeSchema), contacts: z.array(placedContactSchema) });

/** The directory as the browser keeps it for use offline, with the day of the copy. */
export const directorySnapshotSchema = directorySchema
  .extend({
    /** The day the copy was made (YYYY-MM-DD): offline, the contacts are as they were that day. */
    asOf: z.iso.date(),
  })
  .meta({ id: "DirectorySnapshot" });

export const directoryUnavailableSchema = z.object({ error: z.literal("directory_unavailable"), message: z.string() }).meta({
  id: "DirectoryUnavailable",
});

export type Place = z.infer<typeof placeSchema>;
export type DirectoryContact = z.infer<typeof contactSchema>;
export type PlacedContact = z.infer<typeof placedContactSchema>;
export type Directory = z.infer<typeof directorySchema>;
export type DirectorySnapshot = z.infer<typeof directorySnapshotSchema>;
