import { z } from "zod";
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
  policeDistrict: districtSchema,
  ...sourced,
});

/** A verified contact of a body: national, or of a region, police district or municipality. */
const contactSchema = z.object({
  body: z.enum(BODY_KEYS),
  scope: z.enum(["NATIONAL", "REGION", "POLICE_DISTRICT", "MUNICIPALITY"]),
  nameDa: z.string(),
  nameEn: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  url: z.string().nullable(),
  hoursDa: z.string().nullable(),
  hoursEn: z.string().nullable(),
  ...sourced,
  /** The day an administrator is due to check the contact again; after it, the page says it may be out of date. */
  nextReviewAt: z.iso.date(),
});

/** A contact with the unit it belongs to, which the snapshot needs to find a place's contacts. */
const placedContactSchema = contactSchema.extend({
  regionId: z.string().nullable(),
  policeDistrictId: z.string().nullable(),
  municipalityCode: z.string().nullable(),
});

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
